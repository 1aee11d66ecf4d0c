// @vitest-environment node
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { beamSummit, toInstant } from '../../data/index.ts'
import { buildCalendar, buildSessionCalendar, escapeText, foldLine, VTIMEZONES } from '../../scripts/lib/calendar.ts'

const DTSTAMP = new Date('2022-07-01T12:00:00Z')

/** Parses .ics text with ical.js, its VTIMEZONEs registered so TZID times resolve to instants. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone))
  }
  return { calendar, events: calendar.getAllSubcomponents('vevent').map(vevent => new ICAL.Event(vevent)) }
}

describe('buildCalendar: the whole programme', () => {
  const text = buildCalendar(undefined, { queries: beamSummit, dtstamp: DTSTAMP })
  const { calendar, events } = parseCalendar(text)
  const sessions = beamSummit.allSessions()

  it('is a VCALENDAR 2.0 named after the event, with the America/Chicago VTIMEZONE', () => {
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy()
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Beam Summit 2022')
    const vtimezones = calendar.getAllSubcomponents('vtimezone')
    expect(vtimezones).toHaveLength(1)
    expect(vtimezones[0]!.getFirstPropertyValue('tzid')).toBe('America/Chicago')
  })

  it('has one event per session, in schedule order, with stable UIDs', () => {
    expect(events).toHaveLength(sessions.length)
    expect(events.map(event => event.uid)).toEqual(sessions.map(session => `${session.id}@beamsummit-2022`))
    expect(new Set(events.map(event => event.uid)).size).toBe(sessions.length)
  })

  it('gives every event the data\'s title, instants, room and speakers', () => {
    const venue = beamSummit.venue()
    for (const [index, event] of events.entries()) {
      const session = sessions[index]!
      expect(event.summary).toBe(session.title)
      expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/Chicago')
      expect(event.startDate.zone?.tzid).toBe('America/Chicago') // resolved through the VTIMEZONE, not floating
      expect(event.startDate.toJSDate().toISOString()).toBe(beamSummit.startInstant(session).toISOString())
      expect(event.endDate.toJSDate().toISOString()).toBe(beamSummit.endInstant(session).toISOString())
      expect(event.location).toBe(`Room ${beamSummit.roomById(session.roomId).name}, ${venue.name}, ${venue.city}`)
      for (const speaker of beamSummit.speakersOf(session)) expect(event.description).toContain(speaker.name)
      expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2022-07-01T12:00:00Z')
    }
  })

  it('says where the keynotes are as the site does', () => {
    const event = events.find(item => item.uid === 'vega-mlops-credit-karma@beamsummit-2022')!
    expect(event.location).toBe('Room 204, AT&T Hotel and Conference Center, Austin')
    expect(event.description).toContain('Debasish Das, Vishnu Venkataraman, Raj Katakam')
  })

  it('escapes commas and semicolons in text, and reads back the original', () => {
    const houston = events.find(item => item.uid === 'houston-apollo-principles@beamsummit-2022')!
    expect(houston.summary).toBe('Houston, we\'ve got a problem: 6 principles for pipelines design taken from the Apollo missions')
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toContain('SUMMARY:Houston\\, we\'ve got a problem: 6 principles')
    expect(unfolded).toContain('LOCATION:Room 203\\, AT&T Hotel and Conference Center\\, Austin')
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
  })

  it('uses CRLF line endings and folds lines to at most 75 octets, keeping UTF-8 characters whole', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = text.split('\r\n').slice(0, -1)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75)
    expect(lines.some(line => line.startsWith(' '))).toBe(true) // long titles are folded
    // A name with non-ASCII letters survives folding and parsing intact.
    const wordle = events.find(item => item.uid === 'break-wordle-with-beam@beamsummit-2022')!
    expect(wordle.description).toContain('Iñigo San José Visiers')
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
    const { calendar, events } = parseCalendar(buildSessionCalendar('runinference', { queries: beamSummit, dtstamp: DTSTAMP }))
    expect(events).toHaveLength(1)
    expect(events[0]!.uid).toBe('runinference@beamsummit-2022')
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2022-07-18T17:00:00.000Z') // 12:00 CDT
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2022-07-18T17:25:00.000Z')
    expect(calendar.getFirstSubcomponent('vtimezone')).toBeTruthy()
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeNull()
  })

  it('refuses an unknown session', () => {
    expect(() => buildSessionCalendar('no-such-talk', { queries: beamSummit })).toThrow(/Unknown session "no-such-talk"/)
  })
})

describe('the America/Chicago VTIMEZONE', () => {
  it('agrees with Intl on both sides of the daylight-saving changes', () => {
    const vtimezone = new ICAL.Component(ICAL.parse([
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...VTIMEZONES['America/Chicago']!, 'END:VCALENDAR',
    ].join('\r\n'))).getFirstSubcomponent('vtimezone')!
    const zone = new ICAL.Timezone(vtimezone)
    const samples = ['2022-03-13T01:30', '2022-03-13T03:30', '2022-07-18T12:00', '2022-11-06T00:30', '2022-11-06T02:30', '2023-01-15T09:00']
    for (const local of samples) {
      const time = ICAL.Time.fromDateTimeString(`${local}:00`)
      time.zone = zone
      expect(time.toJSDate().toISOString(), local).toBe(toInstant(local, 'America/Chicago').toISOString())
    }
  })
})
