// Property tests of the event data rules (data/schema.ts, data/validate.ts) with fast-check:
// generated valid events (1-3 days, 1-4 rooms, sessions that never overlap in a room, speakers
// who exist and are in one room at a time) are accepted; one generated mistake in one field of
// one entity is refused, in one line naming that entity and that field.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type DataIssue, EventDataError, type EventData, loadEventData, TEXT_LIMITS } from '../../data/index.ts'

// 100 valid events; 200 mistakes, as there are some 70 kinds of field to corrupt (a few seconds in all).
const RUNS = { numRuns: 100 }
const pad = (value: number) => String(value).padStart(2, '0')
const HOURS = [9, 10, 11, 12, 13, 14, 15, 16] // one session or break per room and hour, so a room holds one thing at a time

/** Text a person would write, markup-looking characters included (they are text too). */
const line = fc.stringMatching(/^[A-Za-z0-9À-ÿ][\w À-ÿ,.'&:()<>{}"!?-]{0,40}$/)
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map(lines => lines.join('\n'))
const url = fc.stringMatching(/^https:\/\/[a-z]{1,10}\.example\/[a-z0-9-]{0,20}$/)
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })
const ZONES = ['America/Chicago', 'Europe/Madrid', 'Australia/Sydney', 'Asia/Tokyo', 'UTC'] as const

function dayAfter(first: number, days: number): string {
  return new Date(first + days * 86_400_000).toISOString().slice(0, 10)
}

/** A valid event: every rule of the schema and of integrityIssues holds. */
const validEvent: fc.Arbitrary<EventData> = fc.record({
  firstDay: fc.integer({ min: 0, max: 12_000 }).map(days => Date.UTC(2000, 0, 1) + days * 86_400_000),
  days: fc.integer({ min: 1, max: 3 }),
  rooms: fc.integer({ min: 1, max: 4 }),
  people: fc.integer({ min: 1, max: 6 }),
}).chain(({ firstDay, days, rooms, people }) => {
  const dates = Array.from({ length: days }, (_, index) => dayAfter(firstDay, index))
  const year = Number(dates[0]!.slice(0, 4))
  const cells = dates.flatMap(date => HOURS.flatMap(hour => Array.from({ length: rooms }, (_, room) => ({ date, hour, room }))))
  const personIndex = fc.integer({ min: 0, max: people - 1 })
  return fc.record({
    name: line,
    timeZone: fc.constantFrom(...ZONES),
    rooms: fc.array(fc.record({ name: line, alias: optional(line), kind: fc.constantFrom('session', 'remote', 'dining', 'outdoor') }), { minLength: rooms, maxLength: rooms }),
    people: fc.array(fc.record({ name: line, role: optional(line), company: optional(line), handle: optional(fc.stringMatching(/^@\w{1,15}$/)) }), { minLength: people, maxLength: people }),
    cells: fc.shuffledSubarray(cells, { minLength: 1, maxLength: Math.min(10, cells.length) }),
    sessions: fc.array(fc.record({
      title: line,
      minutes: fc.integer({ min: 10, max: 60 }),
      speakers: fc.uniqueArray(personIndex, { maxLength: 3 }),
      kind: fc.constantFrom('welcome', 'keynote', 'talk', 'workshop'),
      description: optional(paragraph),
    }), { minLength: 10, maxLength: 10 }),
    sessionCount: fc.integer({ min: 1, max: 8 }),
    breaks: fc.array(fc.record({ title: line, kind: fc.constantFrom('meal', 'break'), inRoom: fc.boolean() }), { maxLength: 2 }),
    socialEvents: fc.array(fc.record({ title: line, day: fc.integer({ min: 0, max: days - 1 }), place: line, offer: optional(line), ends: fc.boolean(), directionsUrl: optional(url) }), { maxLength: 2 }),
    tiers: fc.array(line, { minLength: 1, maxLength: 2 }),
    sponsors: fc.array(fc.record({ name: line, tier: fc.nat(), logo: optional(fc.stringMatching(/^[a-z]{1,8}\.(svg|png|webp)$/)), url: optional(url) }), { maxLength: 3 }),
    partners: fc.array(fc.record({ name: line, url: optional(url) }), { maxLength: 2 }),
    organizers: fc.uniqueArray(personIndex, { minLength: 1, maxLength: 3 }),
    pastEdition: fc.boolean(),
    links: fc.tuple(line, url, optional(paragraph)),
    logistics: fc.array(line, { minLength: 6, maxLength: 6 }),
  }).map((facts): EventData => {
    const sessionCells = facts.cells.slice(0, Math.min(facts.sessionCount, facts.cells.length))
    const breakCells = facts.cells.slice(sessionCells.length)
    const busy = new Map<string, Set<number>>() // speakers already speaking in a date and hour
    const sessions = sessionCells.map((cell, index) => {
      const session = facts.sessions[index]!
      const taken = busy.get(`${cell.date}T${cell.hour}`) ?? new Set<number>()
      const speakers = session.speakers.filter(speaker => !taken.has(speaker))
      for (const speaker of speakers) taken.add(speaker)
      busy.set(`${cell.date}T${cell.hour}`, taken)
      const end = session.minutes === 60 ? `${pad(cell.hour + 1)}:00` : `${pad(cell.hour)}:${pad(session.minutes)}`
      return {
        id: `session-${index}`, title: session.title, speakerIds: speakers.map(speaker => `person-${speaker}`), roomId: `room-${cell.room}`,
        start: `${cell.date}T${pad(cell.hour)}:00`, end: `${cell.date}T${end}`, kind: session.kind, description: session.description,
      }
    })
    const breaks = facts.breaks.slice(0, breakCells.length).map((item, index) => ({
      id: `break-${index}`, title: item.title, kind: item.kind, start: `${breakCells[index]!.date}T${pad(breakCells[index]!.hour)}:00`,
      end: `${breakCells[index]!.date}T${pad(breakCells[index]!.hour)}:30`, roomId: item.inRoom ? `room-${breakCells[index]!.room}` : undefined,
    }))
    const edition = `${facts.name} ${year}`
    return {
      event: {
        id: 'the-event', name: facts.name, edition, city: facts.name, region: facts.name, country: facts.name,
        startDate: dates[0]!, endDate: dates.at(-1)!, timeZone: facts.timeZone, venueId: 'the-venue',
        hashtag: '#event', format: 'in person', website: 'https://event.example/',
      },
      venue: { id: 'the-venue', name: facts.name, city: facts.name },
      rooms: facts.rooms.map((room, index) => ({ id: `room-${index}`, ...room })),
      editions: [
        { id: `edition-${year}`, name: edition, city: facts.name, year, startDate: dates[0]!, endDate: dates.at(-1)!, free: false },
        ...(facts.pastEdition ? [{ id: `edition-${year - 1}`, name: `${facts.name} ${year - 1}`, city: facts.name, year: year - 1, startDate: `${year - 1}-06-01`, endDate: `${year - 1}-06-02`, free: true }] : []),
      ],
      organizerIds: facts.organizers.map(index => `person-${index}`),
      people: facts.people.map((person, index) => ({ id: `person-${index}`, ...person })),
      sessions,
      breaks,
      socialEvents: facts.socialEvents.map((item, index) => ({
        id: `social-${index}`, title: item.title, start: `${dates[item.day]}T19:00`, end: item.ends ? `${dates[item.day]}T21:00` : undefined,
        place: item.place, offer: item.offer, directionsUrl: item.directionsUrl,
      })),
      sponsorTiers: facts.tiers.map((name, index) => ({ id: `tier-${index}`, name })),
      sponsors: facts.sponsors.map((sponsor, index) => ({ id: `sponsor-${index}`, name: sponsor.name, tierId: `tier-${sponsor.tier % facts.tiers.length}`, logo: sponsor.logo, url: sponsor.url })),
      partners: facts.partners.map((partner, index) => ({ id: `partner-${index}`, ...partner })),
      links: Object.fromEntries(['survey', 'jobs', 'website'].map(key => [key, { label: facts.links[0], url: facts.links[1], note: facts.links[2] }])) as EventData['links'],
      logistics: {
        lunchOptions: [facts.logistics[0]!], roomSigns: facts.logistics[1]!, restrooms: facts.logistics[2]!,
        whiteboards: facts.logistics[3]!, easelPads: facts.logistics[4]!, speakerReminders: [facts.logistics[5]!],
      },
    }
  })
})

/** One mistake: where it goes (a path into the data), what it is, and the entity and field the message must name. */
interface Corruption { path: (string | number)[], value: unknown, entity: string, field: string, what: string }

const textMistakes = (limit: number) => [
  { what: 'a number', value: 42 },
  { what: 'empty', value: '' },
  { what: 'only spaces', value: '   ' },
  { what: 'only a zero-width space', value: '\u200B' },
  { what: 'over its length', value: 'x'.repeat(limit + 1) },
  { what: 'a NUL', value: 'a\u0000b' },
  { what: 'a BEL', value: 'a\u0007b' },
]
const dateTimeMistakes = (date: string) => [
  { what: 'hour 25', value: `${date}T25:15` },
  { what: 'minute 99', value: `${date}T17:99` },
  { what: 'a day that does not exist', value: '2019-06-31T10:00' },
  { what: 'the 32nd', value: `${date.slice(0, 8)}32T10:00` },
  { what: 'not a time', value: 'tomorrow' },
  { what: 'a number', value: 1_658_102_400 },
]
const dateMistakes = (date: string) => [
  { what: 'a day that does not exist', value: '2019-06-31' },
  { what: 'the 32nd', value: `${date.slice(0, 8)}32` },
  { what: '30 February', value: `${date.slice(0, 4)}-02-30` },
  { what: 'a number', value: 20_220_718 },
]
const referenceMistakes = [
  { what: 'an unknown id', value: 'no-such-thing' },
  { what: 'not an id', value: 'Not An Id' },
  { what: 'a number', value: 7 },
]
const urlMistakes = [
  { what: 'a javascript: URL', value: 'javascript:alert(1)' },
  { what: 'http', value: 'http://event.example/' },
  { what: 'not a URL', value: 'event dot example' },
  { what: 'a number', value: 1 },
]
const TEXT_FIELDS = {
  event: { name: TEXT_LIMITS.name, edition: TEXT_LIMITS.name, city: TEXT_LIMITS.name, region: TEXT_LIMITS.name, country: TEXT_LIMITS.name, hashtag: TEXT_LIMITS.line, format: TEXT_LIMITS.line },
  venue: { name: TEXT_LIMITS.name, city: TEXT_LIMITS.name },
  rooms: { name: TEXT_LIMITS.name },
  editions: { name: TEXT_LIMITS.name, city: TEXT_LIMITS.name },
  people: { name: TEXT_LIMITS.name },
  sessions: { title: TEXT_LIMITS.title },
  breaks: { title: TEXT_LIMITS.title },
  socialEvents: { title: TEXT_LIMITS.title, place: TEXT_LIMITS.line },
  sponsorTiers: { name: TEXT_LIMITS.name },
  sponsors: { name: TEXT_LIMITS.name },
  partners: { name: TEXT_LIMITS.name },
} as const
const SINGULAR: Record<string, string> = {
  rooms: 'room', editions: 'edition', people: 'person', sessions: 'session', breaks: 'break',
  socialEvents: 'social event', sponsorTiers: 'sponsor tier', sponsors: 'sponsor', partners: 'partner',
}

/** Every single mistake that can be made in `data`, grouped by the kind of entity it is made in. */
function corruptionsOf(data: EventData): Corruption[][] {
  const groups: Corruption[][] = []
  const add = (group: Corruption[], path: (string | number)[], entity: string, field: string, mistakes: { what: string, value: unknown }[]) => {
    for (const mistake of mistakes) group.push({ path, entity, field, ...mistake })
  }
  for (const [collection, fields] of Object.entries(TEXT_FIELDS)) {
    const group: Corruption[] = []
    const items = (collection === 'event' || collection === 'venue' ? [data[collection]] : data[collection as keyof EventData]) as { id: string }[]
    items.forEach((item, index) => {
      const base = collection === 'event' || collection === 'venue' ? [collection] : [collection, index]
      const entity = collection === 'event' || collection === 'venue' ? `${collection} "${item.id}"` : `${SINGULAR[collection]} "${item.id}"`
      for (const [field, limit] of Object.entries(fields)) add(group, [...base, field], entity, field, textMistakes(limit))
      const spanned = item as { start?: string, end?: string }
      if (spanned.start) {
        add(group, [...base, 'start'], entity, 'start', dateTimeMistakes(spanned.start.slice(0, 10)))
        if (spanned.end) {
          add(group, [...base, 'end'], entity, 'end', [...dateTimeMistakes(spanned.end.slice(0, 10)), { what: 'its start', value: spanned.start }])
        }
      }
    })
    groups.push(group)
  }
  const event = `event "${data.event.id}"`
  groups.push([
    ...['startDate', 'endDate'].flatMap(field => dateMistakes(data.event.startDate).map(mistake => ({ path: ['event', field], entity: event, field, ...mistake }))),
    ...[{ what: 'an invented zone', value: 'America/Austin' }, { what: 'an abbreviation', value: 'CST' }, { what: 'a number', value: -6 }]
      .map(mistake => ({ path: ['event', 'timeZone'], entity: event, field: 'timeZone', ...mistake })),
    ...urlMistakes.map(mistake => ({ path: ['event', 'website'], entity: event, field: 'website', ...mistake })),
    ...referenceMistakes.map(mistake => ({ path: ['event', 'venueId'], entity: event, field: 'venueId', ...mistake })),
  ])
  const references: Corruption[] = []
  data.sessions.forEach((session, index) => {
    const entity = `session "${session.id}"`
    add(references, ['sessions', index, 'roomId'], entity, 'roomId', referenceMistakes)
    add(references, ['sessions', index, 'kind'], entity, 'kind', [{ what: 'an unknown kind', value: 'party' }])
    add(references, ['sessions', index, 'description'], entity, 'description', textMistakes(TEXT_LIMITS.paragraph))
    session.speakerIds.forEach((_, speaker) => add(references, ['sessions', index, 'speakerIds', speaker], entity, `speakerIds.${speaker}`, referenceMistakes))
    if (session.speakerIds.length > 0) {
      const field = `speakerIds.${session.speakerIds.length}`
      references.push({ path: ['sessions', index, 'speakerIds', session.speakerIds.length], entity, field, what: 'a speaker twice', value: session.speakerIds[0] })
    }
  })
  data.breaks.forEach((item, index) => {
    if (item.roomId) add(references, ['breaks', index, 'roomId'], `break "${item.id}"`, 'roomId', referenceMistakes)
  })
  data.sponsors.forEach((sponsor, index) => {
    add(references, ['sponsors', index, 'tierId'], `sponsor "${sponsor.id}"`, 'tierId', referenceMistakes)
    add(references, ['sponsors', index, 'url'], `sponsor "${sponsor.id}"`, 'url', urlMistakes)
    add(references, ['sponsors', index, 'logo'], `sponsor "${sponsor.id}"`, 'logo', [{ what: 'not an image file', value: 'logo.exe' }])
  })
  data.people.forEach((person, index) => {
    add(references, ['people', index, 'handle'], `person "${person.id}"`, 'handle', [{ what: 'no @', value: 'name' }])
  })
  data.organizerIds.forEach((_, index) => add(references, ['organizerIds', index], 'organizers', `organizerIds.${index}`, [{ what: 'an unknown person', value: 'no-such-person' }, { what: 'a number', value: 3 }]))
  references.push({ path: ['organizerIds', data.organizerIds.length], entity: 'organizers', field: `organizerIds.${data.organizerIds.length}`, what: 'an organizer twice', value: data.organizerIds[0] })
  data.editions.forEach((edition, index) => {
    const entity = `edition "${edition.id}"`
    add(references, ['editions', index, 'year'], entity, 'year', [{ what: 'another year than its dates', value: edition.year + 1 }, { what: 'a string', value: String(edition.year) }])
    add(references, ['editions', index, 'startDate'], entity, 'startDate', dateMistakes(edition.startDate))
    add(references, ['editions', index, 'free'], entity, 'free', [{ what: 'a string', value: 'yes' }])
  })
  // The current edition (the first) on other dates than the event's.
  add(references, ['editions', 0, 'endDate'], `edition "${data.editions[0]!.id}"`, 'endDate', [{ what: 'not the event\'s end', value: dayAfter(Date.parse(data.event.endDate), 1) }])
  groups.push(references)
  groups.push([
    ...(['survey', 'jobs', 'website'] as const).flatMap(key => [
      ...textMistakes(TEXT_LIMITS.title).map(mistake => ({ path: ['links', key, 'label'], entity: 'links', field: `${key}.label`, ...mistake })),
      ...urlMistakes.map(mistake => ({ path: ['links', key, 'url'], entity: 'links', field: `${key}.url`, ...mistake })),
    ]),
    ...textMistakes(TEXT_LIMITS.line).map(mistake => ({ path: ['logistics', 'roomSigns'], entity: 'logistics', field: 'roomSigns', ...mistake })),
    ...textMistakes(TEXT_LIMITS.line).map(mistake => ({ path: ['logistics', 'lunchOptions', 0], entity: 'logistics', field: 'lunchOptions.0', ...mistake })),
  ])
  return groups.filter(group => group.length > 0)
}

function corrupted(data: EventData, { path, value }: Corruption): unknown {
  const copy = structuredClone(data) as unknown as Record<string | number, unknown>
  let at = copy
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>
  at[path.at(-1)!] = value
  return copy
}

function issuesOf(raw: unknown): DataIssue[] | undefined {
  try {
    loadEventData(raw, 'data/event.ts')
    return undefined
  } catch (error) {
    if (!(error instanceof EventDataError)) throw error
    return error.issues
  }
}

/**
 * A valid event and one mistake in it: the kind of entity and the field first (`session` /
 * `speakerIds.#`), then the entity and the mistake, so that each field comes up often.
 */
const eventWithOneMistake = validEvent.chain((data) => {
  const byField = new Map<string, Corruption[]>()
  for (const corruption of corruptionsOf(data).flat()) {
    const key = `${corruption.entity.split(' "')[0]} ${corruption.field.replace(/\d+/g, '#')}`
    byField.set(key, [...(byField.get(key) ?? []), corruption])
  }
  return fc.constantFrom(...byField.values()).chain(group => fc.constantFrom(...group)).map(corruption => ({ data, corruption }))
})

describe('event data, generated', () => {
  it('a valid event is accepted as it is', () => {
    fc.assert(fc.property(validEvent, (data) => {
      expect(issuesOf(data)).toBeUndefined()
      expect(loadEventData(data).sessions.map(session => session.id)).toEqual(data.sessions.map(session => session.id))
    }), RUNS)
  }, 30_000)

  it('one mistake in one field of one entity is refused, in lines naming that file, entity and field only', () => {
    fc.assert(fc.property(eventWithOneMistake, ({ data, corruption }) => {
      const issues = issuesOf(corrupted(data, corruption))
      expect(issues, `${corruption.what} in ${corruption.entity}, ${corruption.field} was accepted`).toBeDefined()
      expect(issues!.map(issue => [issue.entity, issue.field]), corruption.what).toEqual(issues!.map(() => [corruption.entity, corruption.field]))
      const lines = new EventDataError('data/event.ts', issues!).message.split('\n')
      for (const text of lines) expect(text).toMatch(/^data\/event\.ts: .+, field ".+": \S/)
      expect(lines[0]!.startsWith(`data/event.ts: ${corruption.entity}, field "${corruption.field}": `)).toBe(true)
    }), { numRuns: 200 })
  }, 30_000)
})
