// The data rules, each stated by breaking one thing in a copy of the small made-up event
// (tests/fixtures/small-event.ts), so no other event's facts (the shipped one included) can break a
// test or hide a rule. That the shipped 2022 facts load is tests/event-2022/data.test.ts's job.
import { describe, expect, it } from 'vitest'
import { type DataIssue, EventDataError, loadEventData } from '../../data/index.ts'
import { smallEvent } from '../fixtures/small-event.ts'

/** A deep, loosely typed copy of the small event, to break one thing in. */
type Facts = any // eslint-disable-line @typescript-eslint/no-explicit-any
const clone = (): Facts => structuredClone(smallEvent())

/** The entity with that id in a collection of the copy; throws when the fixture has none. */
function byId(collection: { id: string }[], id: string): Facts {
  const found = collection.find(item => item.id === id)
  if (!found) throw new Error(`fixture: no "${id}" in the facts`)
  return found
}
const session = (facts: Facts, id: string) => byId(facts.sessions, id)

/** Loads the data, expecting it to fail; returns the error so a test can look at it. */
function failure(facts: unknown, source = 'data/event.ts'): EventDataError {
  try {
    loadEventData(facts, source)
  }
  catch (error) {
    expect(error).toBeInstanceOf(EventDataError)
    return error as EventDataError
  }
  throw new Error('expected loadEventData to throw an EventDataError, but it loaded')
}

/** The one issue the broken copy should cause, and that the message says it in full. */
function expectOnly(error: EventDataError, expected: { entity: string, field: string, message: RegExp }): DataIssue {
  expect(error.issues).toHaveLength(1)
  const [issue] = error.issues as [DataIssue]
  expect(issue.entity).toBe(expected.entity)
  expect(issue.field).toBe(expected.field)
  expect(issue.message).toMatch(expected.message)
  // One line says it all: the file, the entity, the field and the problem.
  expect(error.message).toBe(`data/event.ts: ${expected.entity}, field "${expected.field}": ${issue.message}`)
  return issue
}

describe('loading', () => {
  it('does not modify the object it validates', () => {
    const facts = smallEvent()
    const before = structuredClone(facts)
    loadEventData(facts)
    expect(facts).toEqual(before)
  })

  it('names the source it is given', () => {
    const facts = clone()
    delete session(facts, 'talk-windows').title
    const error = failure(facts, 'data/other-event.ts')
    expect(error.source).toBe('data/other-event.ts')
    expect(error.message).toBe('data/other-event.ts: session "talk-windows", field "title": Invalid input: expected string, received undefined')
    expect(error.name).toBe('EventDataError')
  })
})

describe('schema errors', () => {
  it('a session without a title', () => {
    const facts = clone()
    delete session(facts, 'talk-windows').title
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'title', message: /expected string, received undefined/ })
  })

  it('a blank title', () => {
    const facts = clone()
    session(facts, 'talk-windows').title = '   '
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'title', message: /must not be empty/ })
  })

  it('a time written as "10am"', () => {
    const facts = clone()
    session(facts, 'keynote-streams').start = '10am'
    expectOnly(failure(facts), { entity: 'session "keynote-streams"', field: 'start', message: /expected local time as YYYY-MM-DDTHH:mm/ })
  })

  it('a time of a session part written with seconds', () => {
    const facts = clone()
    session(facts, 'talk-state').parts[1].end = '2027-06-10T16:30:00'
    expectOnly(failure(facts), { entity: 'session "talk-state"', field: 'parts.1.end', message: /expected local time/ })
  })

  it('a link that is not https', () => {
    const facts = clone()
    facts.links.survey.url = 'http://example.org/survey'
    expectOnly(failure(facts), { entity: 'links', field: 'survey.url', message: /links must use https/ })
  })

  it('an http directions link on a social event', () => {
    const facts = clone()
    byId(facts.socialEvents, 'farewell').directionsUrl = 'http://maps.example.org/'
    expectOnly(failure(facts), { entity: 'social event "farewell"', field: 'directionsUrl', message: /links must use https/ })
  })

  it('an unknown extra field on a session names that field', () => {
    const facts = clone()
    session(facts, 'talk-windows').speaker = 'Darío Modelo'
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'speaker', message: /unknown field "speaker"/ })
  })

  it('an unknown extra field on the event names that field', () => {
    const facts = clone()
    facts.event.capacity = 400
    expectOnly(failure(facts), { entity: 'event "example-data-days-2027"', field: 'capacity', message: /unknown field "capacity"/ })
  })

  it('an unknown extra field in a session part names its path', () => {
    const facts = clone()
    session(facts, 'talk-state').parts[0].room = 'sala-sorolla'
    expectOnly(failure(facts), { entity: 'session "talk-state"', field: 'parts.0.room', message: /unknown field "room"/ })
  })

  it('an unknown top-level collection', () => {
    const facts = clone()
    facts.tracks = []
    expectOnly(failure(facts), { entity: 'event data', field: 'tracks', message: /unknown field "tracks"/ })
  })

  it('two unknown fields on one session are two issues', () => {
    const facts = clone()
    Object.assign(session(facts, 'talk-windows'), { speaker: 'Darío Modelo', level: 'advanced' })
    const error = failure(facts)
    expect(error.issues.map(issue => issue.field).sort()).toEqual(['level', 'speaker'])
    expect(error.issues.every(issue => issue.entity === 'session "talk-windows"')).toBe(true)
  })

  it('an id that is not kebab-case', () => {
    const facts = clone()
    session(facts, 'talk-windows').id = 'Talk_Windows'
    expectOnly(failure(facts), { entity: 'session "Talk_Windows"', field: 'id', message: /expected a lower-case kebab-case id/ })
  })

  it('a speaker id that is not kebab-case', () => {
    const facts = clone()
    session(facts, 'talk-windows').speakerIds = ['Darío Modelo']
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'speakerIds.0', message: /kebab-case/ })
  })

  it('an entity without an id is named by its position', () => {
    const facts = clone()
    delete facts.people[2].id
    expectOnly(failure(facts), { entity: 'person #2', field: 'id', message: /expected string/ })
  })

  it('a handle without its @', () => {
    const facts = clone()
    byId(facts.people, 'bruno-muestra').handle = 'bruno_muestra'
    expectOnly(failure(facts), { entity: 'person "bruno-muestra"', field: 'handle', message: /expected a handle such as @name/ })
  })

  it('a session kind that does not exist', () => {
    const facts = clone()
    session(facts, 'talk-windows').kind = 'lightning'
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'kind', message: /welcome|talk/ })
  })
})

describe('integrity rules', () => {
  it('duplicate session ids', () => {
    const facts = clone()
    session(facts, 'talk-joins').id = 'talk-windows'
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'id', message: /duplicate id "talk-windows"/ })
  })

  it('duplicate person ids', () => {
    const facts = clone()
    facts.people.push({ id: 'bruno-muestra', name: 'Bruno Muestra (again)' })
    expectOnly(failure(facts), { entity: 'person "bruno-muestra"', field: 'id', message: /duplicate id "bruno-muestra"/ })
  })

  it('a speaker who is not among the people', () => {
    const facts = clone()
    session(facts, 'panel-production').speakerIds[1] = 'nobody-known'
    expectOnly(failure(facts), { entity: 'session "panel-production"', field: 'speakerIds.1', message: /speaker "nobody-known" does not exist/ })
  })

  it('a session in a room that does not exist', () => {
    const facts = clone()
    session(facts, 'talk-windows').roomId = 'sala-dali'
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'roomId', message: /room "sala-dali" does not exist/ })
  })

  it('a break in a room that does not exist', () => {
    const facts = clone()
    byId(facts.breaks, 'comida-jueves').roomId = 'ballroom'
    expectOnly(failure(facts), { entity: 'break "comida-jueves"', field: 'roomId', message: /room "ballroom" does not exist/ })
  })

  it('a sponsor in a tier that does not exist', () => {
    const facts = clone()
    byId(facts.sponsors, 'example-labs').tierId = 'platinum'
    expectOnly(failure(facts), { entity: 'sponsor "example-labs"', field: 'tierId', message: /sponsor tier "platinum" does not exist/ })
  })

  it('an organizer who is not among the people', () => {
    const facts = clone()
    facts.organizerIds.push('someone-else')
    expectOnly(failure(facts), { entity: 'organizers', field: 'organizerIds.1', message: /person "someone-else" does not exist/ })
  })

  it('an event held at a venue that is not the venue', () => {
    const facts = clone()
    facts.event.venueId = 'example-arena'
    expectOnly(failure(facts), { entity: 'event "example-data-days-2027"', field: 'venueId', message: /venue "example-arena" does not exist/ })
  })

  it('an event that ends before it starts', () => {
    const facts = clone()
    facts.event.endDate = '2027-06-09'
    // Every session now also lies outside the event's days; the date rule must be among the issues.
    const error = failure(facts)
    expect(error.issues).toContainEqual({ entity: 'event "example-data-days-2027"', field: 'endDate', message: 'ends (2027-06-09) before it starts (2027-06-10)' })
  })

  it('a session that does not start before it ends', () => {
    const facts = clone()
    session(facts, 'talk-windows').end = '2027-06-10T11:00'
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'end', message: /ends \(2027-06-10T11:00\) at or before it starts \(2027-06-10T11:00\)/ })
  })

  it('a break that ends before it starts', () => {
    const facts = clone()
    byId(facts.breaks, 'cafe-viernes').end = '2027-06-11T12:00'
    expectOnly(failure(facts), { entity: 'break "cafe-viernes"', field: 'end', message: /at or before it starts/ })
  })

  it('a session that ends on another day, later than the small hours', () => {
    const facts = clone()
    // Thursday's last session in Sala Goya; Friday's first there (and its speaker's) starts at 10:00, so nothing overlaps.
    session(facts, 'talk-lineage').end = '2027-06-11T09:00'
    expectOnly(failure(facts), { entity: 'session "talk-lineage"', field: 'end', message: /ends too late \(2027-06-11T09:00\) for its day \(it starts 2027-06-10T16:00\): a span may run past midnight until 06:00/ })
  })

  it('a session two days long', () => {
    const facts = clone()
    session(facts, 'talk-lineage').end = '2027-06-12T01:00'
    // It also overlaps Friday's sessions in its room and its speaker's; the day rule must be among the issues.
    expect(failure(facts).issues).toContainEqual(expect.objectContaining({ entity: 'session "talk-lineage"', field: 'end', message: expect.stringMatching(/ends too late \(2027-06-12T01:00\)/) }))
  })

  it('a late session that runs past midnight into the small hours is accepted', () => {
    const facts = clone()
    Object.assign(session(facts, 'talk-lineage'), { start: '2027-06-10T23:30', end: '2027-06-11T00:30' })
    const late = loadEventData(facts).sessions.find(item => item.id === 'talk-lineage')
    expect(late?.end).toBe('2027-06-11T00:30')
  })

  it('a session outside the event\'s days', () => {
    const facts = clone()
    Object.assign(session(facts, 'talk-windows'), { start: '2027-06-12T11:00', end: '2027-06-12T11:40' })
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'start', message: /2027-06-12T11:00 is outside the event's days \(2027-06-10 to 2027-06-11\)/ })
  })

  it('a social event the day before the event', () => {
    const facts = clone()
    Object.assign(byId(facts.socialEvents, 'tapas-night'), { start: '2027-06-09T19:00', end: '2027-06-09T21:00' })
    expectOnly(failure(facts), { entity: 'social event "tapas-night"', field: 'start', message: /outside the event's days/ })
  })

  it('two sessions overlapping in one room', () => {
    const facts = clone()
    // talk-guarantees (15:00-15:25) now runs into talk-backfills (15:30-15:55), both in Sala Goya.
    session(facts, 'talk-guarantees').end = '2027-06-10T15:35'
    expectOnly(failure(facts), {
      entity: 'session "talk-backfills"',
      field: 'start',
      message: /overlaps session "talk-guarantees" in room "sala-goya" \(2027-06-10T15:00 to 2027-06-10T15:35\)/,
    })
  })

  it('two sessions in one room at the same time, placed far apart in the data', () => {
    const facts = clone()
    // Move Friday's talk-testing (Sala Goya) to Thursday 09:05, on top of the opening, the first session listed.
    Object.assign(session(facts, 'talk-testing'), { start: '2027-06-10T09:05', end: '2027-06-10T09:15' })
    expectOnly(failure(facts), { entity: 'session "talk-testing"', field: 'start', message: /overlaps session "opening" in room "sala-goya"/ })
  })

  it('a long session overlapping later, non-adjacent sessions in its room', () => {
    const facts = clone()
    // talk-guarantees now runs 15:00-16:10 in Sala Goya: it covers talk-lineage (16:00) too,
    // not just talk-backfills right after it.
    session(facts, 'talk-guarantees').end = '2027-06-10T16:10'
    const error = failure(facts)
    const overlapped = error.issues.map(issue => issue.entity)
    expect(overlapped).toEqual([
      'session "talk-backfills"',
      'session "talk-lineage"',
    ])
    expect(error.issues.every(issue => /overlaps session "talk-guarantees" in room "sala-goya"/.test(issue.message))).toBe(true)
    expect(error.message).toContain('session "talk-lineage", field "start": overlaps session "talk-guarantees"')
  })

  it('sessions back to back in one room do not overlap', () => {
    const facts = clone()
    // talk-guarantees ends exactly when talk-backfills starts.
    session(facts, 'talk-guarantees').end = '2027-06-10T15:30'
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it('sessions at the same time in different rooms do not overlap', () => {
    const facts = clone()
    expect(session(facts, 'talk-windows').start).toBe(session(facts, 'talk-joins').start)
    expect(session(facts, 'talk-windows').roomId).not.toBe(session(facts, 'talk-joins').roomId)
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it('parts that do not follow each other', () => {
    const facts = clone()
    session(facts, 'talk-state').parts[1].start = '2027-06-10T15:50'
    expectOnly(failure(facts), { entity: 'session "talk-state"', field: 'parts.1.start', message: /expected 2027-06-10T15:45: parts must follow each other/ })
  })

  it('a first part that does not start with the session', () => {
    const facts = clone()
    session(facts, 'talk-state').parts[0].start = '2027-06-10T15:05'
    expectOnly(failure(facts), { entity: 'session "talk-state"', field: 'parts.0.start', message: /expected 2027-06-10T15:00/ })
  })

  it('a last part that does not end with the session', () => {
    const facts = clone()
    session(facts, 'talk-state').parts[1].end = '2027-06-10T16:20'
    expectOnly(failure(facts), { entity: 'session "talk-state"', field: 'parts.1.end', message: /expected 2027-06-10T16:30: the last part must end with the session/ })
  })

  it('a session split in a single part', () => {
    const facts = clone()
    session(facts, 'talk-state').parts = [{ start: '2027-06-10T15:00', end: '2027-06-10T16:30' }]
    expectOnly(failure(facts), { entity: 'session "talk-state"', field: 'parts', message: /2/ })
  })

  it('an edition that ends before it starts', () => {
    const facts = clone()
    byId(facts.editions, 'lisbon-2025').endDate = '2025-09-29'
    expectOnly(failure(facts), { entity: 'edition "lisbon-2025"', field: 'endDate', message: /ends \(2025-09-29\) before it starts \(2025-09-30\)/ })
  })
})

describe('several problems', () => {
  it('are all reported at once, in one error', () => {
    const facts = clone()
    session(facts, 'talk-windows').roomId = 'sala-dali'
    session(facts, 'opening').speakerIds.push('ghost')
    facts.sponsors[0].tierId = 'platinum'
    facts.editions[0].endDate = '2017-01-01'
    facts.breaks[0].roomId = 'ballroom'
    const error = failure(facts)
    expect(error.issues.map(issue => `${issue.entity} ${issue.field}`).sort()).toEqual([
      'break "comida-jueves" roomId',
      'edition "lisbon-2025" endDate',
      'session "opening" speakerIds.1',
      'session "talk-windows" roomId',
      'sponsor "example-labs" tierId',
    ])
    // A line per issue, each whole: the file, the entity and the field.
    const lines = error.message.split('\n')
    expect(lines).toHaveLength(5)
    expect(lines.every(line => /^data\/event\.ts: \w[\w ]* "[a-z0-9-]+", field "[\w.]+": /.test(line))).toBe(true)
    expect(lines).toContain('data/event.ts: session "talk-windows", field "roomId": room "sala-dali" does not exist')
  })

  it('schema errors in different entities are all reported at once', () => {
    const facts = clone()
    delete session(facts, 'opening').title
    session(facts, 'talk-windows').start = '10am'
    facts.event.website = 'http://example.org/'
    const error = failure(facts)
    expect(error.issues).toHaveLength(3)
    expect(error.message).toContain('session "opening", field "title"')
    expect(error.message).toContain('session "talk-windows", field "start": expected local time as YYYY-MM-DDTHH:mm')
    expect(error.message).toContain('data/event.ts: event "example-data-days-2027", field "website": links must use https')
  })
})

describe('times and dates that do not exist', () => {
  it('an hour past 23 (T25:15 would be 01:15 the next day)', () => {
    const facts = clone()
    session(facts, 'talk-windows').start = '2027-06-10T25:15'
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'start', message: /25:15 is not a time of day \(00:00 to 23:59\)/ })
  })

  it('a minute past 59 (T16:99 would make a 99-minute session)', () => {
    const facts = clone()
    session(facts, 'talk-lineage').end = '2027-06-10T16:99'
    expectOnly(failure(facts), { entity: 'session "talk-lineage"', field: 'end', message: /16:99 is not a time of day/ })
  })

  it('September 31st', () => {
    const facts = clone()
    byId(facts.editions, 'lisbon-2025').endDate = '2025-09-31'
    expectOnly(failure(facts), { entity: 'edition "lisbon-2025"', field: 'endDate', message: /^2025-09-31 is not a day of the calendar$/ })
  })

  it('June 31st as the event\'s end (22 event days otherwise)', () => {
    const facts = clone()
    facts.event.endDate = '2027-06-31'
    expectOnly(failure(facts), { entity: 'event "example-data-days-2027"', field: 'endDate', message: /2027-06-31 is not a day of the calendar/ })
  })

  it('February 29th only in a leap year', () => {
    const facts = clone()
    Object.assign(byId(facts.editions, 'lisbon-2025'), { startDate: '2025-02-28', endDate: '2025-02-29' })
    expectOnly(failure(facts), { entity: 'edition "lisbon-2025"', field: 'endDate', message: /2025-02-29 is not a day/ })
    Object.assign(byId(facts.editions, 'lisbon-2025'), { year: 2028, startDate: '2028-02-28', endDate: '2028-02-29' })
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it('a day that does not exist inside a session part', () => {
    const facts = clone()
    session(facts, 'talk-state').parts[0].end = '2027-06-10T15:60'
    expectOnly(failure(facts), { entity: 'session "talk-state"', field: 'parts.0.end', message: /15:60 is not a time of day/ })
  })
})

describe('time zones that are not IANA zone names', () => {
  it('an invented zone ("Europe/Barcelona")', () => {
    const facts = clone()
    facts.event.timeZone = 'Europe/Barcelona'
    expectOnly(failure(facts), { entity: 'event "example-data-days-2027"', field: 'timeZone', message: /"Europe\/Barcelona" is not an IANA time zone name/ })
  })

  it('an abbreviation ("CST"), with the zone meant', () => {
    const facts = clone()
    // Not the fixture's own zone's abbreviation: CEST has no zone to suggest (Intl refuses it outright).
    facts.event.timeZone = 'CST'
    expectOnly(failure(facts), { entity: 'event "example-data-days-2027"', field: 'timeZone', message: /"CST" is not an IANA time zone name \(did you mean "America\/Chicago"\?\)/ })
  })

  it('a zone in the wrong case', () => {
    const facts = clone()
    facts.event.timeZone = 'europe/madrid'
    expectOnly(failure(facts), { entity: 'event "example-data-days-2027"', field: 'timeZone', message: /did you mean "Europe\/Madrid"/ })
  })

  it.each(['Europe/Madrid', 'America/Indianapolis', 'UTC', 'America/Chicago'])('accepts %s', (timeZone) => {
    const facts = clone()
    facts.event.timeZone = timeZone
    expect(loadEventData(facts).event.timeZone).toBe(timeZone)
  })
})

describe('conflicts between entities', () => {
  it('a break overlapping a session in the same room', () => {
    const facts = clone()
    // Coffee in Sala Goya while talk-guarantees (15:00-15:25) is on there.
    facts.breaks.push({ id: 'cafe-goya', title: 'Coffee', kind: 'break', start: '2027-06-10T15:10', end: '2027-06-10T15:40', roomId: 'sala-goya' })
    const error = failure(facts)
    expect(error.issues).toContainEqual({ entity: 'break "cafe-goya"', field: 'start', message: 'overlaps session "talk-guarantees" in room "sala-goya" (2027-06-10T15:00 to 2027-06-10T15:25)' })
  })

  it('a session starting in a room during a break there', () => {
    const facts = clone()
    facts.breaks.push({ id: 'cafe-goya', title: 'Coffee', kind: 'break', start: '2027-06-10T15:25', end: '2027-06-10T15:35', roomId: 'sala-goya' })
    expectOnly(failure(facts), { entity: 'session "talk-backfills"', field: 'start', message: /overlaps break "cafe-goya" in room "sala-goya"/ })
  })

  it('two breaks overlapping in the same room', () => {
    const facts = clone()
    facts.breaks.push({ id: 'late-lunch', title: 'Late lunch', kind: 'meal', start: '2027-06-10T14:30', end: '2027-06-10T15:00', roomId: 'patio' })
    expectOnly(failure(facts), { entity: 'break "late-lunch"', field: 'start', message: /overlaps break "comida-jueves" in room "patio" \(2027-06-10T13:30 to 2027-06-10T15:00\)/ })
  })

  it('breaks without a room and breaks back to back do not conflict', () => {
    const facts = clone()
    facts.breaks.push({ id: 'coffee', title: 'Coffee', kind: 'break', start: '2027-06-10T15:10', end: '2027-06-10T15:40' })
    facts.breaks.push({ id: 'dessert', title: 'Dessert', kind: 'meal', start: '2027-06-10T15:00', end: '2027-06-10T15:30', roomId: 'patio' })
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it('one speaker in two rooms at the same time', () => {
    const facts = clone()
    // talk-backfills (Sala Goya, 15:30-15:55) gets a second speaker who is on stage in Sala Sorolla then.
    session(facts, 'talk-backfills').speakerIds.push('carla-prueba')
    expectOnly(failure(facts), {
      entity: 'session "talk-backfills"',
      field: 'speakerIds.1',
      message: /speaker "carla-prueba" is also in session "talk-state" in room "sala-sorolla" at that time \(2027-06-10T15:00 to 2027-06-10T16:30\)/,
    })
  })

  it('one speaker in back-to-back sessions in two rooms is fine', () => {
    const facts = clone()
    // elena-caso is on the panel in Sala Miró, then gives talk-lineage in Sala Goya at 16:00: the
    // panel now ends exactly then.
    expect(session(facts, 'panel-production').speakerIds).toContain('elena-caso')
    expect(session(facts, 'talk-lineage').speakerIds).toContain('elena-caso')
    session(facts, 'panel-production').end = session(facts, 'talk-lineage').start
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it('the same speaker twice in one session', () => {
    const facts = clone()
    session(facts, 'panel-production').speakerIds.push('dario-modelo')
    expectOnly(failure(facts), { entity: 'session "panel-production"', field: 'speakerIds.3', message: /^"dario-modelo" is listed twice \(also speakerIds\.0\)$/ })
  })

  it('the same organizer twice', () => {
    const facts = clone()
    facts.organizerIds.push('ana-ejemplo')
    expectOnly(failure(facts), { entity: 'organizers', field: 'organizerIds.1', message: /"ana-ejemplo" is listed twice \(also organizerIds\.0\)/ })
  })

  it('the current edition\'s dates differ from the event\'s', () => {
    const facts = clone()
    byId(facts.editions, 'madrid-2027').endDate = '2027-06-12'
    expectOnly(failure(facts), { entity: 'edition "madrid-2027"', field: 'endDate', message: /2027-06-12 differs from the event's endDate \(2027-06-11\)/ })
  })

  it('an edition whose year differs from its dates', () => {
    const facts = clone()
    byId(facts.editions, 'lisbon-2025').year = 2024
    expectOnly(failure(facts), { entity: 'edition "lisbon-2025"', field: 'year', message: /2024 is not the year of its dates \(2025-09-30 to 2025-10-01\)/ })
  })
})

describe('text that is not really text', () => {
  it('a name made only of a zero-width space', () => {
    const facts = clone()
    byId(facts.people, 'bruno-muestra').name = '\u200B'
    expectOnly(failure(facts), { entity: 'person "bruno-muestra"', field: 'name', message: /must contain a visible character/ })
  })

  it('a title of 2,000 characters', () => {
    const facts = clone()
    session(facts, 'talk-windows').title = 'A'.repeat(2000)
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'title', message: /must be at most 200 characters \(has 2000\)/ })
  })

  it('a name over 100 characters', () => {
    const facts = clone()
    byId(facts.rooms, 'sala-miro').name = 'Sala '.repeat(21)
    expectOnly(failure(facts), { entity: 'room "sala-miro"', field: 'name', message: /must be at most 100 characters/ })
  })

  it('a title at the limit, counted in characters rather than UTF-16 units', () => {
    const facts = clone()
    session(facts, 'talk-windows').title = '🚀'.repeat(200)
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it.each([['NUL', '\u0000', 'U+0000'], ['BEL', '\u0007', 'U+0007'], ['ESC', '\u001B', 'U+001B'], ['a line break', '\n', 'U+000A'], ['a right-to-left override', '\u202E', 'U+202E']])('%s in a title', (_name, char, codePoint) => {
    const facts = clone()
    session(facts, 'talk-windows').title = `Windows${char} that close on time`
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'title', message: new RegExp(`must not contain control characters \\(has ${codePoint.replace('+', '\\+')}\\)`) })
  })

  it('a control character in a social event\'s place, and in a link\'s label', () => {
    const facts = clone()
    byId(facts.socialEvents, 'tapas-night').place = 'Example Rooftop\u0007'
    facts.links.survey.label = 'Survey\u0000'
    const error = failure(facts)
    expect(error.issues.map(issue => `${issue.entity} ${issue.field}`).sort()).toEqual(['links survey.label', 'social event "tapas-night" place'])
  })

  it('a description keeps its line breaks, but not other control characters', () => {
    const facts = clone()
    session(facts, 'talk-windows').description = 'First paragraph.\n\nSecond paragraph.'
    expect(() => loadEventData(facts)).not.toThrow()
    session(facts, 'talk-windows').description = 'Tab\tseparated'
    expectOnly(failure(facts), { entity: 'session "talk-windows"', field: 'description', message: /U\+0009/ })
  })
})
