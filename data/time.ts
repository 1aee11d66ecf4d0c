/** Wall-clock helpers for a fixed IANA time zone, with no dependency: Intl knows the offsets. */

export type LocalDateTime = string // YYYY-MM-DDTHH:mm
export type LocalDate = string // YYYY-MM-DD

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsIn(timeZone: string, instant: Date): Record<string, number> {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  const parts: Record<string, number> = {}
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return parts
}

/** The UTC offset, in minutes east of UTC, that `timeZone` has at `instant` (Chicago in July: -300). */
export function offsetMinutes(timeZone: string, instant: Date): number {
  const p = partsIn(timeZone, instant)
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!)
  return Math.round((asUtc - instant.getTime()) / 60_000)
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** The local wall-clock time, to the minute, of an instant in `timeZone`. */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
  const p = partsIn(timeZone, instant)
  return `${p.year}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute!)}`
}

/** The instant at which the wall clock in `timeZone` shows `local`. */
export function toInstant(local: LocalDateTime, timeZone: string): Date {
  const [date, time] = local.split('T') as [string, string]
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute)
  // Two passes settle the offset on either side of a daylight-saving change.
  let instant = new Date(wallAsUtc - offsetMinutes(timeZone, new Date(wallAsUtc)) * 60_000)
  instant = new Date(wallAsUtc - offsetMinutes(timeZone, instant) * 60_000)
  return instant
}

export function dateOf(local: LocalDateTime): LocalDate {
  return local.slice(0, 10)
}

export function clockOf(local: LocalDateTime): string {
  return local.slice(11, 16)
}

export function minutesOfDay(local: LocalDateTime): number {
  return Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16))
}

export function minutesBetween(start: LocalDateTime, end: LocalDateTime): number {
  const startDay = Date.UTC(...dayParts(dateOf(start)))
  const endDay = Date.UTC(...dayParts(dateOf(end)))
  return (endDay - startDay) / 60_000 + minutesOfDay(end) - minutesOfDay(start)
}

function dayParts(date: LocalDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return [year, month - 1, day]
}

/** Every date from `first` to `last`, inclusive. */
export function datesBetween(first: LocalDate, last: LocalDate): LocalDate[] {
  const dates: LocalDate[] = []
  for (let t = Date.UTC(...dayParts(first)); t <= Date.UTC(...dayParts(last)); t += 86_400_000) {
    dates.push(new Date(t).toISOString().slice(0, 10))
  }
  return dates
}

export function weekdayOf(date: LocalDate): string {
  return new Date(Date.UTC(...dayParts(date))).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' })
}

/** "Monday, July 18" */
export function longDateOf(date: LocalDate): string {
  return new Date(Date.UTC(...dayParts(date))).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' })
}

/** 24-hour "14:00" to "2:00 PM", as the welcome deck's keynote slide prints times. */
export function twelveHourClock(clock: string): string {
  const [hour, minute] = clock.split(':').map(Number) as [number, number]
  const suffix = hour < 12 ? 'AM' : 'PM'
  return `${hour % 12 === 0 ? 12 : hour % 12}:${pad(minute)} ${suffix}`
}

export interface ClockRangeOptions {
  /** "1-2 PM": whole hours lose their ":00" and the dash its spaces. */
  compact?: boolean
  /** "6:05 - 8:00 pm", as the networking slide prints it. */
  lowerCase?: boolean
}

/**
 * Two 24-hour clocks as one 12-hour range with the AM/PM said once when both share it:
 * "10:00 - 10:25 AM", "11:40 AM - 12:10 PM"; compact: "1-2 PM".
 */
export function clockRange12(start: string, end: string, options: ClockRangeOptions = {}): string {
  const split = (clock: string): [string, string] => {
    const [time, suffix] = twelveHourClock(clock).split(' ') as [string, string]
    const shown = options.compact ? time.replace(/:00$/, '') : time
    return [shown, options.lowerCase ? suffix.toLowerCase() : suffix]
  }
  const [startTime, startSuffix] = split(start)
  const [endTime, endSuffix] = split(end)
  const dash = options.compact ? '-' : ' - '
  return startSuffix === endSuffix
    ? `${startTime}${dash}${endTime} ${endSuffix}`
    : `${startTime} ${startSuffix}${dash}${endTime} ${endSuffix}`
}

/** "18:30" to "6:30pm", as the after-party slide prints an open-ended start. */
export function compactClock12(clock: string): string {
  return twelveHourClock(clock).replace(' ', '').toLowerCase()
}

/** "October 1-2, 2018"; "June 30 - July 1, 2019" across months; "December 31, 2018 - January 1, 2019" across years. */
export function dateRangeOf(first: LocalDate, last: LocalDate): string {
  const format = (date: LocalDate, options: Intl.DateTimeFormatOptions) =>
    new Date(Date.UTC(...dayParts(date))).toLocaleDateString('en-US', { ...options, timeZone: 'UTC' })
  const [firstYear, firstMonth] = dayParts(first)
  const [lastYear, lastMonth] = dayParts(last)
  if (first === last) return format(first, { month: 'long', day: 'numeric', year: 'numeric' })
  if (firstYear !== lastYear) {
    return `${format(first, { month: 'long', day: 'numeric', year: 'numeric' })} - ${format(last, { month: 'long', day: 'numeric', year: 'numeric' })}`
  }
  if (firstMonth !== lastMonth) {
    return `${format(first, { month: 'long', day: 'numeric' })} - ${format(last, { month: 'long', day: 'numeric' })}, ${lastYear}`
  }
  return `${format(first, { month: 'long', day: 'numeric' })}-${format(last, { day: 'numeric' })}, ${lastYear}`
}

/** The local time `minutes` later (or earlier, when negative) on the wall clock. */
export function plusMinutes(local: LocalDateTime, minutes: number): LocalDateTime {
  const [year, month, day] = dayParts(dateOf(local))
  const shifted = new Date(Date.UTC(year, month, day, 0, minutesOfDay(local) + minutes))
  return `${shifted.toISOString().slice(0, 10)}T${shifted.toISOString().slice(11, 16)}`
}

/**
 * A conference day runs into the small hours: frab and pretalx programmes hold late talks that
 * end at 00:30 or 02:00. A span still belongs to the day it starts on, and may end on the next
 * day up to this clock time; anything later is a typing mistake (a wrong date), not a late night.
 */
export const DAY_RUNS_UNTIL = '06:00'

/** The calendar date after `date`. */
export function nextDateOf(date: LocalDate): LocalDate {
  return dateOf(plusMinutes(`${date}T23:59`, 1))
}

/**
 * The conference day a local time belongs to: its own date, but before DAY_RUNS_UNTIL the day
 * before (00:15 is still the previous evening's programme, as in frab's day_change).
 */
export function conferenceDayOf(local: LocalDateTime): LocalDate {
  return clockOf(local) < DAY_RUNS_UNTIL ? dateOf(plusMinutes(local, -24 * 60)) : dateOf(local)
}
