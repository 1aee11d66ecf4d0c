/**
 * What a room's sign says at an instant: the pure part of components/RoomSignage.vue (which adds
 * the address, the clock and the fitting of rows). `roomSign` is the now / next sign, `roomDayList`
 * the rest of the room's day as a list; both take the event's queries, so they are tested on any
 * event and any instant without a browser.
 */
import { roomName } from './labels.ts'
import type { EventQueries, ScheduleBreak } from './queries.ts'
import type { Room, Session } from './schema.ts'
import { clockOf, conferenceDayOf, dateOf, datesBetween, type LocalDate, type LocalDateTime, longDateOf, minutesBetween, weekdayOf } from './time.ts'

export type SignageState =
  | 'in-session' | 'on-break' | 'between-sessions' | 'before-day' | 'day-over'
  | 'no-sessions-today' | 'before-event' | 'after-event' | 'unknown-room'

/** The facts every sign reads, beside the room and the instant. */
function contextOf(facts: EventQueries) {
  return { days: facts.eventDays(), event: facts.event, website: facts.links().website }
}

const timeRange = (start: LocalDateTime, end?: LocalDateTime) => end ? `${clockOf(start)}–${clockOf(end)}` : `from ${clockOf(start)}`

/** "5 min", "1 h", "1 h 50 min". */
function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** "Lunch 13:00–14:00 · Tejas Dining Room" */
const breakLine = (item: ScheduleBreak) => `${item.title} ${timeRange(item.start, item.end)}${item.place ? ` · ${item.place}` : ''}`

export interface SessionView {
  id: string
  title: string
  time: string
  speakers: string
}

function sessionView(facts: EventQueries, session: Session): SessionView {
  return {
    id: session.id,
    title: session.title,
    time: timeRange(session.start, session.end),
    speakers: facts.speakerNames(session),
  }
}

/** The next event day (after `date`) with sessions in the room, and its sessions there. */
function nextDayInRoom(facts: EventQueries, id: string, date: LocalDate): { date: LocalDate, sessions: Session[] } | undefined {
  for (const day of facts.eventDays()) {
    if (day.date <= date) continue
    const sessions = facts.sessionsInRoom(id, day.date)
    if (sessions.length > 0) return { date: day.date, sessions }
  }
  return undefined
}

/** "Tomorrow", or the weekday and date. */
function dayName(today: LocalDate, date: LocalDate): string {
  return datesBetween(today, date).length === 2 ? 'Tomorrow' : longDateOf(date)
}

export interface Sign {
  state: SignageState
  /** Small line above the big one. */
  kicker?: { badge?: 'Now' | 'Next', text: string, extra?: string }
  /** The big line: a session title or a message. */
  headline: string
  /** Under the big line: speakers, a place, a hint. */
  sub?: string
  next?: { label: string, session: SessionView, extra?: string }
  /** Times of the sessions later today in the room, after `next`. */
  later: string[]
  /** A break or social event under way or coming up today (not the one in the headline). */
  breakInfo?: { now: boolean, text: string }
  /** A last line of information (tomorrow, other rooms). */
  note?: string
}

export function roomSign(facts: EventQueries, current: Room | undefined, at: LocalDateTime): Sign {
  if (!current) return { state: 'unknown-room', headline: 'Unknown room', later: [] }
  const { days, event, website } = contextOf(facts)
  const date = conferenceDayOf(at)
  const lastDay = days.at(-1)!.date
  const instant = facts.toInstant(at)
  const result = facts.nowNext(instant, { roomId: current.id })
  const breaks = facts.breaksOn(date)
  const upcomingBreak = breaks.find(item => item.start > at)
  const sessionsToday = facts.sessionsInRoom(current.id, date)

  if (date < event.startDate) {
    const first = nextDayInRoom(facts, current.id, date)
    const session = first?.sessions[0]
    return {
      state: 'before-event',
      kicker: { text: `${event.edition} · ${event.city}` },
      headline: `Starts ${longDateOf(event.startDate)}`,
      sub: session ? `First here: ${longDateOf(first!.date)}, ${clockOf(session.start)} · ${session.title}` : undefined,
      later: [],
    }
  }
  if (date > lastDay) {
    return {
      state: 'after-event',
      kicker: { text: `${event.edition} · ${event.city}` },
      headline: 'That’s a wrap — thank you for coming!',
      sub: `Slides, recordings and what comes next: ${website.label}`,
      later: [],
    }
  }

  const nextDay = nextDayInRoom(facts, current.id, date)
  const tomorrowNote = (() => {
    if (nextDay) {
      const first = nextDay.sessions[0]!
      return `${dayName(date, nextDay.date)} here: ${clockOf(first.start)} · ${first.title}`
    }
    return undefined
  })()
  const laterTimes = result.later.map(session => clockOf(session.start))
  const breakInfo = (exclude?: ScheduleBreak): Sign['breakInfo'] => {
    const under = result.currentBreak && result.currentBreak.id !== exclude?.id ? result.currentBreak : undefined
    if (under) return { now: true, text: breakLine(under) }
    return upcomingBreak && upcomingBreak.id !== exclude?.id ? { now: false, text: breakLine(upcomingBreak) } : undefined
  }

  if (sessionsToday.length === 0) {
    const elsewhere = facts.roomsOn(date).map(roomName)
    return {
      state: 'no-sessions-today',
      kicker: { text: longDateOf(date) },
      headline: `No sessions in ${roomName(current)} today`,
      sub: elsewhere.length > 0 ? `Today’s sessions: ${elsewhere.join(' · ')}` : undefined,
      later: [],
      breakInfo: breakInfo(),
      note: nextDay ? `${dayName(date, nextDay.date)} here: ${clockOf(nextDay.sessions[0]!.start)} · ${nextDay.sessions[0]!.title}` : undefined,
    }
  }

  const firstNext = result.next[0]
  const nextView = firstNext ? sessionView(facts, firstNext) : undefined
  const startsIn = firstNext ? duration(minutesBetween(at, firstNext.start)) : undefined

  if (result.status === 'in-session') {
    const now = sessionView(facts, result.now[0]!)
    return {
      state: 'in-session',
      kicker: { badge: 'Now', text: now.time, extra: `${duration(minutesBetween(at, result.now[0]!.end))} left` },
      headline: now.title,
      sub: now.speakers || undefined,
      next: nextView ? { label: 'Next', session: nextView } : undefined,
      later: laterTimes,
      breakInfo: breakInfo(),
      note: nextView ? undefined : `Last session in this room today.${tomorrowNote ? ` ${tomorrowNote}` : ''}`,
    }
  }

  if (result.status === 'day-over') {
    const social = result.currentBreak ?? upcomingBreak
    const tomorrow = days.find(day => day.date > date)
    const tomorrowRooms = tomorrow ? facts.roomsOn(tomorrow.date).map(roomName) : []
    const sub = date === lastDay
      ? `Slides, recordings and what comes next: ${website.label}`
      : nextDay && nextDay.date === tomorrow?.date
        ? tomorrowNote
        : tomorrowRooms.length > 0 ? `No sessions here tomorrow. Tomorrow’s sessions: ${tomorrowRooms.join(' · ')}` : undefined
    return {
      state: 'day-over',
      kicker: { text: 'No more sessions in this room today' },
      headline: date === lastDay ? `${event.edition} is over — thank you!` : 'Day over — see you tomorrow',
      sub,
      later: [],
      breakInfo: social ? { now: social === result.currentBreak, text: breakLine(social) } : undefined,
    }
  }

  const following = result.later[0]
  const followingView = following ? sessionView(facts, following) : undefined
  const laterAfterFollowing = result.later.slice(1).map(session => clockOf(session.start))

  if (result.currentBreak && result.currentBreak.end !== undefined) {
    const item = result.currentBreak
    return {
      state: 'on-break',
      kicker: { badge: 'Now', text: timeRange(item.start, item.end), extra: `${duration(minutesBetween(at, item.end!))} left` },
      headline: item.title,
      sub: item.place,
      next: nextView ? { label: 'Next here', session: nextView, extra: `in ${startsIn}` } : undefined,
      later: laterTimes,
      breakInfo: breakInfo(item),
    }
  }

  return {
    state: result.status === 'before-day' ? 'before-day' : 'between-sessions',
    kicker: { badge: 'Next', text: nextView!.time, extra: `starts in ${startsIn}` },
    headline: nextView!.title,
    sub: nextView!.speakers || undefined,
    next: followingView ? { label: 'Then', session: followingView } : undefined,
    later: laterAfterFollowing,
    breakInfo: breakInfo(),
    note: result.status === 'before-day' && !followingView ? `The only session in this room today.` : undefined,
  }
}

export interface DayRow {
  key: string
  time: string
  title: string
  detail?: string
  kind: 'session' | 'break'
  now: boolean
}

export interface DayList {
  heading: string
  rows: DayRow[]
  /** When there is nothing to list. */
  message?: string
  sub?: string
}

function rowsFor(facts: EventQueries, id: string, date: LocalDate, from?: LocalDateTime): DayRow[] {
  const sessions = facts.sessionsInRoom(id, date).map((session): DayRow & { start: string, end?: string } => ({
    key: session.id,
    start: session.start,
    end: session.end,
    time: timeRange(session.start, session.end),
    title: session.title,
    detail: facts.speakerNames(session) || undefined,
    kind: 'session',
    now: false,
  }))
  const breaks = facts.breaksOn(date).map((item): DayRow & { start: string, end?: string } => ({
    key: item.id,
    start: item.start,
    end: item.end,
    time: timeRange(item.start, item.end),
    title: item.title,
    detail: item.place,
    kind: 'break',
    now: false,
  }))
  return [...sessions, ...breaks]
    .sort((a, b) => a.start.localeCompare(b.start))
    .filter(row => !from || row.end === undefined || row.end > from)
    .map(({ start, end, ...row }) => ({ ...row, now: !!from && start <= from && (end === undefined || from < end) }))
}

export function roomDayList(facts: EventQueries, current: Room | undefined, at: LocalDateTime): DayList {
  if (!current) return { heading: '', rows: [] }
  const { days, event, website } = contextOf(facts)
  const date = conferenceDayOf(at)
  const lastDay = days.at(-1)!.date
  if (date < event.startDate) {
    const first = nextDayInRoom(facts, current.id, date)
    return first
      ? { heading: `${longDateOf(first.date)} in ${roomName(current)}`, rows: rowsFor(facts, current.id, first.date) }
      : { heading: '', rows: [], message: `No sessions in ${roomName(current)}` }
  }
  if (date > lastDay) {
    const held = facts.sessionsInRoom(current.id)
    const dayCount = new Set(held.map(session => dateOf(session.start))).size
    return {
      heading: `${event.edition} in ${roomName(current)}`,
      rows: [],
      message: `${held.length} session${held.length === 1 ? '' : 's'} in this room over ${dayCount} day${dayCount === 1 ? '' : 's'}. Thank you!`,
      sub: `Slides and recordings: ${website.label}`,
    }
  }
  const sessionsToday = facts.sessionsInRoom(current.id, date)
  const remaining = sessionsToday.length > 0 ? rowsFor(facts, current.id, date, at) : []
  if (remaining.some(row => row.kind === 'session')) {
    const started = sessionsToday.some(session => session.start <= at)
    return { heading: started ? 'Still to come today' : `Today in ${roomName(current)}`, rows: remaining }
  }
  const nextDay = nextDayInRoom(facts, current.id, date)
  if (nextDay) {
    return {
      heading: `${dayName(date, nextDay.date)} in ${roomName(current)}`,
      rows: rowsFor(facts, current.id, nextDay.date),
      sub: sessionsToday.length === 0 ? `No sessions here today` : `Day over here — see you ${dayName(date, nextDay.date) === 'Tomorrow' ? 'tomorrow' : `on ${weekdayOf(nextDay.date)}`}`,
    }
  }
  return {
    heading: roomName(current),
    rows: [],
    message: date === lastDay ? `${event.edition} is over — thank you!` : 'Day over — see you tomorrow',
    sub: date === lastDay ? `Slides and recordings: ${website.label}` : `No more sessions in this room at ${event.edition}`,
  }
}
