// What a schedule grid shows of a day (scheduleView, scheduleSpanOf), on the small made-up event.
import { describe, expect, it } from 'vitest'
import { scheduleSpanOf } from '../../data/index.ts'
import { smallEventQueries as small } from '../fixtures/small-event.ts'

describe('scheduleView', () => {
  it('widens a range that would cut a session, keeping every part of a split session', () => {
    // 15:50-16:10 cuts the backfills talk (15:30-15:55) and the state session (15:00-16:30), which starts with the 15:00 talks.
    const view = small.scheduleView('2027-06-10', { from: '2027-06-10T15:50', to: '2027-06-10T16:10' })
    expect(view.from).toBe('2027-06-10T15:00')
    expect(view.to).toBe('2027-06-10T16:30')
    expect(view.slots.filter(slot => slot.session.id === 'talk-state').map(slot => slot.partIndex)).toEqual([0, 1])
    expect(view.breaks).toEqual([])
  })

  it('draws social events as a short closing block', () => {
    expect(scheduleSpanOf(small.breaksOn('2027-06-10').find(item => item.id === 'tapas-night')!))
      .toEqual({ start: '2027-06-10T19:00', end: '2027-06-10T19:15' })
    expect(scheduleSpanOf(small.breaksOn('2027-06-11').find(item => item.id === 'farewell')!))
      .toEqual({ start: '2027-06-11T18:00', end: '2027-06-11T18:15' })
  })
})
