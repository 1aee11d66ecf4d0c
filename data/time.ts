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

function offsetMinutes(timeZone: string, instant: Date): number {
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
