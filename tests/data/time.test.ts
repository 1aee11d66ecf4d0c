import { describe, expect, it } from 'vitest'
import { clockOf, datesBetween, dateOf, longDateOf, minutesBetween, minutesOfDay, toInstant, toLocal, twelveHourClock, weekdayOf } from '../../data/time.ts'

const CHICAGO = 'America/Chicago'

/** Local time every `step` minutes over one day, as YYYY-MM-DDTHH:mm. */
function wallClockTimes(date: string, step: number): string[] {
  const times: string[] = []
  for (let minutes = 0; minutes < 24 * 60; minutes += step) {
    times.push(`${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`)
  }
  return times
}

describe('toInstant and toLocal in America/Chicago', () => {
  it('July is CDT, UTC-5', () => {
    expect(toInstant('2022-07-18T14:10', CHICAGO).toISOString()).toBe('2022-07-18T19:10:00.000Z')
    expect(toLocal(new Date('2022-07-18T19:10:00Z'), CHICAGO)).toBe('2022-07-18T14:10')
  })

  it('January is CST, UTC-6', () => {
    expect(toInstant('2022-01-18T14:10', CHICAGO).toISOString()).toBe('2022-01-18T20:10:00.000Z')
    expect(toLocal(new Date('2022-01-18T20:10:00Z'), CHICAGO)).toBe('2022-01-18T14:10')
  })

  it('a local evening is the next day in UTC, and back', () => {
    expect(toInstant('2022-07-18T21:00', CHICAGO).toISOString()).toBe('2022-07-19T02:00:00.000Z')
    expect(toLocal(new Date('2022-07-19T02:00:00Z'), CHICAGO)).toBe('2022-07-18T21:00')
  })

  it('midnight is 00:00, not 24:00', () => {
    expect(toLocal(new Date('2022-07-18T05:00:00Z'), CHICAGO)).toBe('2022-07-18T00:00')
    expect(toInstant('2022-07-18T00:00', CHICAGO).toISOString()).toBe('2022-07-18T05:00:00.000Z')
  })

  it('drops seconds when going to local time', () => {
    expect(toLocal(new Date('2022-07-18T19:10:59.999Z'), CHICAGO)).toBe('2022-07-18T14:10')
  })

  it.each(['2022-07-18', '2022-01-18', '2022-12-31', '2022-11-07'])('round-trips every quarter hour of %s', (date) => {
    for (const local of wallClockTimes(date, 15)) expect(toLocal(toInstant(local, CHICAGO), CHICAGO)).toBe(local)
  })

  it('does not depend on the zone the code runs in', () => {
    expect(toInstant('2022-07-18T14:10', 'UTC').toISOString()).toBe('2022-07-18T14:10:00.000Z')
    expect(toInstant('2022-07-18T14:10', 'Asia/Tokyo').toISOString()).toBe('2022-07-18T05:10:00.000Z')
    expect(toLocal(new Date('2022-07-18T19:10:00Z'), 'Europe/Berlin')).toBe('2022-07-18T21:10')
  })
})

describe('the DST change on 2022-03-13 in Chicago (02:00 CST jumps to 03:00 CDT)', () => {
  it('before the change is UTC-6, after it UTC-5', () => {
    expect(toInstant('2022-03-13T01:30', CHICAGO).toISOString()).toBe('2022-03-13T07:30:00.000Z')
    expect(toInstant('2022-03-13T03:30', CHICAGO).toISOString()).toBe('2022-03-13T08:30:00.000Z')
    expect(toInstant('2022-03-13T00:00', CHICAGO).toISOString()).toBe('2022-03-13T06:00:00.000Z')
    expect(toInstant('2022-03-13T23:00', CHICAGO).toISOString()).toBe('2022-03-14T04:00:00.000Z')
  })

  it('the last minute of CST and the first of CDT are one minute apart', () => {
    const before = toInstant('2022-03-13T01:59', CHICAGO)
    const after = toInstant('2022-03-13T03:00', CHICAGO)
    expect(after.getTime() - before.getTime()).toBe(60_000)
    expect(toLocal(new Date('2022-03-13T08:00:00Z'), CHICAGO)).toBe('2022-03-13T03:00')
    expect(toLocal(new Date('2022-03-13T07:59:00Z'), CHICAGO)).toBe('2022-03-13T01:59')
  })

  it('the day lasts 23 hours', () => {
    const start = toInstant('2022-03-13T00:00', CHICAGO)
    const end = toInstant('2022-03-14T00:00', CHICAGO)
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23)
  })

  it('round-trips every quarter hour that exists on that day', () => {
    const existing = wallClockTimes('2022-03-13', 15).filter(local => !local.includes('T02:'))
    expect(existing).toHaveLength(92)
    for (const local of existing) expect(toLocal(toInstant(local, CHICAGO), CHICAGO)).toBe(local)
  })

  it('round-trips the days on either side', () => {
    for (const date of ['2022-03-12', '2022-03-14']) {
      for (const local of wallClockTimes(date, 30)) expect(toLocal(toInstant(local, CHICAGO), CHICAGO)).toBe(local)
    }
  })
})

describe('the DST change on 2022-11-06 (01:00-01:59 happens twice)', () => {
  it('both 01:30s show as 01:30; times outside the repeated hour map to one instant', () => {
    // 06:30Z is 01:30 CDT, 07:30Z is 01:30 CST.
    expect(toLocal(new Date('2022-11-06T06:30:00Z'), CHICAGO)).toBe('2022-11-06T01:30')
    expect(toLocal(new Date('2022-11-06T07:30:00Z'), CHICAGO)).toBe('2022-11-06T01:30')
    expect(toInstant('2022-11-06T03:00', CHICAGO).toISOString()).toBe('2022-11-06T09:00:00.000Z')
    expect(toInstant('2022-11-06T00:30', CHICAGO).toISOString()).toBe('2022-11-06T05:30:00.000Z')
  })

  it('round-trips every quarter hour of that day', () => {
    for (const local of wallClockTimes('2022-11-06', 15)) expect(toLocal(toInstant(local, CHICAGO), CHICAGO)).toBe(local)
  })
})

describe('wall-clock arithmetic', () => {
  it('minutesBetween within a day', () => {
    expect(minutesBetween('2022-07-18T12:00', '2022-07-18T12:25')).toBe(25)
    expect(minutesBetween('2022-07-18T09:50', '2022-07-18T10:00')).toBe(10)
    expect(minutesBetween('2022-07-20T09:00', '2022-07-20T12:00')).toBe(180)
    expect(minutesBetween('2022-07-18T14:00', '2022-07-18T14:00')).toBe(0)
    expect(minutesBetween('2022-07-18T14:00', '2022-07-18T13:30')).toBe(-30)
  })

  it('minutesBetween across midnight, a month end and a year end', () => {
    expect(minutesBetween('2022-07-18T23:30', '2022-07-19T00:15')).toBe(45)
    expect(minutesBetween('2022-07-31T23:00', '2022-08-01T01:00')).toBe(120)
    expect(minutesBetween('2022-12-31T23:59', '2023-01-01T00:00')).toBe(1)
    expect(minutesBetween('2022-07-18T10:00', '2022-07-20T10:00')).toBe(2 * 24 * 60)
  })

  it('datesBetween is inclusive', () => {
    expect(datesBetween('2022-07-18', '2022-07-20')).toEqual(['2022-07-18', '2022-07-19', '2022-07-20'])
    expect(datesBetween('2022-07-18', '2022-07-18')).toEqual(['2022-07-18'])
    expect(datesBetween('2022-07-20', '2022-07-18')).toEqual([])
  })

  it('datesBetween crosses month ends, leap days and DST changes without skipping or repeating', () => {
    expect(datesBetween('2022-07-30', '2022-08-02')).toEqual(['2022-07-30', '2022-07-31', '2022-08-01', '2022-08-02'])
    expect(datesBetween('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01'])
    expect(datesBetween('2022-03-12', '2022-03-14')).toEqual(['2022-03-12', '2022-03-13', '2022-03-14'])
    expect(datesBetween('2022-11-05', '2022-11-07')).toEqual(['2022-11-05', '2022-11-06', '2022-11-07'])
  })

  it('dateOf, clockOf and minutesOfDay slice a local time', () => {
    expect(dateOf('2022-07-18T14:10')).toBe('2022-07-18')
    expect(clockOf('2022-07-18T14:10')).toBe('14:10')
    expect(minutesOfDay('2022-07-18T14:10')).toBe(14 * 60 + 10)
    expect(minutesOfDay('2022-07-18T00:00')).toBe(0)
  })
})

describe('labels', () => {
  it('longDateOf', () => {
    expect(longDateOf('2022-07-18')).toBe('Monday, July 18')
    expect(longDateOf('2022-07-20')).toBe('Wednesday, July 20')
    expect(longDateOf('2022-03-13')).toBe('Sunday, March 13')
    expect(longDateOf('2023-01-01')).toBe('Sunday, January 1')
  })

  it('weekdayOf', () => {
    expect(weekdayOf('2022-07-18')).toBe('Monday')
    expect(weekdayOf('2022-07-19')).toBe('Tuesday')
  })

  it('twelveHourClock: midnight hour is 12 AM, noon hour is PM', () => {
    expect(twelveHourClock('00:00')).toBe('12:00 AM')
    expect(twelveHourClock('00:45')).toBe('12:45 AM')
    expect(twelveHourClock('09:50')).toBe('9:50 AM')
    expect(twelveHourClock('11:59')).toBe('11:59 AM')
    expect(twelveHourClock('12:00')).toBe('12:00 PM')
    expect(twelveHourClock('12:30')).toBe('12:30 PM')
    expect(twelveHourClock('13:05')).toBe('1:05 PM')
    expect(twelveHourClock('18:05')).toBe('6:05 PM')
    expect(twelveHourClock('23:59')).toBe('11:59 PM')
  })
})
