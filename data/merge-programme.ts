/**
 * The event's data in two parts: the programme (title, dates, time zone, rooms, speakers, sessions),
 * which `npm run import` writes to data/programme.ts from a schedule export, and the hand-kept rest
 * (data/event.ts: sponsors, logistics, links, editions, breaks, the rooms and people the programme
 * does not name). The data module validates the merge with the same schema and rules.
 */
import type { DataIssue } from './validate.ts'
import type { z } from 'zod'
import type { eventDataSchema, programmeSchema } from './schema.ts'

export type EventFacts = z.input<typeof eventDataSchema>
export type ProgrammeFacts = z.input<typeof programmeSchema>
type ProgrammeEventField = keyof ProgrammeFacts['event']

/** Everything but the programme: the event's other facts, and rooms and people beyond the programme's. */
export type HandKeptFacts = Omit<EventFacts, 'event' | 'sessions'> & {
  event: Omit<EventFacts['event'], ProgrammeEventField>
}

export const PROGRAMME_EVENT_FIELDS = ['edition', 'startDate', 'endDate', 'timeZone'] as const satisfies readonly ProgrammeEventField[]

/** The event's facts: the programme's rooms and people first, then the hand-kept ones. */
export function withProgramme(handKept: HandKeptFacts, programme: ProgrammeFacts): EventFacts {
  return {
    ...handKept,
    event: { ...handKept.event, ...programme.event },
    rooms: [...programme.rooms, ...handKept.rooms],
    people: [...programme.people, ...handKept.people],
    sessions: programme.sessions,
  }
}

/** The inverse of withProgramme: the programme part of whole facts (sessions, their rooms and speakers). */
export function splitProgramme(facts: EventFacts): { programme: ProgrammeFacts, handKept: HandKeptFacts } {
  const roomIds = new Set(facts.sessions.map(session => session.roomId))
  const speakerIds = new Set(facts.sessions.flatMap(session => session.speakerIds))
  const { edition, startDate, endDate, timeZone, ...event } = facts.event
  const { sessions: _sessions, event: _event, ...rest } = facts
  return {
    programme: {
      event: { edition, startDate, endDate, timeZone },
      rooms: facts.rooms.filter(room => roomIds.has(room.id)),
      people: facts.people.filter(person => speakerIds.has(person.id)),
      sessions: facts.sessions,
    },
    handKept: {
      ...rest,
      event,
      rooms: facts.rooms.filter(room => !roomIds.has(room.id)),
      people: facts.people.filter(person => !speakerIds.has(person.id)),
    },
  }
}

/**
 * Which file an issue of the merged facts is in: an entity of the programme (a session, or a room or
 * person it lists) and the event's programme fields are in `programmeFile`, the rest in `handKeptFile`.
 */
export function issueSourceOf(programme: ProgrammeFacts, programmeFile: string, handKeptFile: string): (issue: DataIssue) => string {
  const ids: Record<string, Set<string>> = {
    session: new Set(programme.sessions.map(item => item.id)),
    room: new Set(programme.rooms.map(item => item.id)),
    person: new Set(programme.people.map(item => item.id)),
  }
  const programmeEventFields = new Set<string>(PROGRAMME_EVENT_FIELDS)
  return (issue) => {
    const entity = /^(session|room|person) "(.*)"$/.exec(issue.entity)
    if (entity && ids[entity[1]!]!.has(entity[2]!)) return programmeFile
    if (issue.entity.startsWith('event') && programmeEventFields.has(issue.field.split('.')[0]!)) return programmeFile
    return handKeptFile
  }
}
