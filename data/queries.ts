import type { Break, EventData, Organisation, Person, Room, Session, SocialEvent, Sponsor, SponsorTier } from './schema'
import { clockOf, dateOf, datesBetween, type LocalDate, type LocalDateTime, longDateOf, minutesBetween, toInstant, toLocal, weekdayOf } from './time'

/** A block of a day's schedule that is not a session: a meal, a break or a social event. */
export interface ScheduleBreak {
  id: string
  title: string
  start: LocalDateTime
  /** Open-ended evenings have none. */
  end?: LocalDateTime
  place?: string
}

/** One block a session occupies in its room: the whole session, or one of its explicit parts. */
export interface SessionSlot {
  session: Session
  start: LocalDateTime
  end: LocalDateTime
  /** 0 for the first (or only) part. */
  partIndex: number
}

export interface EventDay {
  date: LocalDate
  weekday: string
  /** "Monday, July 18" */
  label: string
}

export type NowNextStatus = 'not-an-event-day' | 'before-day' | 'in-session' | 'between-sessions' | 'day-over'

export interface NowNext {
  /** The instant, as a wall-clock time in the event's time zone. */
  at: LocalDateTime
  status: NowNextStatus
  now: Session[]
  /** The sessions that start next on the same day, all at the same time. */
  next: Session[]
  /** The rest of the day after `next`. */
  later: Session[]
  /** The break or social event under way, if any. */
  currentBreak?: ScheduleBreak
}

export interface TierWithSponsors {
  tier: SponsorTier
  sponsors: Sponsor[]
}

export class UnknownEntityError extends Error {
  constructor(kind: string, id: string, known: readonly string[]) {
    super(`Unknown ${kind} "${id}". Known ${kind} ids: ${known.join(', ')}`)
    this.name = 'UnknownEntityError'
  }
}

function byStart<T extends { start: LocalDateTime }>(a: T, b: T): number {
  return a.start.localeCompare(b.start)
}

/** Every question a deck or component asks of the event, answered from one validated data set. */
export function createEventQueries(data: EventData) {
  const { event } = data
  const index = <T extends { id: string }>(items: readonly T[]) => new Map(items.map(item => [item.id, item]))
  const sessionsById = index(data.sessions)
  const peopleById = index(data.people)
  const roomsById = index(data.rooms)
  const sessionsInOrder = [...data.sessions].sort(byStart)

  function lookup<T>(map: Map<string, T>, kind: string, id: string): T {
    const found = map.get(id)
    if (!found) throw new UnknownEntityError(kind, id, [...map.keys()])
    return found
  }

  const sessionById = (id: string): Session => lookup(sessionsById, 'session', id)
  const personById = (id: string): Person => lookup(peopleById, 'person', id)
  const roomById = (id: string): Room => lookup(roomsById, 'room', id)
  const sessionsOn = (date: LocalDate): Session[] => sessionsInOrder.filter(session => dateOf(session.start) === date)

  function breaksOn(date: LocalDate): ScheduleBreak[] {
    const meals = data.breaks.filter(item => dateOf(item.start) === date)
      .map((item: Break) => ({ id: item.id, title: item.title, start: item.start, end: item.end, place: item.roomId ? roomById(item.roomId).name : undefined }))
    const socials = data.socialEvents.filter(item => dateOf(item.start) === date)
      .map((item: SocialEvent) => ({ id: item.id, title: item.title, start: item.start, end: item.end, place: item.place }))
    return [...meals, ...socials].sort(byStart)
  }

  function slotsOf(session: Session): SessionSlot[] {
    const parts = session.parts ?? [{ start: session.start, end: session.end }]
    return parts.map((part, partIndex) => ({ session, start: part.start, end: part.end, partIndex }))
  }

  function nowNext(instant: Date, options: { roomId?: string } = {}): NowNext {
    const at = toLocal(instant, event.timeZone)
    const day = dateOf(at)
    const sessions = sessionsOn(day).filter(session => !options.roomId || session.roomId === options.roomId)
    const now = sessions.filter(session => session.start <= at && at < session.end)
    const upcoming = sessions.filter(session => session.start > at)
    const nextStart = upcoming[0]?.start
    const next = upcoming.filter(session => session.start === nextStart)
    const later = upcoming.filter(session => session.start !== nextStart)
    const currentBreak = breaksOn(day).find(item => item.start <= at && (item.end === undefined || at < item.end))
    const isEventDay = day >= event.startDate && day <= event.endDate
    const status: NowNextStatus = !isEventDay
      ? 'not-an-event-day'
      : now.length > 0
        ? 'in-session'
        : upcoming.length === 0
          ? 'day-over'
          : sessions.some(session => session.start <= at) ? 'between-sessions' : 'before-day'
    return { at, status, now, next, later, currentBreak }
  }

  return {
    event,
    venue: () => data.venue,
    eventDays: (): EventDay[] => datesBetween(event.startDate, event.endDate)
      .map(date => ({ date, weekday: weekdayOf(date), label: longDateOf(date) })),
    editions: () => [...data.editions].sort((a, b) => a.startDate.localeCompare(b.startDate)),
    organizers: (): Person[] => data.organizerIds.map(personById),
    sessionById,
    hasSession: (id: string): boolean => sessionsById.has(id),
    allSessions: (): Session[] => sessionsInOrder,
    sessionIds: (): string[] => sessionsInOrder.map(session => session.id),
    personById,
    roomById,
    sessionsOn,
    sessionsInRoom: (roomId: string, date?: LocalDate): Session[] => sessionsInOrder
      .filter(session => session.roomId === roomId && (!date || dateOf(session.start) === date)),
    /** The rooms that hold sessions on that day, in the order the data lists them. */
    roomsOn: (date: LocalDate): Room[] => {
      const used = new Set(sessionsOn(date).map(session => session.roomId))
      return data.rooms.filter(room => used.has(room.id))
    },
    slotsOf,
    slotsOn: (date: LocalDate): SessionSlot[] => sessionsOn(date).flatMap(slotsOf),
    breaksOn,
    keynotes: (date?: LocalDate): Session[] => sessionsInOrder
      .filter(session => session.kind === 'keynote' && (!date || dateOf(session.start) === date)),
    speakersOf: (session: Session | string): Person[] =>
      (typeof session === 'string' ? sessionById(session) : session).speakerIds.map(personById),
    /** Everyone who speaks at the event, each once, by name. */
    allSpeakers: (): Person[] => {
      const ids = new Set(sessionsInOrder.flatMap(session => session.speakerIds))
      return [...ids].map(personById).sort((a, b) => a.name.localeCompare(b.name))
    },
    durationMinutes: (session: Session): number => minutesBetween(session.start, session.end),
    startInstant: (session: Session): Date => toInstant(session.start, event.timeZone),
    endInstant: (session: Session): Date => toInstant(session.end, event.timeZone),
    /** Tiers in their data order, each with its sponsors; tiers without sponsors are left out. */
    sponsorsByTier: (): TierWithSponsors[] => data.sponsorTiers
      .map(tier => ({ tier, sponsors: data.sponsors.filter(sponsor => sponsor.tierId === tier.id) }))
      .filter(group => group.sponsors.length > 0),
    partners: (): Organisation[] => data.partners,
    socialEvent: (id: string): SocialEvent => lookup(index(data.socialEvents), 'social event', id),
    breakById: (id: string): Break => lookup(index(data.breaks), 'break', id),
    links: () => data.links,
    logistics: () => data.logistics,
    nowNext,
    /** "Today", "Tomorrow" or the weekday, seen from `reference` (a date in the event's calendar). */
    dayLabel: (date: LocalDate, reference?: LocalDate): string => {
      if (reference === date) return 'Today'
      if (reference && datesBetween(reference, date).length === 2) return 'Tomorrow'
      return weekdayOf(date)
    },
    clockOf,
    toLocal: (instant: Date): LocalDateTime => toLocal(instant, event.timeZone),
    toInstant: (local: LocalDateTime): Date => toInstant(local, event.timeZone),
  }
}

export type EventQueries = ReturnType<typeof createEventQueries>
