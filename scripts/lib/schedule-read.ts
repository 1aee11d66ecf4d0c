// Reads a schedule export (the c3voc schedule.json, or the older schedule.xml) of pretalx, frab or
// pentabarf into one neutral shape. Every value keeps its place in the file, so a refusal can say
// `days[1].rooms["Hall A"][3].duration` (JSON) or `day[2]/room[@name="Hall A"]/event[4]/duration` (XML).
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** One problem of an imported file: where in the file, and what is wrong. */
export interface ImportProblem {
  place: string
  message: string
}

/** A file refused before anything is written: every problem found, each with its place. */
export class ImportError extends Error {
  constructor(readonly file: string, readonly problems: ImportProblem[]) {
    super(problems.map(problem => `${file}: ${problem.place}: ${problem.message}`).join('\n'))
    this.name = 'ImportError'
  }
}

export interface ExportedPerson { place: string, name?: string, guid?: string }
export interface ExportedLink { place: string, url?: string, title?: string }
export interface ExportedRoom { place: string, name: string, slug?: string, guid?: string }

export interface ExportedSession {
  place: string
  /** The place of each field: `${place}.duration` (JSON) or `${place}/duration` (XML). */
  field: (name: string) => string
  guid?: string
  slug?: string
  title?: string
  subtitle?: string
  /** The instant or wall-clock time it starts (`2020-12-14T09:00:00+01:00`). */
  date?: string
  /** The day (from the enclosing day) and the wall-clock start `09:00`, for files without `date`. */
  dayDate?: string
  start?: string
  duration?: string
  room: string
  track?: string
  type?: string
  abstract?: string
  description?: string
  language?: string
  persons: ExportedPerson[]
  links: ExportedLink[]
}

export interface ScheduleExport {
  format: 'json' | 'xml'
  /** Places of the conference's own fields. */
  conferencePlace: (name: string) => string
  title?: string
  acronym?: string
  start?: string
  end?: string
  timeZone?: string
  /** The event's website, when the export gives one (only `--new-event` reads it). */
  url?: string
  rooms: ExportedRoom[]
  sessions: ExportedSession[]
}

/** JSON when the file says so by its name or its first character, XML otherwise. */
export function readScheduleExport(text: string, file: string): ScheduleExport {
  const json = file.toLowerCase().endsWith('.json') || (!file.toLowerCase().endsWith('.xml') && text.trimStart().startsWith('{'))
  return json ? readJson(text, file) : readXml(text, file)
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Text from a field that may be a string, a number, null or absent; anything else is a problem. */
function textOf(value: unknown, place: string, problems: ImportProblem[]): string | undefined {
  if (value === null || value === undefined) return undefined
  // Line breaks as the data holds them: exports written on Windows (frab's descriptions) say \r\n.
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim() || undefined
  if (typeof value === 'number') return String(value)
  problems.push({ place, message: `expected text, got ${Array.isArray(value) ? 'a list' : typeof value}` })
  return undefined
}

function readJson(text: string, file: string): ScheduleExport {
  let root: unknown
  try {
    root = JSON.parse(text)
  } catch (error) {
    throw new ImportError(file, [{ place: '(file)', message: `not valid JSON: ${(error as Error).message}` }])
  }
  const problems: ImportProblem[] = []
  const conference = isObject(root) && isObject(root.schedule) ? root.schedule.conference : undefined
  if (!isObject(conference)) throw new ImportError(file, [{ place: 'schedule.conference', message: 'missing: not a schedule.json export (expected {"schedule": {"conference": {...}}})' }])
  const at = (name: string) => `conference.${name}`
  const rooms: ExportedRoom[] = []
  const declared = Array.isArray(conference.rooms) ? conference.rooms : []
  declared.forEach((room, index) => {
    const place = `conference.rooms[${index}]`
    const name = isObject(room) ? textOf(room.name, `${place}.name`, problems) : undefined
    if (!name) return problems.push({ place: `${place}.name`, message: 'a room without a name' })
    rooms.push({ place, name, slug: textOf((room as Json).slug, `${place}.slug`, problems), guid: textOf((room as Json).guid, `${place}.guid`, problems) })
  })
  const sessions: ExportedSession[] = []
  if (!Array.isArray(conference.days)) problems.push({ place: at('days'), message: 'missing: expected the list of days' })
  const days = Array.isArray(conference.days) ? conference.days : []
  days.forEach((day, dayIndex) => {
    const dayPlace = `days[${dayIndex}]`
    if (!isObject(day) || !isObject(day.rooms)) return problems.push({ place: `${dayPlace}.rooms`, message: 'missing: expected the day\'s rooms' })
    const dayDate = textOf(day.date, `${dayPlace}.date`, problems)
    for (const [roomName, events] of Object.entries(day.rooms)) {
      const roomPlace = `${dayPlace}.rooms[${JSON.stringify(roomName)}]`
      if (!Array.isArray(events)) {
        problems.push({ place: roomPlace, message: 'expected a list of sessions' })
        continue
      }
      if (!rooms.some(room => room.name === roomName.trim())) rooms.push({ place: roomPlace, name: roomName.trim() })
      events.forEach((event, index) => {
        const place = `${roomPlace}[${index}]`
        const field = (name: string) => `${place}.${name}`
        if (!isObject(event)) return problems.push({ place, message: 'expected a session object' })
        const str = (name: string) => textOf(event[name], field(name), problems)
        const persons = (Array.isArray(event.persons) ? event.persons : []).map((person, i): ExportedPerson => {
          const personPlace = field(`persons[${i}]`)
          if (!isObject(person)) return { place: personPlace }
          return { place: personPlace, name: textOf(person.name, `${personPlace}.name`, problems) ?? textOf(person.public_name, `${personPlace}.public_name`, problems), guid: textOf(person.guid, `${personPlace}.guid`, problems) }
        })
        const links = (Array.isArray(event.links) ? event.links : []).map((link, i): ExportedLink => {
          const linkPlace = field(`links[${i}]`)
          return isObject(link) ? { place: linkPlace, url: textOf(link.url, `${linkPlace}.url`, problems), title: textOf(link.title, `${linkPlace}.title`, problems) } : { place: linkPlace }
        })
        sessions.push({
          place, field, guid: str('guid'), slug: str('slug'), title: str('title'), subtitle: str('subtitle'),
          date: str('date'), dayDate, start: str('start'), duration: str('duration'), room: str('room') ?? roomName.trim(),
          track: str('track'), type: str('type'), abstract: str('abstract'), description: str('description'), language: str('language'),
          persons, links,
        })
      })
    }
  })
  const result: ScheduleExport = {
    format: 'json', conferencePlace: at, rooms, sessions,
    title: textOf(conference.title, at('title'), problems), acronym: textOf(conference.acronym, at('acronym'), problems),
    start: textOf(conference.start, at('start'), problems), end: textOf(conference.end, at('end'), problems),
    timeZone: textOf(conference.time_zone_name, at('time_zone_name'), problems),
    url: textOf(conference.url, at('url'), problems),
  }
  if (problems.length > 0) throw new ImportError(file, problems)
  return result
}

const XML_LISTS = new Set(['schedule.day', 'schedule.day.room', 'schedule.day.room.event', 'schedule.day.room.event.persons.person', 'schedule.day.room.event.links.link'])

function readXml(text: string, file: string): ScheduleExport {
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new ImportError(file, [{ place: `line ${valid.err.line}, column ${valid.err.col}`, message: `not well-formed XML: ${valid.err.msg}` }])
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', parseTagValue: false,
    parseAttributeValue: false, trimValues: true, processEntities: true, isArray: (_name, jpath) => XML_LISTS.has(String(jpath)),
  })
  const root = parser.parse(text) as Json
  const schedule = root.schedule
  const problems: ImportProblem[] = []
  if (!isObject(schedule) || !isObject(schedule.conference)) throw new ImportError(file, [{ place: 'schedule/conference', message: 'missing: not a schedule.xml export (expected <schedule><conference>...)' }])
  const conference = schedule.conference
  // An element with attributes parses to an object whose text is under #text.
  const xmlText = (value: unknown, place: string) => textOf(isObject(value) ? (value['#text'] ?? '') : value, place, problems)
  const at = (name: string) => `conference/${name}`
  const rooms: ExportedRoom[] = []
  const sessions: ExportedSession[] = []
  const days = Array.isArray(schedule.day) ? schedule.day : []
  if (days.length === 0) problems.push({ place: 'schedule/day', message: 'missing: expected at least one <day>' })
  days.forEach((day, dayIndex) => {
    const dayPlace = `day[${dayIndex + 1}]`
    if (!isObject(day)) return
    const dayDate = textOf(day['@date'], `${dayPlace}/@date`, problems)
    const dayRooms = Array.isArray(day.room) ? day.room : []
    dayRooms.forEach((room, roomIndex) => {
      const roomName = isObject(room) ? textOf(room['@name'], `${dayPlace}/room[${roomIndex + 1}]/@name`, problems) : undefined
      if (!isObject(room) || !roomName) return problems.push({ place: `${dayPlace}/room[${roomIndex + 1}]/@name`, message: 'a room without a name' })
      const roomPlace = `${dayPlace}/room[@name=${JSON.stringify(roomName)}]`
      if (!rooms.some(known => known.name === roomName)) rooms.push({ place: roomPlace, name: roomName, guid: textOf(room['@guid'], `${roomPlace}/@guid`, problems) })
      const events = Array.isArray(room.event) ? room.event : []
      events.forEach((event, index) => {
        const place = `${roomPlace}/event[${index + 1}]`
        const field = (name: string) => `${place}/${name}`
        if (!isObject(event)) return problems.push({ place, message: 'expected an <event> with child elements' })
        const str = (name: string) => xmlText(event[name], field(name))
        const personList = isObject(event.persons) && Array.isArray(event.persons.person) ? event.persons.person : []
        const persons = personList.map((person, i): ExportedPerson => {
          const personPlace = field(`persons/person[${i + 1}]`)
          return { place: personPlace, name: xmlText(person, personPlace), guid: isObject(person) ? textOf(person['@guid'], `${personPlace}/@guid`, problems) : undefined }
        })
        const linkList = isObject(event.links) && Array.isArray(event.links.link) ? event.links.link : []
        const links = linkList.map((link, i): ExportedLink => {
          const linkPlace = field(`links/link[${i + 1}]`)
          return { place: linkPlace, url: isObject(link) ? textOf(link['@href'], `${linkPlace}/@href`, problems) : undefined, title: xmlText(link, linkPlace) }
        })
        sessions.push({
          place, field, guid: textOf(event['@guid'], `${place}/@guid`, problems), slug: str('slug'), title: str('title'), subtitle: str('subtitle'),
          date: str('date'), dayDate, start: str('start'), duration: str('duration'), room: str('room') ?? roomName,
          track: str('track'), type: str('type'), abstract: str('abstract'), description: str('description'), language: str('language'),
          persons, links,
        })
      })
    })
  })
  const result: ScheduleExport = {
    format: 'xml', conferencePlace: at, rooms, sessions,
    title: xmlText(conference.title, at('title')), acronym: xmlText(conference.acronym, at('acronym')),
    start: xmlText(conference.start, at('start')), end: xmlText(conference.end, at('end')),
    timeZone: xmlText(conference.time_zone_name, at('time_zone_name')),
    url: xmlText(conference.url, at('url')),
  }
  if (problems.length > 0) throw new ImportError(file, problems)
  return result
}
