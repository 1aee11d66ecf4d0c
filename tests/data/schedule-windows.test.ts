import { describe, expect, it } from 'vitest'
import { beamSummit, minutesBetween, scheduleSpanOf, splitIntoWindows } from '../../data/index.ts'

const days = beamSummit.eventDays().map(day => day.date)

describe('scheduleWindows', () => {
  it.each(days)('splits %s into consecutive windows from the first item to the last', (date) => {
    const windows = beamSummit.scheduleWindows(date, 180)
    const spans = [...beamSummit.sessionsOn(date), ...beamSummit.breaksOn(date).map(scheduleSpanOf)]
    expect(windows.length).toBeGreaterThan(0)
    expect(windows[0]!.from).toBe(spans.map(span => span.start).sort()[0])
    expect(windows.at(-1)!.to).toBe(spans.map(span => span.end).sort().at(-1))
    windows.slice(1).forEach((window, index) => expect(window.from).toBe(windows[index]!.to))
    for (const window of windows) expect(window.minutes).toBe(minutesBetween(window.from, window.to))
  })

  it.each(days)('never puts a boundary inside a session or break on %s', (date) => {
    const windows = beamSummit.scheduleWindows(date, 180)
    const boundaries = windows.slice(1).map(window => window.from)
    const spans = [...beamSummit.sessionsOn(date), ...beamSummit.breaksOn(date).map(scheduleSpanOf)]
    for (const boundary of boundaries) {
      const cut = spans.filter(span => span.start < boundary && boundary < span.end)
      expect(cut, `boundary ${boundary}`).toEqual([])
    }
  })

  it.each([[180], [120]])('keeps every Monday window within %i minutes (its longest unsplittable stretch is 110)', (max) => {
    const windows = beamSummit.scheduleWindows('2022-07-18', max)
    for (const window of windows) expect(window.minutes).toBeLessThanOrEqual(max)
  })

  it('splits the full Monday into 4 windows of at most 180 minutes, each session in exactly one', () => {
    const windows = beamSummit.scheduleWindows('2022-07-18')
    expect(windows.map(w => [w.from.slice(11), w.to.slice(11)])).toEqual([
      ['09:50', '12:00'], ['12:00', '14:00'], ['14:00', '16:15'], ['16:15', '18:20'],
    ])
    for (const session of beamSummit.sessionsOn('2022-07-18')) {
      const holding = windows.filter(w => w.from <= session.start && session.end <= w.to)
      expect(holding, session.id).toHaveLength(1)
    }
  })

  it('gives a span longer than the limit a window of its own, as short as possible', () => {
    const windows = splitIntoWindows([
      { start: '2022-07-20T09:00', end: '2022-07-20T12:00' },
      { start: '2022-07-20T12:30', end: '2022-07-20T13:00' },
    ], 60)
    expect(windows.map(w => [w.from.slice(11), w.to.slice(11)])).toEqual([['09:00', '12:00'], ['12:00', '13:00']])
  })

  it('refuses a limit that is not positive', () => {
    expect(() => beamSummit.scheduleWindows('2022-07-18', 0)).toThrow(/maxMinutes/)
  })

  it('has no windows on a day without sessions', () => {
    expect(beamSummit.scheduleWindows('2022-07-21')).toEqual([])
  })
})

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
