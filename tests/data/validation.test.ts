import { describe, expect, it } from 'vitest'
import { eventFacts } from '../../data/event.ts'
import { type DataIssue, EventDataError, loadEventData } from '../../data/index.ts'

/** A deep, loosely typed copy of the real facts, to break one thing in. */
type Facts = any // eslint-disable-line @typescript-eslint/no-explicit-any
const clone = (): Facts => structuredClone(eventFacts)

function indexOf(collection: { id: string }[], id: string): number {
  const found = collection.findIndex(item => item.id === id)
  if (found < 0) throw new Error(`fixture: no "${id}" in the facts`)
  return found
}
const session = (facts: Facts, id: string) => facts.sessions[indexOf(facts.sessions, id)]

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

/** The one issue the fixture should cause, and that the message says it in full. */
function expectOnly(error: EventDataError, expected: { entity: string, field: string, message: RegExp }): DataIssue {
  expect(error.issues).toHaveLength(1)
  const [issue] = error.issues as [DataIssue]
  expect(issue.entity).toBe(expected.entity)
  expect(issue.field).toBe(expected.field)
  expect(issue.message).toMatch(expected.message)
  expect(error.message).toContain('data/event.ts')
  expect(error.message).toContain(`${expected.entity}, field "${expected.field}": ${issue.message}`)
  return issue
}

describe('the real data', () => {
  it('loads, and comes back as the same facts', () => {
    const data = loadEventData(eventFacts)
    expect(data.sessions).toHaveLength(eventFacts.sessions.length)
    expect(data.event.id).toBe('beam-summit-2022')
    expect(data.sessions.find(s => s.id === 'spanner-change-streams')?.parts).toHaveLength(2)
  })

  it('does not modify the object it validates', () => {
    const before = structuredClone(eventFacts)
    loadEventData(eventFacts)
    expect(eventFacts).toEqual(before)
  })

  it('names the source it is given', () => {
    const facts = clone()
    delete session(facts, 'runinference').title
    const error = failure(facts, 'data/other-event.ts')
    expect(error.source).toBe('data/other-event.ts')
    expect(error.message.startsWith('data/other-event.ts: invalid event data')).toBe(true)
    expect(error.name).toBe('EventDataError')
  })
})

describe('schema errors', () => {
  it('a session without a title', () => {
    const facts = clone()
    delete session(facts, 'runinference').title
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'title', message: /expected string, received undefined/ })
  })

  it('a blank title', () => {
    const facts = clone()
    session(facts, 'runinference').title = '   '
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'title', message: /must not be empty/ })
  })

  it('a time written as "10am"', () => {
    const facts = clone()
    session(facts, 'google-investment-in-beam').start = '10am'
    expectOnly(failure(facts), { entity: 'session "google-investment-in-beam"', field: 'start', message: /expected local time as YYYY-MM-DDTHH:mm/ })
  })

  it('a time of a session part written with seconds', () => {
    const facts = clone()
    session(facts, 'spanner-change-streams').parts[1].end = '2022-07-18T18:00:00'
    expectOnly(failure(facts), { entity: 'session "spanner-change-streams"', field: 'parts.1.end', message: /expected local time/ })
  })

  it('a link that is not https', () => {
    const facts = clone()
    facts.links.survey.url = 'http://beamsummit.org/survey'
    expectOnly(failure(facts), { entity: 'links', field: 'survey.url', message: /links must use https/ })
  })

  it('an http directions link on a social event', () => {
    const facts = clone()
    facts.socialEvents[indexOf(facts.socialEvents, 'after-party')].directionsUrl = 'http://maps.example.com/'
    expectOnly(failure(facts), { entity: 'social event "after-party"', field: 'directionsUrl', message: /links must use https/ })
  })

  it('an unknown extra field on a session names that field', () => {
    const facts = clone()
    session(facts, 'runinference').speaker = 'Andy Ye'
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'speaker', message: /unknown field "speaker"/ })
  })

  it('an unknown extra field on the event names that field', () => {
    const facts = clone()
    facts.event.capacity = 400
    expectOnly(failure(facts), { entity: 'event', field: 'capacity', message: /unknown field "capacity"/ })
  })

  it('an unknown extra field in a session part names its path', () => {
    const facts = clone()
    session(facts, 'spanner-change-streams').parts[0].room = 'room-203'
    expectOnly(failure(facts), { entity: 'session "spanner-change-streams"', field: 'parts.0.room', message: /unknown field "room"/ })
  })

  it('an unknown top-level collection', () => {
    const facts = clone()
    facts.tracks = []
    expectOnly(failure(facts), { entity: 'event data', field: 'tracks', message: /unknown field "tracks"/ })
  })

  it('two unknown fields on one session are two issues', () => {
    const facts = clone()
    Object.assign(session(facts, 'runinference'), { speaker: 'Andy Ye', level: 'advanced' })
    const error = failure(facts)
    expect(error.issues.map(issue => issue.field).sort()).toEqual(['level', 'speaker'])
    expect(error.issues.every(issue => issue.entity === 'session "runinference"')).toBe(true)
  })

  it('an id that is not kebab-case', () => {
    const facts = clone()
    session(facts, 'runinference').id = 'Run_Inference'
    expectOnly(failure(facts), { entity: 'session "Run_Inference"', field: 'id', message: /expected a lower-case kebab-case id/ })
  })

  it('a speaker id that is not kebab-case', () => {
    const facts = clone()
    session(facts, 'runinference').speakerIds = ['Andy Ye']
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'speakerIds.0', message: /kebab-case/ })
  })

  it('an entity without an id is named by its position', () => {
    const facts = clone()
    delete facts.people[2].id
    expectOnly(failure(facts), { entity: 'person #2', field: 'id', message: /expected string/ })
  })

  it('a session kind that does not exist', () => {
    const facts = clone()
    session(facts, 'runinference').kind = 'lightning'
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'kind', message: /welcome|talk/ })
  })
})

describe('integrity rules', () => {
  it('duplicate session ids', () => {
    const facts = clone()
    session(facts, 'ml-design-patterns').id = 'google-investment-in-beam'
    expectOnly(failure(facts), { entity: 'session "google-investment-in-beam"', field: 'id', message: /duplicate id "google-investment-in-beam"/ })
  })

  it('duplicate person ids', () => {
    const facts = clone()
    facts.people.push({ id: 'andy-ye', name: 'Andy Ye (again)' })
    expectOnly(failure(facts), { entity: 'person "andy-ye"', field: 'id', message: /duplicate id "andy-ye"/ })
  })

  it('a speaker who is not among the people', () => {
    const facts = clone()
    session(facts, 'vega-mlops-credit-karma').speakerIds[1] = 'nobody-known'
    expectOnly(failure(facts), { entity: 'session "vega-mlops-credit-karma"', field: 'speakerIds.1', message: /speaker "nobody-known" does not exist/ })
  })

  it('a session in a room that does not exist', () => {
    const facts = clone()
    session(facts, 'runinference').roomId = 'room-999'
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'roomId', message: /room "room-999" does not exist/ })
  })

  it('a break in a room that does not exist', () => {
    const facts = clone()
    facts.breaks[indexOf(facts.breaks, 'lunch-monday')].roomId = 'ballroom'
    expectOnly(failure(facts), { entity: 'break "lunch-monday"', field: 'roomId', message: /room "ballroom" does not exist/ })
  })

  it('a sponsor in a tier that does not exist', () => {
    const facts = clone()
    facts.sponsors[indexOf(facts.sponsors, 'google-cloud')].tierId = 'platinum'
    expectOnly(failure(facts), { entity: 'sponsor "google-cloud"', field: 'tierId', message: /sponsor tier "platinum" does not exist/ })
  })

  it('an organizer who is not among the people', () => {
    const facts = clone()
    facts.organizerIds.push('someone-else')
    expectOnly(failure(facts), { entity: 'organizers', field: 'organizerIds.2', message: /person "someone-else" does not exist/ })
  })

  it('an event held at a venue that is not the venue', () => {
    const facts = clone()
    facts.event.venueId = 'austin-convention-center'
    expectOnly(failure(facts), { entity: 'event "beam-summit-2022"', field: 'venueId', message: /venue "austin-convention-center" does not exist/ })
  })

  it('an event that ends before it starts', () => {
    const facts = clone()
    facts.event.endDate = '2022-07-17'
    // Every session now also lies outside the event's days; the date rule must be among the issues.
    const error = failure(facts)
    expect(error.issues).toContainEqual({ entity: 'event "beam-summit-2022"', field: 'endDate', message: 'ends (2022-07-17) before it starts (2022-07-18)' })
  })

  it('a session that does not start before it ends', () => {
    const facts = clone()
    session(facts, 'runinference').end = '2022-07-18T12:00'
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'end', message: /ends \(2022-07-18T12:00\) at or before it starts \(2022-07-18T12:00\)/ })
  })

  it('a break that ends before it starts', () => {
    const facts = clone()
    facts.breaks[indexOf(facts.breaks, 'lunch-tuesday')].end = '2022-07-19T12:00'
    expectOnly(failure(facts), { entity: 'break "lunch-tuesday"', field: 'end', message: /at or before it starts/ })
  })

  it('a session that ends on another day', () => {
    const facts = clone()
    // The last Monday session in 203; Tuesday's first in 203 starts at noon, so nothing overlaps.
    session(facts, 'cloud-agnostic-ml-on-kubernetes').end = '2022-07-19T09:00'
    expectOnly(failure(facts), { entity: 'session "cloud-agnostic-ml-on-kubernetes"', field: 'end', message: /ends on another day \(2022-07-19T09:00\) than it starts \(2022-07-18T17:15\)/ })
  })

  it('a session outside the event\'s days', () => {
    const facts = clone()
    Object.assign(session(facts, 'runinference'), { start: '2022-07-21T12:00', end: '2022-07-21T12:25' })
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'start', message: /2022-07-21T12:00 is outside the event's days \(2022-07-18 to 2022-07-20\)/ })
  })

  it('a social event the day before the event', () => {
    const facts = clone()
    Object.assign(facts.socialEvents[indexOf(facts.socialEvents, 'reception')], { start: '2022-07-17T18:00', end: '2022-07-17T20:00' })
    expectOnly(failure(facts), { entity: 'social event "reception"', field: 'start', message: /outside the event's days/ })
  })

  it('two sessions overlapping in one room', () => {
    const facts = clone()
    // runinference (12:00-12:25) now runs into speeding-up-development-adobe (12:30-12:55), both in 202.
    session(facts, 'runinference').end = '2022-07-18T12:35'
    expectOnly(failure(facts), {
      entity: 'session "speeding-up-development-adobe"',
      field: 'start',
      message: /overlaps session "runinference" in room "room-202" \(2022-07-18T12:00 to 2022-07-18T12:35\)/,
    })
  })

  it('two sessions in one room at the same time, placed far apart in the data', () => {
    const facts = clone()
    // Move a Tuesday session into 202 on Monday 12:00, on top of runinference.
    Object.assign(session(facts, 'shared-handles'), { start: '2022-07-18T12:10', end: '2022-07-18T12:20' })
    expectOnly(failure(facts), { entity: 'session "shared-handles"', field: 'start', message: /overlaps session "runinference" in room "room-202"/ })
  })

  it('a long session overlapping later, non-adjacent sessions in its room', () => {
    const facts = clone()
    // runinference now runs 12:00-15:10 in 202: it covers every later 202 session up to 15:00,
    // not just the one right after it.
    session(facts, 'runinference').end = '2022-07-18T15:10'
    const error = failure(facts)
    const overlapped = error.issues.map(issue => issue.entity)
    expect(overlapped).toEqual([
      'session "speeding-up-development-adobe"',
      'session "state-of-the-go-sdk-2022"',
      'session "break-wordle-with-beam"',
      'session "performance-testing-in-beam"',
    ])
    expect(error.issues.every(issue => /overlaps session "runinference" in room "room-202"/.test(issue.message))).toBe(true)
    expect(error.message).toContain('session "performance-testing-in-beam", field "start": overlaps session "runinference"')
  })

  it('sessions back to back in one room do not overlap', () => {
    const facts = clone()
    // runinference ends exactly when speeding-up-development-adobe starts.
    session(facts, 'runinference').end = '2022-07-18T12:30'
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it('sessions at the same time in different rooms do not overlap', () => {
    const facts = clone()
    expect(session(facts, 'vega-mlops-credit-karma').start).toBe(session(facts, 'houston-apollo-principles').start)
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it('parts that do not follow each other', () => {
    const facts = clone()
    session(facts, 'spanner-change-streams').parts[1].start = '2022-07-18T17:20'
    expectOnly(failure(facts), { entity: 'session "spanner-change-streams"', field: 'parts.1.start', message: /expected 2022-07-18T17:15: parts must follow each other/ })
  })

  it('a first part that does not start with the session', () => {
    const facts = clone()
    session(facts, 'spanner-change-streams').parts[0].start = '2022-07-18T16:20'
    expectOnly(failure(facts), { entity: 'session "spanner-change-streams"', field: 'parts.0.start', message: /expected 2022-07-18T16:15/ })
  })

  it('a last part that does not end with the session', () => {
    const facts = clone()
    session(facts, 'spanner-change-streams').parts[1].end = '2022-07-18T17:50'
    expectOnly(failure(facts), { entity: 'session "spanner-change-streams"', field: 'parts.1.end', message: /expected 2022-07-18T18:00: the last part must end with the session/ })
  })

  it('a session split in a single part', () => {
    const facts = clone()
    session(facts, 'spanner-change-streams').parts = [{ start: '2022-07-18T16:15', end: '2022-07-18T18:00' }]
    expectOnly(failure(facts), { entity: 'session "spanner-change-streams"', field: 'parts', message: /2/ })
  })

  it('an edition that ends before it starts', () => {
    const facts = clone()
    facts.editions[indexOf(facts.editions, 'berlin-2019')].endDate = '2019-06-18'
    expectOnly(failure(facts), { entity: 'edition "berlin-2019"', field: 'endDate', message: /ends \(2019-06-18\) before it starts \(2019-06-19\)/ })
  })
})

describe('several problems', () => {
  it('are all reported at once, in one error', () => {
    const facts = clone()
    session(facts, 'runinference').roomId = 'room-999'
    session(facts, 'welcome').speakerIds.push('ghost')
    facts.sponsors[0].tierId = 'platinum'
    facts.editions[0].endDate = '2017-01-01'
    facts.breaks[0].roomId = 'ballroom'
    const error = failure(facts)
    expect(error.issues.map(issue => `${issue.entity} ${issue.field}`).sort()).toEqual([
      'break "lunch-monday" roomId',
      'edition "london-2018" endDate',
      'session "runinference" roomId',
      'session "welcome" speakerIds.2',
      'sponsor "google-cloud" tierId',
    ])
    const lines = error.message.split('\n')
    expect(lines[0]).toBe('data/event.ts: invalid event data')
    expect(lines).toHaveLength(1 + 5)
    expect(lines.slice(1).every(line => line.startsWith('  - '))).toBe(true)
  })

  it('schema errors in different entities are all reported at once', () => {
    const facts = clone()
    delete session(facts, 'welcome').title
    session(facts, 'runinference').start = '10am'
    facts.event.website = 'http://beamsummit.org/'
    const error = failure(facts)
    expect(error.issues).toHaveLength(3)
    expect(error.message).toContain('session "welcome", field "title"')
    expect(error.message).toContain('session "runinference", field "start": expected local time as YYYY-MM-DDTHH:mm')
    expect(error.message).toContain('event, field "website": links must use https')
  })
})
