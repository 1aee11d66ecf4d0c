import { type EventData, eventDataSchema } from './schema.ts'
import { clockOf, DAY_RUNS_UNTIL, dateOf, type LocalDateTime, nextDateOf } from './time.ts'


export interface DataIssue {
  /** The entity at fault, e.g. `session "runinference"`. */
  entity: string
  field: string
  message: string
}

/** The file an issue is in: one name, or a function when the facts come from several files (data/event.ts and data/programme.ts). */
export type IssueSource = string | ((issue: DataIssue) => string)

export class EventDataError extends Error {
  readonly source: string
  constructor(source: IssueSource, readonly issues: DataIssue[]) {
    // One line per issue, each naming the file, the entity and the field, so any one line says it all.
    const fileOf = typeof source === 'string' ? () => source : source
    super(issues.map(issue => `${fileOf(issue)}: ${formatIssue(issue)}`).join('\n'))
    this.source = [...new Set(issues.map(fileOf))].join(', ')
    this.name = 'EventDataError'
  }
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.entity}, field "${issue.field}": ${issue.message}`
}

/** Singular names of the collections, so an error reads `session "x"` rather than `sessions[3]`. */
const entityNames: Record<string, string> = {
  rooms: 'room', editions: 'edition', people: 'person', sessions: 'session', breaks: 'break',
  socialEvents: 'social event', sponsorTiers: 'sponsor tier', sponsors: 'sponsor', partners: 'partner',
}

function entityAt(raw: unknown, path: readonly PropertyKey[]): { entity: string, field: string } {
  const [collection, index, ...rest] = path.map(String)
  const items = (raw as Record<string, unknown> | null)?.[collection ?? '']
  if (collection && entityNames[collection] && Array.isArray(items) && index !== undefined) {
    const item = items[Number(index)] as { id?: unknown } | undefined
    const name = typeof item?.id === 'string' ? `"${item.id}"` : `#${index}`
    return { entity: `${entityNames[collection]} ${name}`, field: rest.join('.') || 'id' }
  }
  // The organizers' list reads as the integrity rules name it: organizers, field "organizerIds.2".
  if (collection === 'organizerIds' && index !== undefined) return { entity: 'organizers', field: ['organizerIds', index, ...rest].join('.') }
  // The event and the venue are single objects: named by their id when they have one.
  const single = (raw as Record<string, { id?: unknown } | undefined> | null)?.[collection ?? '']
  const named = (collection === 'event' || collection === 'venue') && typeof single?.id === 'string' ? `${collection} "${single.id}"` : undefined
  return { entity: named ?? collection ?? 'event data', field: [index, ...rest].filter(Boolean).join('.') || '(root)' }
}

/** Validates the shape with the schema, then the rules that span entities. Throws EventDataError. */
export function loadEventData(raw: unknown, source: IssueSource = 'data/event.ts'): EventData {
  const parsed = eventDataSchema.safeParse(raw)
  if (!parsed.success) {
    throw new EventDataError(source, parsed.error.issues.flatMap(issue => issue.code === 'unrecognized_keys'
      // Zod reports an unknown key at its parent object: name the key itself as the field, one issue per key.
      ? issue.keys.map(key => ({
          ...(issue.path.length > 0 ? entityAt(raw, [...issue.path, key]) : { entity: 'event data', field: key }),
          message: `unknown field "${key}"`,
        }))
      : [{ ...entityAt(raw, issue.path), message: issue.message }]))
  }
  const issues = integrityIssues(parsed.data)
  if (issues.length > 0) throw new EventDataError(source, issues)
  return parsed.data
}

interface Span { start: LocalDateTime, end: LocalDateTime }

export function integrityIssues(data: EventData): DataIssue[] {
  const issues: DataIssue[] = []
  const report = (entity: string, field: string, message: string) => issues.push({ entity, field, message })

  const collections = {
    rooms: data.rooms, editions: data.editions, people: data.people, sessions: data.sessions, breaks: data.breaks,
    socialEvents: data.socialEvents, sponsorTiers: data.sponsorTiers, sponsors: data.sponsors, partners: data.partners,
  }
  for (const [collection, items] of Object.entries(collections)) {
    const seen = new Set<string>()
    for (const item of items) {
      if (seen.has(item.id)) report(`${entityNames[collection]} "${item.id}"`, 'id', `duplicate id "${item.id}"`)
      seen.add(item.id)
    }
  }

  const roomIds = new Set(data.rooms.map(room => room.id))
  const personIds = new Set(data.people.map(person => person.id))
  const tierIds = new Set(data.sponsorTiers.map(tier => tier.id))
  const { event } = data

  if (event.venueId !== data.venue.id) report(`event "${event.id}"`, 'venueId', `venue "${event.venueId}" does not exist`)
  if (event.startDate > event.endDate) report(`event "${event.id}"`, 'endDate', `ends (${event.endDate}) before it starts (${event.startDate})`)
  data.organizerIds.forEach((personId, index) => {
    if (!personIds.has(personId)) report('organizers', `organizerIds.${index}`, `person "${personId}" does not exist`)
  })
  reportRepeats(data.organizerIds, 'organizerIds', (field, message) => report('organizers', field, message))
  // The edition being presented: named as the event's edition, else the one of the event's year.
  const eventYear = Number(event.startDate.slice(0, 4))
  const current = data.editions.find(edition => edition.name === event.edition) ?? data.editions.find(edition => edition.year === eventYear)
  for (const edition of data.editions) {
    const entity = `edition "${edition.id}"`
    if (edition.startDate > edition.endDate) report(entity, 'endDate', `ends (${edition.endDate}) before it starts (${edition.startDate})`)
    const year = Number(edition.startDate.slice(0, 4))
    if (edition.year !== year) report(entity, 'year', `${edition.year} is not the year of its dates (${edition.startDate} to ${edition.endDate})`)
    if (edition === current) {
      for (const field of ['startDate', 'endDate'] as const) {
        if (edition[field] !== event[field]) report(entity, field, `${edition[field]} differs from the event's ${field} (${event[field]}): this is the event's own edition`)
      }
    }
  }
  for (const sponsor of data.sponsors) {
    if (!tierIds.has(sponsor.tierId)) report(`sponsor "${sponsor.id}"`, 'tierId', `sponsor tier "${sponsor.tierId}" does not exist`)
  }

  const checkSpan = (entity: string, span: { start: LocalDateTime, end?: LocalDateTime }, prefix = '') => {
    const day = dateOf(span.start)
    if (day < event.startDate || day > event.endDate) {
      report(entity, `${prefix}start`, `${span.start} is outside the event's days (${event.startDate} to ${event.endDate})`)
    }
    if (span.end === undefined) return
    if (span.end <= span.start) report(entity, `${prefix}end`, `ends (${span.end}) at or before it starts (${span.start})`)
    else if (dateOf(span.end) !== day && (dateOf(span.end) !== nextDateOf(day) || clockOf(span.end) > DAY_RUNS_UNTIL)) {
      report(entity, `${prefix}end`, `ends too late (${span.end}) for its day (it starts ${span.start}): a span may run past midnight until ${DAY_RUNS_UNTIL} the next morning`)
    }
  }

  for (const session of data.sessions) {
    const entity = `session "${session.id}"`
    checkSpan(entity, session)
    if (!roomIds.has(session.roomId)) report(entity, 'roomId', `room "${session.roomId}" does not exist`)
    session.speakerIds.forEach((speakerId, index) => {
      if (!personIds.has(speakerId)) report(entity, `speakerIds.${index}`, `speaker "${speakerId}" does not exist`)
    })
    reportRepeats(session.speakerIds, 'speakerIds', (field, message) => report(entity, field, message))
    session.parts?.forEach((part, index) => {
      checkSpan(entity, part, `parts.${index}.`)
      const previous = session.parts?.[index - 1]
      const expectedStart = previous ? previous.end : session.start
      if (part.start !== expectedStart) report(entity, `parts.${index}.start`, `expected ${expectedStart}: parts must follow each other from the session's start`)
    })
    const lastPart = session.parts?.at(-1)
    if (lastPart && lastPart.end !== session.end) report(entity, `parts.${session.parts!.length - 1}.end`, `expected ${session.end}: the last part must end with the session`)
  }
  for (const item of data.breaks) {
    checkSpan(`break "${item.id}"`, item)
    if (item.roomId && !roomIds.has(item.roomId)) report(`break "${item.id}"`, 'roomId', `room "${item.roomId}" does not exist`)
  }
  for (const item of data.socialEvents) checkSpan(`social event "${item.id}"`, item)

  // One room holds one thing at a time: sessions, and breaks held in a room, never overlap there.
  const inRooms: Array<Span & { entity: string, id: string, roomId: string }> = [
    ...data.sessions.map(session => ({ ...session, entity: 'session' })),
    ...data.breaks.flatMap(item => item.roomId ? [{ ...item, roomId: item.roomId, entity: 'break' }] : []),
  ]
  for (const [earlier, later] of overlappingPairs(inRooms, item => [item.roomId])) {
    report(`${later.entity} "${later.id}"`, 'start', `overlaps ${earlier.entity} "${earlier.id}" in room "${earlier.roomId}" (${earlier.start} to ${earlier.end})`)
  }

  // A speaker is in one room at a time.
  for (const [earlier, later, speakerId] of overlappingPairs(data.sessions, session => session.speakerIds)) {
    // Two sessions in one room already overlap there; say it once.
    if (later.roomId === earlier.roomId) continue
    report(`session "${later.id}"`, `speakerIds.${later.speakerIds.indexOf(speakerId)}`, `speaker "${speakerId}" is also in session "${earlier.id}" in room "${earlier.roomId}" at that time (${earlier.start} to ${earlier.end})`)
  }
  return issues
}

/** An id listed twice in one list: reported at its second place. */
function reportRepeats(ids: readonly string[], field: string, report: (field: string, message: string) => void): void {
  ids.forEach((id, index) => {
    const first = ids.indexOf(id)
    if (first < index) report(`${field}.${index}`, `"${id}" is listed twice (also ${field}.${first})`)
  })
}

/**
 * Pairs of items that share a key (a room, a speaker) and overlap in time, the earlier first, with
 * that key. A key listed twice for one item counts once.
 */
function overlappingPairs<T extends Span>(items: readonly T[], keysOf: (item: T) => readonly string[]): Array<[T, T, string]> {
  const byKey = new Map<string, T[]>()
  for (const item of items) {
    for (const key of new Set(keysOf(item))) byKey.set(key, [...(byKey.get(key) ?? []), item])
  }
  const pairs: Array<[T, T, string]> = []
  for (const [key, group] of byKey) {
    const sorted = [...group].sort((a, b) => a.start.localeCompare(b.start))
    sorted.forEach((earlier, index) => {
      for (const later of sorted.slice(index + 1)) if (overlaps(earlier, later)) pairs.push([earlier, later, key])
    })
  }
  return pairs
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}
