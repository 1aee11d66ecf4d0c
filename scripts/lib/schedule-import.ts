// From a schedule export (read by schedule-read.ts) to the programme part of our event data, with
// stable ids: a session, room or person already in the programme keeps its id (found by guid, then
// by slug or name), and what the export does not carry (a room's alias, a speaker's company, a
// session's parts) is kept from the programme before. The result is validated with the same schema
// and rules as hand-written data before anything is written.
import type { EventFacts, HandKeptFacts, ProgrammeFacts } from '../../data/merge-programme.ts'
import { withProgramme } from '../../data/merge-programme.ts'
import type { SessionKind } from '../../data/schema.ts'
import { plusMinutes, toLocal } from '../../data/time.ts'
import { EventDataError, formatIssue, loadEventData } from '../../data/validate.ts'
import { guidOf, kebabId } from './schedule-ids.ts'
import { type ExportedSession, ImportError, type ImportProblem, type ScheduleExport } from './schedule-read.ts'

type RoomFacts = ProgrammeFacts['rooms'][number]
type PersonFacts = ProgrammeFacts['people'][number]
type SessionFacts = ProgrammeFacts['sessions'][number]

export interface ImportOptions {
  /** For files that do not say their time zone (or to override the one they say). */
  timeZone?: string
  /** The programme before this import: its ids and hand-added fields are kept. */
  previous?: ProgrammeFacts
  /** The hand-kept facts the programme is merged with and validated against. */
  handKept: HandKeptFacts
}

export interface ImportResult {
  programme: ProgrammeFacts
  facts: EventFacts
  warnings: string[]
}

/** The kind of slot our decks know, from the export's type (or track): keynotes, workshops, the welcome. */
export function kindOf(type: string | undefined, track: string | undefined): SessionKind {
  const said = `${type ?? ''} ${track ?? ''}`.toLowerCase()
  if (said.includes('keynote')) return 'keynote'
  if (said.includes('workshop')) return 'workshop'
  if (/\b(welcome|opening)\b/.test(said)) return 'welcome'
  return 'talk'
}

const DURATION = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/
const CLOCK = /^(\d{1,2}):(\d{2})(?::\d{2})?$/
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/

/** Minutes of `hh:mm` or `hh:mm:ss` (seconds dropped); undefined when it is neither. */
export function durationMinutes(text: string): number | undefined {
  const match = DURATION.exec(text)
  if (!match || Number(match[2]) > 59) return undefined
  return Number(match[1]) * 60 + Number(match[2])
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** A name's id, unique among `taken` (a second "Hall A" becomes `hall-a-2`). */
/**
 * The longest id made from a name or a slug: frab's slugs hold the whole title (one of 110
 * characters at Camp 2019), and ids are held to TEXT_LIMITS.name; cut at a word's end.
 */
const ID_LENGTH = 60

function freshId(wanted: string, fallback: string, taken: Set<string>): string {
  const cut = wanted.length <= ID_LENGTH ? wanted : wanted.slice(0, ID_LENGTH + 1).replace(/-[^-]*$/, '') || wanted.slice(0, ID_LENGTH)
  const base = cut.replace(/-+$/, '') || fallback
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

const UUID = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i

/**
 * The export without the guids that are not UUIDs (frab of 2014 wrote base64 ids such as
 * `HOqeNIb6G7M4hYFKFRkCmQ`): the format and our own export want UUIDs, and a re-import finds
 * such sessions again by their slug. Returns how many were left out, for one warning.
 */
function withUuidsOnly(exported: ScheduleExport): { exported: ScheduleExport, dropped: number } {
  let dropped = 0
  const keep = <T extends { guid?: string }>(entity: T): T => {
    if (entity.guid === undefined || UUID.test(entity.guid)) return entity
    dropped++
    const { guid: _guid, ...rest } = entity
    return rest as T
  }
  const sessions = exported.sessions.map(session => ({ ...keep(session), persons: session.persons.map(keep) }))
  return { exported: { ...exported, rooms: exported.rooms.map(keep), sessions }, dropped }
}

export function programmeFromExport(original: ScheduleExport, file: string, options: ImportOptions): ImportResult {
  const problems: ImportProblem[] = []
  const warnings: string[] = []
  const problem = (place: string, message: string) => problems.push({ place, message })
  const warn = (place: string, message: string) => warnings.push(`${file}: ${place}: ${message}`)
  const { exported, dropped } = withUuidsOnly(original)
  if (dropped > 0) warnings.push(`${file}: ${dropped === 1 ? '1 guid is not a UUID' : `${dropped} guids are not UUIDs`}, left out: sessions are found again by their slug`)
  const previous = options.previous
  const eventId = options.handKept.event.id

  const title = exported.title
  if (!title) problem(exported.conferencePlace('title'), 'missing: the event\'s title')
  let timeZone = exported.timeZone
  if (options.timeZone) {
    if (timeZone && timeZone !== options.timeZone) warn(exported.conferencePlace('time_zone_name'), `the file says ${timeZone}; --time-zone ${options.timeZone} is used instead`)
    timeZone = options.timeZone
  }
  if (!timeZone) {
    throw new ImportError(file, [{ place: exported.conferencePlace('time_zone_name'), message: 'the file does not say its time zone: run the import again with --time-zone <IANA zone>, e.g. --time-zone Europe/Berlin' }])
  }
  if (!isTimeZone(timeZone)) {
    throw new ImportError(file, [{ place: options.timeZone ? '--time-zone' : exported.conferencePlace('time_zone_name'), message: `"${timeZone}" is not an IANA time zone (e.g. Europe/Berlin, America/Chicago)` }])
  }
  const zone = timeZone

  // Rooms: by guid, then by slug as id, then by name.
  const takenRooms = new Set<string>()
  const roomByName = new Map<string, RoomFacts>()
  const roomPlaces = new Map<string, string>()
  for (const room of exported.rooms) {
    if (roomByName.has(room.name)) continue
    const before = previous?.rooms.find(known => (room.guid && known.guid === room.guid) || (room.guid && guidOf(eventId, 'room', known.id) === room.guid))
      ?? previous?.rooms.find(known => (room.slug && known.id === room.slug) || known.name === room.name)
    const id = before && !takenRooms.has(before.id) ? (takenRooms.add(before.id), before.id) : freshId(kebabId(room.slug ?? room.name), 'room', takenRooms)
    const guid = room.guid && room.guid !== guidOf(eventId, 'room', id) ? room.guid : undefined
    roomByName.set(room.name, { ...before, id, name: room.name, kind: before?.kind ?? 'session', ...(guid ? { guid } : {}) })
    roomPlaces.set(id, room.place)
  }

  // People: one per guid, else one per name.
  const takenPeople = new Set<string>()
  const people = new Map<string, PersonFacts>()
  const personPlaces = new Map<string, string>()
  function personFor(name: string, guid: string | undefined, place: string): string {
    const key = guid ?? `name:${name}`
    const known = people.get(key)
    if (known) return known.id
    const before = previous?.people.find(person => guid && (person.guid === guid || guidOf(eventId, 'person', person.id) === guid))
      ?? previous?.people.find(person => person.name === name || person.id === kebabId(name))
    const id = before && !takenPeople.has(before.id) ? (takenPeople.add(before.id), before.id) : freshId(kebabId(name), 'person', takenPeople)
    const ownGuid = guid && guid !== guidOf(eventId, 'person', id) ? guid : undefined
    const person: PersonFacts = { ...before, id, name }
    if (ownGuid) person.guid = ownGuid
    else delete person.guid
    people.set(key, person)
    personPlaces.set(id, place)
    return id
  }

  const takenSessions = new Set<string>()
  const sessionPlaces = new Map<string, string>()
  const sessions: SessionFacts[] = []
  const slugPrefix = exported.acronym ? `${exported.acronym}-` : undefined
  const seenGuids = new Map<string, string>()

  for (const item of exported.sessions) {
    if (!item.title) problem(item.field('title'), 'a session without a title')
    const start = startOf(item, zone, problem)
    const minutes = item.duration === undefined ? undefined : durationMinutes(item.duration)
    if (item.duration === undefined) problem(item.field('duration'), 'missing: expected hh:mm')
    else if (minutes === undefined) problem(item.field('duration'), `expected hh:mm, got "${item.duration}"`)
    else if (minutes === 0) problem(item.field('duration'), 'a zero-length slot (00:00): a session needs a duration')
    const room = roomByName.get(item.room)
    if (!room) problem(item.field('room'), `room "${item.room}" is not one of the file's rooms`)
    if (item.guid) {
      const other = seenGuids.get(item.guid)
      if (other) problem(item.field('guid'), `the same guid as ${other}`)
      seenGuids.set(item.guid, item.place)
    }
    const speakerIds: string[] = []
    for (const person of item.persons) {
      if (!person.name) {
        problem(`${person.place}${exported.format === 'json' ? '.name' : ''}`, 'a person without a name')
        continue
      }
      const id = personFor(person.name, person.guid, person.place)
      if (!speakerIds.includes(id)) speakerIds.push(id)
    }
    const links: Array<{ label: string, url: string }> = []
    for (const link of item.links) {
      if (!link.url) continue
      if (!link.url.startsWith('https://')) {
        warn(link.place, `link "${link.url}" left out: links must use https`)
        continue
      }
      links.push({ label: link.title ?? link.url, url: link.url })
    }
    if (!title || !start || !minutes || !room || !item.title) continue

    const slugId = item.slug ? kebabId(slugPrefix && item.slug.startsWith(slugPrefix) ? item.slug.slice(slugPrefix.length) : item.slug) : undefined
    const before = previous?.sessions.find(session => item.guid && (session.guid === item.guid || guidOf(eventId, 'session', session.id) === item.guid))
      ?? previous?.sessions.find(session => slugId && session.id === slugId)
    const id = before && !takenSessions.has(before.id) ? (takenSessions.add(before.id), before.id) : freshId(slugId ?? kebabId(item.title), 'session', takenSessions)
    const end = plusMinutes(start, minutes)
    const kind = before && (before.type ?? before.kind) === (item.type ?? '').trim() ? before.kind : kindOf(item.type, item.track)
    let language = item.language?.toLowerCase()
    if (language && !LANGUAGE.test(language)) {
      warn(item.field('language'), `"${item.language}" left out: expected a language code such as en`)
      language = undefined
    }
    const session: SessionFacts = {
      id, title: item.title, speakerIds, roomId: room.id, start, end, kind,
      ...(before?.parts && before.start === start && before.end === end ? { parts: before.parts } : {}),
      ...(item.abstract ?? item.description ? { description: item.abstract ?? item.description } : {}),
      ...(item.subtitle ? { subtitle: item.subtitle } : {}),
      ...(item.track ? { track: item.track } : {}),
      // The type says no more than the kind when it is the kind's own name (as in our export).
      ...(item.type && item.type.toLowerCase() !== kind ? { type: item.type } : {}),
      ...(language ? { language } : {}),
      ...(links.length > 0 ? { links } : {}),
      ...(item.guid && item.guid !== guidOf(eventId, 'session', id) ? { guid: item.guid } : {}),
    }
    if (before?.parts && !session.parts) warn(item.place, `session "${id}" moved: its parts (${before.parts.map(part => `${part.start}–${part.end}`).join(', ')}) no longer fit and are dropped`)
    sessions.push(session)
    sessionPlaces.set(id, item.place)
  }

  const dates = sessions.map(session => session.start.slice(0, 10)).sort()
  const startDate = exported.start?.slice(0, 10) ?? dates[0]
  const endDate = exported.end?.slice(0, 10) ?? dates.at(-1)
  if (!startDate) problem(exported.conferencePlace('start'), 'missing: the first day (and the file has no sessions to tell it)')
  if (problems.length > 0) throw new ImportError(file, problems)

  // Keep the previous order, so a re-import moves no line of data/programme.ts without cause.
  const inPreviousOrder = <T extends { id: string }>(items: T[], before: readonly { id: string }[] = []): T[] => {
    const rank = new Map(before.map((item, index) => [item.id, index]))
    return items.map((item, index) => ({ item, index })).sort((a, b) =>
      (rank.get(a.item.id) ?? before.length + a.index) - (rank.get(b.item.id) ?? before.length + b.index)).map(({ item }) => item)
  }
  const usedRooms = new Set(sessions.map(session => session.roomId))
  const programme: ProgrammeFacts = {
    event: { edition: title!, startDate: startDate!, endDate: endDate ?? startDate!, timeZone: zone },
    rooms: inPreviousOrder([...roomByName.values()].filter(room => usedRooms.has(room.id)), previous?.rooms),
    people: inPreviousOrder([...people.values()], previous?.people),
    sessions: inPreviousOrder(sessions, previous?.sessions),
  }
  const facts = withProgramme(options.handKept, programme)
  try {
    loadEventData(facts, file)
  } catch (error) {
    if (!(error instanceof EventDataError)) throw error
    throw new ImportError(file, error.issues.map(issue => ({ place: placeOfIssue(issue.entity, { session: sessionPlaces, room: roomPlaces, person: personPlaces }), message: formatIssue(issue) })))
  }
  return { programme, facts, warnings }
}

/** Where in the file an entity of a data issue came from; hand-kept entities are in data/event.ts. */
function placeOfIssue(entity: string, places: Record<'session' | 'room' | 'person', Map<string, string>>): string {
  const match = /^(session|room|person) "(.*)"$/.exec(entity)
  const place = match ? places[match[1] as 'session' | 'room' | 'person'].get(match[2]!) : undefined
  return place ?? 'data/event.ts (hand-kept)'
}

/** The wall-clock start in the event's time zone: from `date` (an instant, or a local time), else the day and `start`. */
function startOf(item: ExportedSession, zone: string, problem: (place: string, message: string) => void): string | undefined {
  if (item.date) {
    const match = DATE_TIME.exec(item.date)
    if (!match) {
      problem(item.field('date'), `expected a date and time such as 2020-12-14T09:00:00+01:00, got "${item.date}"`)
      return undefined
    }
    const [, day, hours, minutes, offset] = match
    return offset ? toLocal(new Date(item.date.replace(' ', 'T')), zone) : `${day}T${hours}:${minutes}`
  }
  const clock = item.start ? CLOCK.exec(item.start) : null
  if (!item.dayDate || !clock) {
    problem(item.field(item.start ? 'start' : 'date'), 'missing: expected the session\'s date (or its day\'s date and a start hh:mm)')
    return undefined
  }
  return `${item.dayDate}T${clock[1]!.padStart(2, '0')}:${clock[2]}`
}
