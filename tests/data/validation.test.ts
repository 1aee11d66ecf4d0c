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
  // One line says it all: the file, the entity, the field and the problem.
  expect(error.message).toBe(`data/event.ts: ${expected.entity}, field "${expected.field}": ${issue.message}`)
  return issue
}

describe('the real data', () => {
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
    expect(error.message).toBe('data/other-event.ts: session "runinference", field "title": Invalid input: expected string, received undefined')
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
    expectOnly(failure(facts), { entity: 'event "beam-summit-2022"', field: 'capacity', message: /unknown field "capacity"/ })
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

  it('a session that ends on another day, later than the small hours', () => {
    const facts = clone()
    // The last Monday session in 203; Tuesday's first in 203 starts at noon, so nothing overlaps.
    session(facts, 'cloud-agnostic-ml-on-kubernetes').end = '2022-07-19T09:00'
    expectOnly(failure(facts), { entity: 'session "cloud-agnostic-ml-on-kubernetes"', field: 'end', message: /ends too late \(2022-07-19T09:00\) for its day \(it starts 2022-07-18T17:15\): a span may run past midnight until 06:00/ })
  })

  it('a session two days long', () => {
    const facts = clone()
    session(facts, 'cloud-agnostic-ml-on-kubernetes').end = '2022-07-20T01:00'
    // It also overlaps every Tuesday session in its room; the day rule must be among the issues.
    expect(failure(facts).issues).toContainEqual(expect.objectContaining({ entity: 'session "cloud-agnostic-ml-on-kubernetes"', field: 'end', message: expect.stringMatching(/ends too late \(2022-07-20T01:00\)/) }))
  })

  it('a late session that runs past midnight into the small hours is accepted', () => {
    const facts = clone()
    Object.assign(session(facts, 'cloud-agnostic-ml-on-kubernetes'), { start: '2022-07-18T23:30', end: '2022-07-19T00:30' })
    const late = loadEventData(facts).sessions.find(item => item.id === 'cloud-agnostic-ml-on-kubernetes')
    expect(late?.end).toBe('2022-07-19T00:30')
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
    // A line per issue, each whole: the file, the entity and the field.
    const lines = error.message.split('\n')
    expect(lines).toHaveLength(5)
    expect(lines.every(line => /^data\/event\.ts: \w[\w ]* "[a-z0-9-]+", field "[\w.]+": /.test(line))).toBe(true)
    expect(lines).toContain('data/event.ts: session "runinference", field "roomId": room "room-999" does not exist')
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
    expect(error.message).toContain('data/event.ts: event "beam-summit-2022", field "website": links must use https')
  })
})

describe('times and dates that do not exist', () => {
  it('an hour past 23 (T25:15 would be 01:15 the next day)', () => {
    const facts = clone()
    session(facts, 'runinference').start = '2022-07-18T25:15'
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'start', message: /25:15 is not a time of day \(00:00 to 23:59\)/ })
  })

  it('a minute past 59 (T17:99 would make an 84-minute session)', () => {
    const facts = clone()
    session(facts, 'cloud-agnostic-ml-on-kubernetes').end = '2022-07-18T17:99'
    expectOnly(failure(facts), { entity: 'session "cloud-agnostic-ml-on-kubernetes"', field: 'end', message: /17:99 is not a time of day/ })
  })

  it('June 31st', () => {
    const facts = clone()
    facts.editions[indexOf(facts.editions, 'berlin-2019')].endDate = '2019-06-31'
    expectOnly(failure(facts), { entity: 'edition "berlin-2019"', field: 'endDate', message: /^2019-06-31 is not a day of the calendar$/ })
  })

  it('July 32nd as the event\'s end (15 event days otherwise)', () => {
    const facts = clone()
    facts.event.endDate = '2022-07-32'
    expectOnly(failure(facts), { entity: 'event "beam-summit-2022"', field: 'endDate', message: /2022-07-32 is not a day of the calendar/ })
  })

  it('February 29th only in a leap year', () => {
    const facts = clone()
    Object.assign(facts.editions[indexOf(facts.editions, 'london-2018')], { startDate: '2018-02-28', endDate: '2018-02-29' })
    expectOnly(failure(facts), { entity: 'edition "london-2018"', field: 'endDate', message: /2018-02-29 is not a day/ })
    Object.assign(facts.editions[indexOf(facts.editions, 'london-2018')], { year: 2020, startDate: '2020-02-28', endDate: '2020-02-29' })
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it('a day that does not exist inside a session part', () => {
    const facts = clone()
    session(facts, 'spanner-change-streams').parts[0].end = '2022-07-18T17:60'
    expectOnly(failure(facts), { entity: 'session "spanner-change-streams"', field: 'parts.0.end', message: /17:60 is not a time of day/ })
  })
})

describe('time zones that are not IANA zone names', () => {
  it('an invented zone ("America/Austin")', () => {
    const facts = clone()
    facts.event.timeZone = 'America/Austin'
    expectOnly(failure(facts), { entity: 'event "beam-summit-2022"', field: 'timeZone', message: /"America\/Austin" is not an IANA time zone name/ })
  })

  it('an abbreviation ("CST"), with the zone meant', () => {
    const facts = clone()
    facts.event.timeZone = 'CST'
    expectOnly(failure(facts), { entity: 'event "beam-summit-2022"', field: 'timeZone', message: /"CST" is not an IANA time zone name \(did you mean "America\/Chicago"\?\)/ })
  })

  it('a zone in the wrong case', () => {
    const facts = clone()
    facts.event.timeZone = 'america/chicago'
    expectOnly(failure(facts), { entity: 'event "beam-summit-2022"', field: 'timeZone', message: /did you mean "America\/Chicago"/ })
  })

  it.each(['America/Chicago', 'America/Indianapolis', 'UTC', 'Europe/Berlin'])('accepts %s', (timeZone) => {
    const facts = clone()
    facts.event.timeZone = timeZone
    expect(loadEventData(facts).event.timeZone).toBe(timeZone)
  })
})

describe('conflicts between entities', () => {
  it('a break overlapping a session in the same room', () => {
    const facts = clone()
    // Coffee in 202 while runinference (12:00-12:25) is on there.
    facts.breaks.push({ id: 'coffee-202', title: 'Coffee', kind: 'break', start: '2022-07-18T12:10', end: '2022-07-18T12:40', roomId: 'room-202' })
    const error = failure(facts)
    expect(error.issues).toContainEqual({ entity: 'break "coffee-202"', field: 'start', message: 'overlaps session "runinference" in room "room-202" (2022-07-18T12:00 to 2022-07-18T12:25)' })
  })

  it('a session starting in a room during a break there', () => {
    const facts = clone()
    facts.breaks.push({ id: 'coffee-202', title: 'Coffee', kind: 'break', start: '2022-07-18T12:25', end: '2022-07-18T12:35', roomId: 'room-202' })
    expectOnly(failure(facts), { entity: 'session "speeding-up-development-adobe"', field: 'start', message: /overlaps break "coffee-202" in room "room-202"/ })
  })

  it('two breaks overlapping in the same room', () => {
    const facts = clone()
    facts.breaks.push({ id: 'late-lunch', title: 'Late lunch', kind: 'meal', start: '2022-07-18T13:30', end: '2022-07-18T14:00', roomId: 'tejas-dining-room' })
    expectOnly(failure(facts), { entity: 'break "late-lunch"', field: 'start', message: /overlaps break "lunch-monday" in room "tejas-dining-room" \(2022-07-18T13:00 to 2022-07-18T14:00\)/ })
  })

  it('breaks without a room and breaks back to back do not conflict', () => {
    const facts = clone()
    facts.breaks.push({ id: 'coffee', title: 'Coffee', kind: 'break', start: '2022-07-18T12:10', end: '2022-07-18T12:40' })
    facts.breaks.push({ id: 'dessert', title: 'Dessert', kind: 'meal', start: '2022-07-18T14:00', end: '2022-07-18T14:30', roomId: 'tejas-dining-room' })
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it('one speaker in two rooms at the same time', () => {
    const facts = clone()
    // runinference (202, 12:00-12:25) gets a second speaker who is on stage in 203 then.
    session(facts, 'runinference').speakerIds.push('paul-balm')
    expectOnly(failure(facts), {
      entity: 'session "runinference"',
      field: 'speakerIds.1',
      message: /speaker "paul-balm" is also in session "houston-apollo-principles" in room "room-203" at that time \(2022-07-18T12:00 to 2022-07-18T12:50\)/,
    })
  })

  it('one speaker in back-to-back sessions in two rooms is fine', () => {
    const facts = clone()
    // robert-burke: 202 on Monday 14:00-14:25; speeding-up-development-adobe is 12:30-12:55.
    session(facts, 'speeding-up-development-adobe').speakerIds.push('robert-burke')
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it('the same speaker twice in one session', () => {
    const facts = clone()
    session(facts, 'vega-mlops-credit-karma').speakerIds.push('debasish-das')
    expectOnly(failure(facts), { entity: 'session "vega-mlops-credit-karma"', field: 'speakerIds.3', message: /^"debasish-das" is listed twice \(also speakerIds\.0\)$/ })
  })

  it('the same organizer twice', () => {
    const facts = clone()
    facts.organizerIds.push('pablo-estrada')
    expectOnly(failure(facts), { entity: 'organizers', field: 'organizerIds.2', message: /"pablo-estrada" is listed twice \(also organizerIds\.0\)/ })
  })

  it('the current edition\'s dates differ from the event\'s', () => {
    const facts = clone()
    facts.editions[indexOf(facts.editions, 'austin-2022')].endDate = '2022-07-21'
    expectOnly(failure(facts), { entity: 'edition "austin-2022"', field: 'endDate', message: /2022-07-21 differs from the event's endDate \(2022-07-20\)/ })
  })

  it('an edition whose year differs from its dates', () => {
    const facts = clone()
    facts.editions[indexOf(facts.editions, 'berlin-2019')].year = 2018
    expectOnly(failure(facts), { entity: 'edition "berlin-2019"', field: 'year', message: /2018 is not the year of its dates \(2019-06-19 to 2019-06-20\)/ })
  })
})

describe('text that is not really text', () => {
  it('a name made only of a zero-width space', () => {
    const facts = clone()
    facts.people[indexOf(facts.people, 'andy-ye')].name = '\u200B'
    expectOnly(failure(facts), { entity: 'person "andy-ye"', field: 'name', message: /must contain a visible character/ })
  })

  it('a title of 2,000 characters', () => {
    const facts = clone()
    session(facts, 'runinference').title = 'A'.repeat(2000)
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'title', message: /must be at most 200 characters \(has 2000\)/ })
  })

  it('a name over 100 characters', () => {
    const facts = clone()
    facts.rooms[indexOf(facts.rooms, 'room-203')].name = 'Room '.repeat(21)
    expectOnly(failure(facts), { entity: 'room "room-203"', field: 'name', message: /must be at most 100 characters/ })
  })

  it('a title at the limit, counted in characters rather than UTF-16 units', () => {
    const facts = clone()
    session(facts, 'runinference').title = '🚀'.repeat(200)
    expect(() => loadEventData(facts)).not.toThrow()
  })

  it.each([['NUL', '\u0000', 'U+0000'], ['BEL', '\u0007', 'U+0007'], ['ESC', '\u001B', 'U+001B'], ['a line break', '\n', 'U+000A'], ['a right-to-left override', '\u202E', 'U+202E']])('%s in a title', (_name, char, codePoint) => {
    const facts = clone()
    session(facts, 'runinference').title = `RunInference${char}: Machine Learning`
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'title', message: new RegExp(`must not contain control characters \\(has ${codePoint.replace('+', '\\+')}\\)`) })
  })

  it('a control character in a social event\'s place, and in a link\'s label', () => {
    const facts = clone()
    facts.socialEvents[indexOf(facts.socialEvents, 'reception')].place = 'Courtyard\u0007'
    facts.links.survey.label = 'Survey\u0000'
    const error = failure(facts)
    expect(error.issues.map(issue => `${issue.entity} ${issue.field}`).sort()).toEqual(['links survey.label', 'social event "reception" place'])
  })

  it('a description keeps its line breaks, but not other control characters', () => {
    const facts = clone()
    session(facts, 'runinference').description = 'First paragraph.\n\nSecond paragraph.'
    expect(() => loadEventData(facts)).not.toThrow()
    session(facts, 'runinference').description = 'Tab\tseparated'
    expectOnly(failure(facts), { entity: 'session "runinference"', field: 'description', message: /U\+0009/ })
  })
})
