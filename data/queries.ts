import type { Break, EventData, Organisation, Person, Room, Session, SocialEvent, Sponsor, SponsorTier } from './schema.ts'
import { clockOf, conferenceDayOf, dateOf, datesBetween, type LocalDate, type LocalDateTime, longDateOf, minutesBetween, plusMinutes, toInstant, toLocal, weekdayOf } from './time.ts'

/** A block of a day's schedule that is not a session: a meal, a break or a social event. */
export interface ScheduleBreak {
  id: string
  title: string
  start: LocalDateTime
  /** Open-ended evenings have none. */
  end?: LocalDateTime
  place?: string
  /** A meal or break of the programme, or a social event (the evening after it). */
  kind?: 'meal' | 'break' | 'social'
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

/** A stretch of a day's wall-clock time, [start, end). */
export interface TimeSpan {
  start: LocalDateTime
  end: LocalDateTime
}

/** What a schedule grid draws for a day or a window of it: no session or break is cut. */
export interface ScheduleView {
  date: LocalDate
  from: LocalDateTime
  to: LocalDateTime
  /** The rooms of the whole day, so that columns stay the same across windows. */
  rooms: Room[]
  /** Every block of the sessions in the window (a split session gives one per part). */
  slots: SessionSlot[]
  breaks: ScheduleBreak[]
}

/**
 * How long a social event or an open-ended item lasts on a schedule grid: social events are the
 * evening after the programme, drawn as a short closing block that prints its real times.
 */
export const SCHEDULE_SHORT_BLOCK_MINUTES = 15

/** The span an item occupies on a schedule grid (see SCHEDULE_SHORT_BLOCK_MINUTES). */
export function scheduleSpanOf(item: ScheduleBreak | TimeSpan): TimeSpan {
  const short = plusMinutes(item.start, SCHEDULE_SHORT_BLOCK_MINUTES)
  if (!item.end) return { start: item.start, end: short }
  if ('kind' in item && item.kind === 'social') return { start: item.start, end: item.end < short ? item.end : short }
  return { start: item.start, end: item.end }
}

/**
 * The times where a schedule may be cut into slides: every start or end of a span that falls
 * inside no span (so no session or break is ever split), in order.
 */
export function cutPointsOf(spans: readonly TimeSpan[]): LocalDateTime[] {
  const points = [...new Set(spans.flatMap(span => [span.start, span.end]))].sort()
  return points.filter(point => !spans.some(span => span.start < point && point < span.end))
}

/** "A", "A & B", "A, B & C": names as the programme lists them. */
export function joinList(items: readonly string[], lastSeparator = ' & '): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')}${lastSeparator}${items.at(-1)}`
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
      .map((item: Break): ScheduleBreak => ({ id: item.id, title: item.title, start: item.start, end: item.end, place: item.roomId ? roomById(item.roomId).name : undefined, kind: item.kind }))
    const socials = data.socialEvents.filter(item => dateOf(item.start) === date)
      .map((item: SocialEvent): ScheduleBreak => ({ id: item.id, title: item.title, start: item.start, end: item.end, place: item.place, kind: 'social' }))
    return [...meals, ...socials].sort(byStart)
  }

  function slotsOf(session: Session): SessionSlot[] {
    const parts = session.parts ?? [{ start: session.start, end: session.end }]
    return parts.map((part, partIndex) => ({ session, start: part.start, end: part.end, partIndex }))
  }

  /** Every span a schedule grid of the day draws: whole sessions, breaks and social events. */
  function scheduleSpansOn(date: LocalDate): TimeSpan[] {
    return [...sessionsOn(date).map(({ start, end }) => ({ start, end })), ...breaksOn(date).map(scheduleSpanOf)]
  }

  /**
   * What a schedule grid shows of a day, from `from` to `to` (default: the whole day). The range
   * widens until it cuts no session (whole sessions, with every part) nor break.
   */
  function scheduleView(date: LocalDate, range: { from?: LocalDateTime, to?: LocalDateTime } = {}): ScheduleView {
    const sessions = sessionsOn(date)
    const breaks = breaksOn(date)
    const spans = scheduleSpansOn(date)
    let from = range.from ?? spans.map(span => span.start).sort()[0] ?? `${date}T00:00`
    let to = range.to ?? spans.map(span => span.end).sort().at(-1) ?? `${date}T23:59`
    const overlapping = (span: TimeSpan) => span.start < to && from < span.end
    for (let widened = true; widened;) {
      widened = false
      for (const span of spans.filter(overlapping)) {
        if (span.start < from) { from = span.start; widened = true }
        if (span.end > to) { to = span.end; widened = true }
      }
    }
    return {
      date,
      from,
      to,
      rooms: roomsOn(date),
      slots: sessions.filter(overlapping).flatMap(slotsOf),
      breaks: breaks.filter(item => overlapping(scheduleSpanOf(item))),
    }
  }

  function roomsOn(date: LocalDate): Room[] {
    const used = new Set(sessionsOn(date).map(session => session.roomId))
    return data.rooms.filter(room => used.has(room.id))
  }

  function nowNext(instant: Date, options: { roomId?: string } = {}): NowNext {
    const at = toLocal(instant, event.timeZone)
    const day = conferenceDayOf(at)
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
    /** Every validated fact as typed, for code that must see all of them (the build's per-deck fingerprints). */
    facts: (): EventData => data,
    venue: () => data.venue,
    /** The event's wordmark outlines, when its data has them (data/brand.ts). */
    wordmark: () => data.brand?.wordmark,
    /** The event's illustration for the dark layouts, when its data has one (data/brand.ts). */
    coverArt: () => data.brand?.coverArt,
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
    roomsOn,
    slotsOf,
    slotsOn: (date: LocalDate): SessionSlot[] => sessionsOn(date).flatMap(slotsOf),
    breaksOn,
    scheduleView,
    keynotes: (date?: LocalDate): Session[] => sessionsInOrder
      .filter(session => session.kind === 'keynote' && (!date || dateOf(session.start) === date)),
    speakersOf: (session: Session | string): Person[] =>
      (typeof session === 'string' ? sessionById(session) : session).speakerIds.map(personById),
    /** Everyone who speaks at the event, each once, by name. */
    allSpeakers: (): Person[] => {
      const ids = new Set(sessionsInOrder.flatMap(session => session.speakerIds))
      return [...ids].map(personById).sort((a, b) => a.name.localeCompare(b.name))
    },
    /** Everyone who speaks on that day, each once, by name. */
    speakersOn: (date: LocalDate): Person[] => {
      const ids = new Set(sessionsOn(date).flatMap(session => session.speakerIds))
      return [...ids].map(personById).sort((a, b) => a.name.localeCompare(b.name))
    },
    /** "A, B & C": the speakers of a session by name, as the programme lists them. */
    speakerNames: (session: Session | string): string =>
      joinList((typeof session === 'string' ? sessionById(session) : session).speakerIds.map(id => personById(id).name)),
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
    /** "Today" or the weekday, seen from `reference` (a date in the event's calendar), as the 2022 decks said it. */
    dayLabel: (date: LocalDate, reference?: LocalDate): string => {
      if (reference === date) return 'Today'
      return weekdayOf(date)
    },
    clockOf,
    toLocal: (instant: Date): LocalDateTime => toLocal(instant, event.timeZone),
    toInstant: (local: LocalDateTime): Date => toInstant(local, event.timeZone),
  }
}

export type EventQueries = ReturnType<typeof createEventQueries>
