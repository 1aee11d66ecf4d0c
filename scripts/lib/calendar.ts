// iCalendar (RFC 5545) files of the programme: one VEVENT per session, with local times in the
// event's time zone (DTSTART;TZID=America/Chicago plus its VTIMEZONE, derived from Intl), built from the event data module.
import type { EventQueries, Session } from '../../data/index.ts'
import { roomName } from '../../data/labels.ts'
import { type LocalDateTime, offsetMinutes } from '../../data/time.ts'

export interface CalendarOptions {
  /** The event's facts (commands load them when they run: scripts/lib/cli.ts, loadEventQueries). */
  queries: EventQueries
  /** DTSTAMP: when the calendar was made. Defaults to now; pass a fixed date for reproducible files. */
  dtstamp?: Date
  /** The part of every UID after the `@`: UIDs stay `<session-id>@<uidDomain>` across rebuilds. */
  uidDomain?: string
  /** X-WR-CALNAME, the name calendar apps give the imported calendar (default: the edition, for the whole programme). */
  name?: string
  /** An URL property per session, if it has one. */
  url?: (session: Session) => string | undefined
}

/** The calendar's PRODID (RFC 5545 §3.7.3): the event's name and edition, from the data. */
export const prodIdOf = (queries: EventQueries): string => `-//${queries.event.name}//${queries.event.edition} decks//EN`
const CRLF = '\r\n'

export interface OffsetTransition {
  /** The first instant with the new offset. */
  at: Date
  /** Offsets in minutes east of UTC, before and after. */
  from: number
  to: number
}

const DAY_MS = 86_400_000

/**
 * The instants in [from, to) at which `timeZone` changes its UTC offset, as Intl knows them: a day
 * at a time (no zone changes twice within a day), then bisection to the second inside the day.
 */
export function offsetTransitions(timeZone: string, from: Date, to: Date): OffsetTransition[] {
  const transitions: OffsetTransition[] = []
  const end = to.getTime()
  let before = offsetMinutes(timeZone, from)
  for (let day = from.getTime(); day < end; day += DAY_MS) {
    const next = Math.min(day + DAY_MS, end)
    const after = offsetMinutes(timeZone, new Date(next))
    if (after === before) continue
    let low = day // still `before`
    let high = next // already `after`
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000
      if (offsetMinutes(timeZone, new Date(middle)) === before) low = middle
      else high = middle
    }
    transitions.push({ at: new Date(high), from: before, to: after })
    before = after
  }
  return transitions
}

/** -300 → `-0500` (a UTC-OFFSET, RFC 5545 §3.3.14). */
export function icsUtcOffset(minutes: number): string {
  const size = Math.abs(minutes)
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(size / 60)).padStart(2, '0')}${String(size % 60).padStart(2, '0')}`
}

/** The zone's abbreviation at `instant` when Intl has a real one (CDT), none for `GMT+2`-style names. */
function zoneAbbreviation(timeZone: string, instant: Date): string | undefined {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(instant).find(part => part.type === 'timeZoneName')?.value
  return name && /^[A-Z]{2,5}$/.test(name) ? name : undefined
}

/**
 * The VTIMEZONE (RFC 5545 §3.6.5) of any IANA zone for the years `firstYear` to `lastYear`,
 * derived from Intl rather than kept in a table: one observance per offset change in those years
 * (DTSTART in the local time before the change), after one for the offset the first year starts
 * with (from 1970, the customary start). Outside those years it is not meant to be right; a
 * calendar only holds the event's sessions. Observances with the zone's lowest offset in the
 * years are STANDARD, the others DAYLIGHT; a zone that does not change has one STANDARD.
 */
export function vtimezoneLines(timeZone: string, firstYear: number, lastYear: number): string[] {
  const from = new Date(Date.UTC(firstYear, 0, 1))
  const transitions = offsetTransitions(timeZone, from, new Date(Date.UTC(lastYear + 1, 0, 1)))
  const initial = offsetMinutes(timeZone, from)
  const standard = Math.min(initial, ...transitions.map(change => change.to))
  const observance = (dtstart: string, offsetFrom: number, offsetTo: number, instant: Date) => {
    const kind = offsetTo > standard ? 'DAYLIGHT' : 'STANDARD'
    const name = zoneAbbreviation(timeZone, instant)
    return [
      `BEGIN:${kind}`,
      `TZOFFSETFROM:${icsUtcOffset(offsetFrom)}`,
      `TZOFFSETTO:${icsUtcOffset(offsetTo)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      `DTSTART:${dtstart}`,
      `END:${kind}`,
    ]
  }
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    `X-LIC-LOCATION:${timeZone}`,
    ...observance('19700101T000000', initial, initial, from),
    ...transitions.flatMap(change => observance(
      icsUtcDateTime(new Date(change.at.getTime() + change.from * 60_000)).replace(/Z$/, ''),
      change.from, change.to, change.at,
    )),
    'END:VTIMEZONE',
  ]
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Octets of one code point in UTF-8 (works in browsers too, unlike Buffer). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0)!
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1): continuation lines
 * start with one space. Never splits a UTF-8 character. Returns the lines joined with CRLF.
 */
export function foldLine(line: string, limit = 75): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char)
    if (octets + size > limit) {
      lines.push(current)
      current = ` ${char}`
      octets = 1 + size
    } else {
      current += char
      octets += size
    }
  }
  lines.push(current)
  return lines.join(CRLF)
}

/** `2022-07-18T12:00` → `20220718T120000` (a DATE-TIME in local time, for use with TZID). */
export function icsLocalDateTime(local: LocalDateTime): string {
  return `${local.replace(/[-:]/g, '')}00`
}

/** An instant as a UTC DATE-TIME: `20220718T170000Z`. */
export function icsUtcDateTime(instant: Date): string {
  return `${instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}`
}

/** "Room 204, Example Congress Hall, Madrid": the room named as the signs name it (roomName), then the venue. */
export function sessionLocation(session: Session, queries: EventQueries): string {
  const venue = queries.venue()
  return `${roomName(queries.roomById(session.roomId))}, ${venue.name}, ${venue.city}`
}

/** The speakers (with their companies), the session's description and the event's website. */
export function sessionDescription(session: Session, queries: EventQueries): string {
  const speakers = queries.speakersOf(session).map(person => person.company ? `${person.name} (${person.company})` : person.name)
  const parts = [
    speakers.length > 0 ? `${speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${speakers.join(', ')}` : undefined,
    session.description,
    `${queries.event.edition}, ${queries.event.city}: ${queries.event.website}`,
  ]
  return parts.filter(Boolean).join('\n\n')
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function eventLines(session: Session, queries: EventQueries, options: Required<Pick<CalendarOptions, 'uidDomain'>> & CalendarOptions, dtstamp: Date): string[] {
  const tzid = queries.event.timeZone
  const url = options.url?.(session)
  return [
    'BEGIN:VEVENT',
    `UID:${session.id}@${options.uidDomain}`,
    `DTSTAMP:${icsUtcDateTime(dtstamp)}`,
    `DTSTART;TZID=${tzid}:${icsLocalDateTime(session.start)}`,
    `DTEND;TZID=${tzid}:${icsLocalDateTime(session.end)}`,
    `SUMMARY:${escapeText(session.title)}`,
    `LOCATION:${escapeText(sessionLocation(session, queries))}`,
    `DESCRIPTION:${escapeText(sessionDescription(session, queries))}`,
    `CATEGORIES:${escapeText(capitalised(session.kind))}`,
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
  ]
}

/**
 * An .ics calendar with a VEVENT for each session. Without `sessions`: the whole programme, named
 * after the event (X-WR-CALNAME) unless `options.name` says otherwise.
 */
export function buildCalendar(sessions: readonly Session[] | undefined, options: CalendarOptions): string {
  const { queries } = options
  const chosen = sessions ?? queries.allSessions()
  const tzid = queries.event.timeZone
  const vtimezone = vtimezoneLines(tzid, Number(queries.event.startDate.slice(0, 4)), Number(queries.event.endDate.slice(0, 4)))
  const dtstamp = new Date(Math.floor((options.dtstamp ?? new Date()).getTime() / 1000) * 1000)
  const settings = { ...options, uidDomain: options.uidDomain ?? queries.event.calendarUidDomain ?? queries.event.id }
  const name = 'name' in options ? options.name : sessions === undefined ? queries.event.edition : undefined
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(prodIdOf(queries))}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeText(name)}`] : []),
    `X-WR-TIMEZONE:${tzid}`,
    ...vtimezone,
    ...chosen.flatMap(session => eventLines(session, queries, settings, dtstamp)),
    'END:VCALENDAR',
  ]
  return lines.map(line => `${foldLine(line)}${CRLF}`).join('')
}

/** A calendar holding one session; throws UnknownEntityError for an unknown id. */
export function buildSessionCalendar(id: string, options: CalendarOptions): string {
  return buildCalendar([options.queries.sessionById(id)], options)
}
