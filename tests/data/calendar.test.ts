// @vitest-environment node
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { offsetMinutes, roomName, toInstant } from '../../data/index.ts'
import { buildCalendar, buildSessionCalendar, escapeText, foldLine, icsUtcOffset, offsetTransitions, vtimezoneLines } from '../../scripts/lib/calendar.ts'
import { LONG_TITLE, smallEventQueries as small } from '../fixtures/small-event.ts'

const DTSTAMP = new Date('2027-06-01T12:00:00Z')

/** Parses .ics text with ical.js, its VTIMEZONEs registered so TZID times resolve to instants. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone))
  }
  return { calendar, events: calendar.getAllSubcomponents('vevent').map(vevent => new ICAL.Event(vevent)) }
}

describe('buildCalendar: the whole programme (the small made-up event)', () => {
  const text = buildCalendar(undefined, { queries: small, dtstamp: DTSTAMP })
  const { calendar, events } = parseCalendar(text)
  const sessions = small.allSessions()

  it('is a VCALENDAR 2.0 named after the event, with the event\'s VTIMEZONE', () => {
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy()
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Example Data Days 2027')
    const vtimezones = calendar.getAllSubcomponents('vtimezone')
    expect(vtimezones).toHaveLength(1)
    expect(vtimezones[0]!.getFirstPropertyValue('tzid')).toBe('Europe/Madrid')
  })

  it('has one event per session, in schedule order, with stable UIDs', () => {
    expect(events).toHaveLength(sessions.length)
    expect(events.map(event => event.uid)).toEqual(sessions.map(session => `${session.id}@example-data-days-2027`))
    expect(new Set(events.map(event => event.uid)).size).toBe(sessions.length)
  })

  it('gives every event the data\'s title, instants, room and speakers', () => {
    const venue = small.venue()
    for (const [index, event] of events.entries()) {
      const session = sessions[index]!
      expect(event.summary).toBe(session.title)
      expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Madrid')
      expect(event.startDate.zone?.tzid).toBe('Europe/Madrid') // resolved through the VTIMEZONE, not floating
      expect(event.startDate.toJSDate().toISOString()).toBe(small.startInstant(session).toISOString())
      expect(event.endDate.toJSDate().toISOString()).toBe(small.endInstant(session).toISOString())
      expect(event.location).toBe(`${roomName(small.roomById(session.roomId))}, ${venue.name}, ${venue.city}`)
      for (const speaker of small.speakersOf(session)) expect(event.description).toContain(speaker.name)
      expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2027-06-01T12:00:00Z')
    }
  })

  it('says where a session is and who speaks, with their companies', () => {
    expect(events.find(item => item.uid === 'remote-sensors@example-data-days-2027')!.location).toBe('Room 101 (remote), Example Congress Hall, Madrid')
    // A named room is called by its name, as on the signs: not "Room Sala Goya".
    const inGoya = sessions.findIndex(session => session.roomId === 'sala-goya')
    expect(events[inGoya]!.location).toBe('Sala Goya, Example Congress Hall, Madrid')
    const panel = events.find(item => item.uid === 'panel-production@example-data-days-2027')!
    expect(panel.description).toContain('Darío Modelo, Elena Caso (Example University), Gala Inventada (Example Sensors)')
  })

  it('escapes commas and semicolons in text, and reads back the original', () => {
    const guarantees = events.find(item => item.uid === 'talk-guarantees@example-data-days-2027')!
    expect(guarantees.summary).toBe(LONG_TITLE)
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toContain('SUMMARY:Exactly once\\, at least once\\, at most once: what')
    expect(unfolded).toContain('LOCATION:Room 101 (remote)\\, Example Congress Hall\\, Madrid')
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
  })

  it('uses CRLF line endings and folds lines to at most 75 octets, keeping UTF-8 characters whole', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = text.split('\r\n').slice(0, -1)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75)
    expect(lines.some(line => line.startsWith(' '))).toBe(true) // long titles are folded
    // A name with non-ASCII letters survives folding and parsing intact.
    const windows = events.find(item => item.uid === 'talk-windows@example-data-days-2027')!
    expect(windows.description).toContain('Darío Modelo')
  })
})

describe('foldLine', () => {
  it('leaves short lines alone and folds long ones with a leading space', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short')
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`)
    const lines = folded.split('\r\n')
    expect(lines.map(line => line.length)).toEqual([75, 75, 64]) // 212 octets: 75 + (1 + 74) + (1 + 63)
    expect(lines.slice(1).every(line => line.startsWith(' '))).toBe(true)
    expect(lines.join('').replace(/ /g, '')).toBe(`DESCRIPTION:${'x'.repeat(200)}`)
  })

  it('never splits a multi-byte character', () => {
    const line = `X:${'é'.repeat(100)}`
    const folded = foldLine(line)
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
    expect(folded.split('\r\n').map((part, index) => index === 0 ? part : part.slice(1)).join('')).toBe(line)
  })
})

describe('buildSessionCalendar', () => {
  it('holds the one session, with its time zone', () => {
    const { calendar, events } = parseCalendar(buildSessionCalendar('talk-backfills', { queries: small, dtstamp: DTSTAMP }))
    expect(events).toHaveLength(1)
    expect(events[0]!.uid).toBe('talk-backfills@example-data-days-2027')
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-06-10T13:30:00.000Z') // 15:30 CEST
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2027-06-10T13:55:00.000Z')
    expect(calendar.getFirstSubcomponent('vtimezone')).toBeTruthy()
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeNull()
  })

  it('refuses an unknown session', () => {
    expect(() => buildSessionCalendar('no-such-talk', { queries: small })).toThrow(/Unknown session "no-such-talk"/)
  })
})

/** An ical.js zone from VTIMEZONE lines. */
function zoneOf(lines: readonly string[]): ICAL.Timezone {
  const vtimezone = new ICAL.Component(ICAL.parse([
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR',
  ].join('\r\n'))).getFirstSubcomponent('vtimezone')!
  return new ICAL.Timezone(vtimezone)
}

/**
 * The wall clock `timeZone` shows at `instant` (Intl), read back through an ical.js zone as a
 * calendar app reads DTSTART;TZID=...: the instant it means, or undefined when that wall clock
 * is shown twice (the hour repeated when clocks go back), which either reading may take.
 */
function icalReading(zone: ICAL.Timezone, timeZone: string, instant: Date): string | undefined {
  const wall = instant.getTime() + offsetMinutes(timeZone, instant) * 60_000
  const offsets = new Set([-12, 12].map(hours => offsetMinutes(timeZone, new Date(wall + hours * 3_600_000))))
  const readings = [...offsets].filter(offset => offsetMinutes(timeZone, new Date(wall - offset * 60_000)) === offset)
  if (readings.length > 1) return undefined
  const local = new Date(wall)
  const time = new ICAL.Time({
    year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(),
    hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds(), isDate: false,
  }, zone)
  return time.toJSDate().toISOString()
}

/** Expects the zone to read every instant's wall clock back as that instant (bar the repeated hour); returns how many it checked. */
function expectReadsBack(zone: ICAL.Timezone, timeZone: string, instants: readonly Date[]): number {
  let checked = 0
  for (const instant of instants) {
    const reading = icalReading(zone, timeZone, instant)
    if (reading === undefined) continue
    expect(reading, `${timeZone} at ${instant.toISOString()}`).toBe(instant.toISOString())
    checked++
  }
  return checked
}

/** The America/Chicago VTIMEZONE the 2022 calendar carried before it was derived from Intl (US rules since 2007). */
const CHICAGO_BY_RULE = [
  'BEGIN:VTIMEZONE', 'TZID:America/Chicago',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0600', 'TZOFFSETTO:-0500', 'TZNAME:CDT', 'DTSTART:20070311T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0600', 'TZNAME:CST', 'DTSTART:20071104T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
  'END:VTIMEZONE',
]

/** Every six hours of a year, as instants. */
function sixHourly(year: number): Date[] {
  const instants: Date[] = []
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 6 * 3_600_000) instants.push(new Date(t))
  return instants
}

describe('vtimezoneLines: the VTIMEZONE of any IANA zone, from Intl', () => {
  // The changes as published (tzdata), UTC instants: none for Tokyo and UTC, the southern
  // hemisphere's the other way round, Madrid's at 01:00 UTC.
  const KNOWN: Record<string, { year: number, changes: string[] }> = {
    'America/Chicago': { year: 2022, changes: ['2022-03-13T08:00:00Z', '2022-11-06T07:00:00Z'] },
    'Europe/Madrid': { year: 2022, changes: ['2022-03-27T01:00:00Z', '2022-10-30T01:00:00Z'] },
    'Australia/Sydney': { year: 2022, changes: ['2022-04-02T16:00:00Z', '2022-10-01T16:00:00Z'] },
    'America/St_Johns': { year: 2024, changes: ['2024-03-10T05:30:00Z', '2024-11-03T04:30:00Z'] },
    'Asia/Tokyo': { year: 2022, changes: [] },
    'Asia/Kolkata': { year: 2023, changes: [] },
    'UTC': { year: 2022, changes: [] },
  }

  for (const [timeZone, { year, changes }] of Object.entries(KNOWN)) {
    it(`${timeZone} ${year}: ical.js reads the offsets Intl has, around each change and all year`, () => {
      const lines = vtimezoneLines(timeZone, year, year)
      const zone = zoneOf(lines)
      expect(offsetTransitions(timeZone, new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))).map(change => change.at.toISOString().replace('.000', '')))
        .toEqual(changes)
      expect(lines.filter(line => line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT')).toHaveLength(changes.length + 1)
      const around = changes.flatMap(change => [-7_200_000, -3_600_000, -1000, 0, 1000, 3_600_000, 7_200_000].map(delta => new Date(Date.parse(change) + delta)))
      // All but the repeated hour's instants (two around each change) are checked.
      expect(expectReadsBack(zone, timeZone, around)).toBeGreaterThanOrEqual(around.length - 2 * changes.length)
      expect(expectReadsBack(zone, timeZone, sixHourly(year))).toBeGreaterThan(1450)
    })
  }

  it('a zone without changes is one STANDARD observance; DAYLIGHT is the higher offset, in either hemisphere', () => {
    expect(vtimezoneLines('Asia/Tokyo', 2022, 2022).join('\n')).toContain('BEGIN:STANDARD\nTZOFFSETFROM:+0900\nTZOFFSETTO:+0900')
    const sydney = vtimezoneLines('Australia/Sydney', 2022, 2022).join('\n')
    expect(sydney).toContain('BEGIN:STANDARD\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1000') // April: back to standard time
    expect(sydney).toContain('BEGIN:DAYLIGHT\nTZOFFSETFROM:+1000\nTZOFFSETTO:+1100') // October
    expect(icsUtcOffset(-210)).toBe('-0330')
    expect(icsUtcOffset(0)).toBe('+0000')
  })

  it('covers every year of an event over New Year', () => {
    const zone = zoneOf(vtimezoneLines('Australia/Sydney', 2022, 2023))
    expect(expectReadsBack(zone, 'Australia/Sydney', [...sixHourly(2022), ...sixHourly(2023)])).toBeGreaterThan(2900)
  })

  it('means for 2022 what the America/Chicago rules it replaced meant: same offset at every instant, same session times', () => {
    const derived = zoneOf(vtimezoneLines('America/Chicago', 2022, 2022))
    const byRule = zoneOf(CHICAGO_BY_RULE)
    const hourly = sixHourly(2022).flatMap(instant => [0, 1, 2, 3, 4, 5].map(hours => new Date(instant.getTime() + hours * 3_600_000)))
    // Both read every hour of 2022 as Intl does, bar the two of the repeated hour (01:00 CDT and 01:00 CST, 6 November).
    expect(expectReadsBack(derived, 'America/Chicago', hourly)).toBe(hourly.length - 2)
    expect(expectReadsBack(byRule, 'America/Chicago', hourly)).toBe(hourly.length - 2)
    const samples = ['2022-03-13T01:30', '2022-03-13T03:30', '2022-07-18T12:00', '2022-11-06T00:30', '2022-11-06T02:30']
    for (const local of samples) {
      for (const zone of [derived, byRule]) {
        const time = ICAL.Time.fromDateTimeString(`${local}:00`)
        time.zone = zone
        expect(time.toJSDate().toISOString(), local).toBe(toInstant(local, 'America/Chicago').toISOString())
      }
    }
  })

  it('gives a calendar in another zone its own VTIMEZONE, its sessions at their instants', () => {
    const tokyo = { ...small, event: { ...small.event, timeZone: 'Asia/Tokyo' } } as typeof small
    const { calendar, events } = parseCalendar(buildSessionCalendar('talk-backfills', { queries: tokyo, dtstamp: DTSTAMP }))
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Asia/Tokyo')
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-06-10T06:30:00.000Z') // 15:30 in Tokyo
  })
})

describe('a VTIMEZONE for any zone (an imported event\'s)', () => {
  const cases: Array<[string, number[], string[]]> = [
    ['Europe/Berlin', [2020], ['2020-01-10T09:00', '2020-03-29T01:30', '2020-03-29T03:30', '2020-10-25T01:30', '2020-10-25T03:30', '2020-12-28T11:00']],
    ['Australia/Sydney', [2024, 2025], ['2024-04-07T01:30', '2024-04-07T03:30', '2024-10-06T01:30', '2024-10-06T03:30', '2025-01-02T10:00']],
    ['Asia/Kolkata', [2031], ['2031-05-06T09:00']],
    ['America/Chicago', [2022], ['2022-03-13T01:30', '2022-03-13T03:30', '2022-07-18T12:00', '2022-11-06T00:30', '2022-11-06T02:30']],
  ]
  for (const [tzid, years, samples] of cases) {
    it(`${tzid}: agrees with Intl on both sides of its changes`, () => {
      const lines = vtimezoneLines(tzid, Math.min(...years), Math.max(...years))
      const vtimezone = new ICAL.Component(ICAL.parse(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n'))).getFirstSubcomponent('vtimezone')!
      const zone = new ICAL.Timezone(vtimezone)
      for (const local of samples) {
        const time = ICAL.Time.fromDateTimeString(`${local}:00`)
        time.zone = zone
        expect(time.toJSDate().toISOString(), local).toBe(toInstant(local, tzid).toISOString())
      }
    })
  }
})

describe('a calendar of another event', () => {
  it('takes its PRODID, UIDs and time zone from that event\'s data, naming no other event', async () => {
    const { secondEvent } = await import('../fixtures/second-event.ts')
    const { createEventQueries, loadEventData } = await import('../../data/index.ts')
    const queries = createEventQueries(loadEventData(secondEvent(), 'tests/fixtures/second-event.ts'))
    const ics = buildCalendar(undefined, { queries, dtstamp: DTSTAMP })
    expect(ics).toContain('PRODID:-//Example Data Days//Example Data Days 2027 decks//EN')
    expect(ics).toContain('UID:opening@example-data-days-2027')
    expect(ics).toContain('TZID:Europe/Madrid')
    expect(ics).not.toMatch(/beam|chicago/i)
  })
})
