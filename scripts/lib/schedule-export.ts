// Our programme in the schedule interchange format, for the apps that read it (EventFahrplan,
// Giggity, info-beamer, ...): dist/schedule.json after the c3voc JSON schema, dist/schedule.xml
// after its XSD. Both are written by the build; `npm run import` reads them back.
import { createHash } from 'node:crypto'
import { XMLBuilder } from 'fast-xml-parser'
import type { EventData, Session } from '../../data/schema.ts'
import { clockOf, datesBetween, dateOf, minutesBetween, toInstant } from '../../data/time.ts'
import { acronymOf, guidOf, slugOf } from './schedule-ids.ts'

export const GENERATOR = { name: 'beam-summit-decks', version: '1.0.0' }

/** `2022-07-18T10:00` in America/Chicago -> `2022-07-18T10:00:00-05:00`. */
export function isoWithOffset(local: string, timeZone: string): string {
  const instant = toInstant(local, timeZone)
  const offset = Math.round((Date.parse(`${local}:00Z`) - instant.getTime()) / 60_000)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${local}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

export interface ExportOptions {
  /** The published site, for each session's url (default: the event's website). */
  siteUrl?: string
}

interface ExportedDay {
  index: number
  date: string
  dayStart: string
  dayEnd: string
  rooms: Array<{ name: string, slug: string, guid: string, sessions: Session[] }>
}

/** The programme as the format sees it: days, and in each day the rooms with their sessions. */
function programmeOf(data: EventData) {
  const { event } = data
  const sessions = [...data.sessions].sort((a, b) => a.start.localeCompare(b.start) || a.roomId.localeCompare(b.roomId))
  const usedRooms = new Set(sessions.map(session => session.roomId))
  const rooms = data.rooms.filter(room => usedRooms.has(room.id))
    .map(room => ({ name: room.name, slug: room.id, guid: room.guid ?? guidOf(event.id, 'room', room.id) }))
  const days: ExportedDay[] = datesBetween(event.startDate, event.endDate).map((date, index) => {
    const onDay = sessions.filter(session => dateOf(session.start) === date)
    const first = onDay.map(session => session.start).sort()[0] ?? `${date}T00:00`
    const last = onDay.map(session => session.end).sort().at(-1) ?? `${date}T23:59`
    return {
      index: index + 1, date,
      dayStart: isoWithOffset(first, event.timeZone),
      dayEnd: isoWithOffset(last, event.timeZone),
      rooms: rooms.map(room => ({ ...room, sessions: onDay.filter(session => session.roomId === room.slug) })).filter(room => room.sessions.length > 0),
    }
  })
  const number = new Map(sessions.map((session, index) => [session.id, index + 1]))
  const personNumber = new Map(data.people.map((person, index) => [person.id, index + 1]))
  const version = createHash('sha256').update(JSON.stringify([event.edition, event.startDate, event.endDate, event.timeZone, data.rooms, data.people, sessions])).digest('hex').slice(0, 12)
  return { rooms, days, number, personNumber, version }
}

function sessionFields(data: EventData, session: Session, number: number, options: ExportOptions) {
  const { event } = data
  const base = (options.siteUrl ?? event.website).replace(/\/?$/, '/')
  const room = data.rooms.find(candidate => candidate.id === session.roomId)!
  return {
    guid: session.guid ?? guidOf(event.id, 'session', session.id),
    id: number,
    date: isoWithOffset(session.start, event.timeZone),
    start: clockOf(session.start),
    duration: hhmm(minutesBetween(session.start, session.end)),
    room: room.name,
    slug: slugOf(event.id, session.id),
    url: `${base}#${session.id}`,
    title: session.title,
    subtitle: session.subtitle ?? null,
    track: session.track ?? null,
    type: session.type ?? session.kind,
    language: session.language ?? null,
    abstract: session.description ?? null,
    description: null,
    persons: session.speakerIds.map((id) => {
      const person = data.people.find(candidate => candidate.id === id)!
      return { guid: person.guid ?? guidOf(event.id, 'person', person.id), name: person.name }
    }),
    links: (session.links ?? []).map(link => ({ title: link.label, url: link.url })),
  }
}

/** dist/schedule.json: the c3voc schedule.json format (https://c3voc.de/schedule/schema.json). */
export function scheduleJson(data: EventData, options: ExportOptions = {}): string {
  const { event } = data
  const { rooms, days, number, version } = programmeOf(data)
  const tracks = [...new Set(data.sessions.flatMap(session => session.track ? [session.track] : []))]
  const document = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: GENERATOR,
    schedule: {
      version,
      base_url: (options.siteUrl ?? event.website).replace(/\/?$/, '/'),
      conference: {
        acronym: acronymOf(event.id),
        title: event.edition,
        start: event.startDate,
        end: event.endDate,
        daysCount: days.length,
        timeslot_duration: '00:05',
        time_zone_name: event.timeZone,
        url: event.website,
        ...(tracks.length > 0 ? { tracks: tracks.map(name => ({ name })) } : {}),
        rooms,
        days: days.map(day => ({
          index: day.index,
          date: day.date,
          day_start: day.dayStart,
          day_end: day.dayEnd,
          rooms: Object.fromEntries(day.rooms.map(room => [room.name, room.sessions.map(session => sessionFields(data, session, number.get(session.id)!, options))])),
        })),
      },
    },
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** dist/schedule.xml: the older schedule.xml format (the c3voc schedule.xml.xsd). */
export function scheduleXml(data: EventData, options: ExportOptions = {}): string {
  const { event } = data
  const { days, number, personNumber, version } = programmeOf(data)
  const optional = (value: string | null) => value ?? ''
  const document = {
    schedule: {
      generator: { '@name': GENERATOR.name, '@version': GENERATOR.version },
      version,
      conference: {
        acronym: acronymOf(event.id),
        title: event.edition,
        start: event.startDate,
        end: event.endDate,
        days: days.length,
        timeslot_duration: '00:05',
        base_url: (options.siteUrl ?? event.website).replace(/\/?$/, '/'),
        url: event.website,
        time_zone_name: event.timeZone,
      },
      day: days.map(day => ({
        '@index': day.index,
        '@date': day.date,
        '@start': day.dayStart,
        '@end': day.dayEnd,
        room: day.rooms.map(room => ({
          '@name': room.name,
          '@guid': room.guid,
          event: room.sessions.map((session) => {
            const fields = sessionFields(data, session, number.get(session.id)!, options)
            return {
              '@guid': fields.guid,
              '@id': fields.id,
              date: fields.date,
              start: fields.start,
              duration: fields.duration,
              room: fields.room,
              slug: fields.slug,
              url: fields.url,
              title: fields.title,
              subtitle: optional(fields.subtitle),
              track: optional(fields.track),
              type: fields.type,
              language: optional(fields.language),
              abstract: optional(fields.abstract),
              description: '',
              persons: { person: session.speakerIds.map((id, index) => ({ '@id': personNumber.get(id), '@guid': fields.persons[index]!.guid, '#text': fields.persons[index]!.name })) },
              links: { link: fields.links.map(link => ({ '@href': link.url, '#text': link.title })) },
            }
          }),
        })),
      })),
    },
  }
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', format: true, indentBy: '  ', suppressEmptyNode: true, processEntities: true })
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document) as string}`
}
