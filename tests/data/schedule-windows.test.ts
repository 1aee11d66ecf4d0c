import { describe, expect, it } from 'vitest'
import { beamSummit, scheduleSpanOf } from '../../data/index.ts'

describe('scheduleView', () => {
  it('widens a range that would cut a session, keeping every part of a split session', () => {
    const view = beamSummit.scheduleView('2022-07-18', { from: '2022-07-18T16:30', to: '2022-07-18T17:00' })
    expect(view.from).toBe('2022-07-18T16:15')
    expect(view.to).toBe('2022-07-18T18:05')
    expect(view.slots.filter(slot => slot.session.id === 'spanner-change-streams').map(slot => slot.partIndex)).toEqual([0, 1])
  })

  it('draws social events as a short closing block', () => {
    expect(scheduleSpanOf(beamSummit.breaksOn('2022-07-18').find(item => item.id === 'reception')!))
      .toEqual({ start: '2022-07-18T18:05', end: '2022-07-18T18:20' })
    expect(scheduleSpanOf(beamSummit.breaksOn('2022-07-19').find(item => item.id === 'after-party')!))
      .toEqual({ start: '2022-07-19T18:30', end: '2022-07-19T18:45' })
  })
})
