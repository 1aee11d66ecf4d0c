// The small formatters the event components print with (data/time.ts, data/queries.ts).
import { describe, expect, it } from 'vitest'
import { clockRange12, compactClock12, dateRangeOf, joinList, plusMinutes } from '../../data/index.ts'

describe('formatters', () => {
  it('prints a 12-hour range with AM/PM once when both ends share it', () => {
    expect(clockRange12('10:00', '10:25')).toBe('10:00 - 10:25 AM')
    expect(clockRange12('11:40', '12:10')).toBe('11:40 AM - 12:10 PM')
    expect(clockRange12('13:00', '14:00', { compact: true })).toBe('1-2 PM')
    expect(clockRange12('18:05', '20:00', { lowerCase: true })).toBe('6:05 - 8:00 pm')
    expect(compactClock12('18:30')).toBe('6:30pm')
    expect(compactClock12('00:15')).toBe('12:15am')
  })

  it('prints date ranges', () => {
    expect(dateRangeOf('2018-10-01', '2018-10-02')).toBe('October 1-2, 2018')
    expect(dateRangeOf('2019-06-30', '2019-07-01')).toBe('June 30 - July 1, 2019')
    expect(dateRangeOf('2018-12-31', '2019-01-01')).toBe('December 31, 2018 - January 1, 2019')
    expect(dateRangeOf('2022-07-18', '2022-07-18')).toBe('July 18, 2022')
  })

  it('joins names', () => {
    expect(joinList([])).toBe('')
    expect(joinList(['A'])).toBe('A')
    expect(joinList(['A', 'B'])).toBe('A & B')
    expect(joinList(['A', 'B', 'C'])).toBe('A, B & C')
    expect(joinList(['a', 'b', 'c'], ' and ')).toBe('a, b and c')
  })

  it('adds minutes to a wall-clock time', () => {
    expect(plusMinutes('2022-07-18T18:05', 15)).toBe('2022-07-18T18:20')
    expect(plusMinutes('2022-07-18T23:50', 15)).toBe('2022-07-19T00:05')
  })
})
