// Live mode: NowNext and ScheduleGrid follow the event clock (composables/useEventClock.ts), with
// a mocked system clock, and `?at=` in the address previews any instant.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import NowNext from '../../components/NowNext.vue'
import ScheduleGrid from '../../components/ScheduleGrid.vue'
import { beamSummit as eventQueries, schedulePages } from '../../data/index.ts'

const lunchPage = schedulePages(eventQueries, '2022-07-18').findIndex(page => page.breaks.some(item => item.id === 'lunch-monday'))
const pageOf = (id: string) => schedulePages(eventQueries, '2022-07-18').findIndex(page => page.blocks.some(block => block.slot.session.id === id))

afterEach(() => {
  window.history.replaceState(null, '', '/')
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const MONDAY = '2022-07-18'
type Wrapper = ReturnType<typeof mount>
const titles = (wrapper: Wrapper, group: string) => wrapper.findAll(`.group-${group} .title`).map(t => t.text())

/** Fakes the system clock at an instant given in UTC (Austin is UTC-5 in July). */
function clockAt(utc: string): void {
  vi.useFakeTimers()
  vi.setSystemTime(new Date(utc))
}

async function tick(ms: number): Promise<void> {
  vi.advanceTimersByTime(ms)
  await nextTick()
}

describe('NowNext, live', () => {
  it('follows the clock when `at` is left out, and moves on as time passes', async () => {
    clockAt('2022-07-18T19:10:00Z') // 14:10 in Austin
    const wrapper = mount(NowNext, { props: { live: true } })
    expect(wrapper.get('.now-next').attributes('data-clock')).toBe('live')
    expect(wrapper.find('.clock').text()).toBe('14:10')
    expect(titles(wrapper, 'now')).toContain('State of the Go SDK 2022')
    expect(titles(wrapper, 'next')).toEqual(['How to break Wordle with Beam and BigQuery'])

    await tick(20 * 60_000) // 14:30
    expect(wrapper.find('.clock').text()).toBe('14:30')
    expect(titles(wrapper, 'now')).toContain('How to break Wordle with Beam and BigQuery')
    expect(titles(wrapper, 'now')).not.toContain('State of the Go SDK 2022')
  })

  it('is live without the `live` prop too, when `at` is left out', async () => {
    clockAt('2022-07-18T18:20:00Z') // 13:20: lunch
    const wrapper = mount(NowNext, { props: { room: 'room-202' } })
    expect(wrapper.find('.status-word').text()).toBe('Between sessions')
    expect(wrapper.find('.current-break').text()).toBe('Lunch until 14:00 · Tejas Dining Room')
    await tick(40 * 60_000) // 14:00
    expect(wrapper.find('.status-word').text()).toBe('In session')
    expect(titles(wrapper, 'now')).toEqual(['State of the Go SDK 2022'])
  })

  it('previews the instant of ?at= in the address', () => {
    clockAt('2030-01-01T12:00:00Z')
    window.history.replaceState(null, '', '/5?at=2022-07-18T14:10')
    const wrapper = mount(NowNext, { props: { live: true } })
    expect(wrapper.get('.now-next').attributes('data-clock')).toBe('fixed')
    expect(wrapper.find('.clock').text()).toBe('14:10')
    expect(titles(wrapper, 'now')).toHaveLength(3)
  })

  it('lets a given `at` win over the clock and the address', () => {
    clockAt('2022-07-18T19:10:00Z')
    window.history.replaceState(null, '', '/?at=2022-07-19T10:10')
    const wrapper = mount(NowNext, { props: { live: true, at: '2022-07-18T08:00' } })
    expect(wrapper.find('.status-word').text()).toBe('Before the day starts')
  })

  it('outside the event: no sessions, no highlight and no error', () => {
    clockAt('2026-03-06T16:00:00Z')
    const error = vi.spyOn(console, 'error')
    const warn = vi.spyOn(console, 'warn')
    const wrapper = mount(NowNext, { props: { live: true } })
    expect(wrapper.find('.status-word').text()).toBe('No sessions today')
    expect(wrapper.find('.group-now').exists()).toBe(false)
    expect(wrapper.find('.group-next').exists()).toBe(false)
    expect(error).not.toHaveBeenCalled()
    expect(warn).not.toHaveBeenCalled()
  })

  it('stops its clock when unmounted', async () => {
    clockAt('2022-07-18T19:10:00Z')
    const wrapper = mount(NowNext, { props: { live: true } })
    wrapper.unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('ScheduleGrid, live', () => {
  const badges = (wrapper: Wrapper, word: string) => wrapper.findAll('article.session')
    .filter(block => block.find('.badge').exists() && block.find('.badge').text() === word)
    .map(block => block.attributes('data-session'))
    .sort()

  it('badges now and next at the clock\'s instant, and moves the now line', async () => {
    clockAt('2022-07-18T19:10:00Z') // 14:10
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: pageOf('state-of-the-go-sdk-2022'), live: true } })
    expect(badges(wrapper, 'Now')).toEqual(['dataflow-under-the-covers', 'golden-signals-intuit', 'state-of-the-go-sdk-2022'])
    expect(badges(wrapper, 'Next')).toEqual(['break-wordle-with-beam'])
    expect(wrapper.get('.now-line').text()).toBe('Now 14:10')

    await tick(20 * 60_000) // 14:30
    expect(wrapper.get('.now-line').text()).toBe('Now 14:30')
    expect(badges(wrapper, 'Now')).toEqual(['break-wordle-with-beam', 'dataflow-under-the-covers', 'golden-signals-intuit'])
  })

  it('previews ?at= from the address', () => {
    window.history.replaceState(null, '', '/12?at=2022-07-18T13:20')
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: lunchPage, live: true } })
    expect(wrapper.get('[data-break="lunch-monday"]').find('.badge').text()).toBe('Now')
  })

  it('highlights nothing outside the event, without error', () => {
    clockAt('2026-03-06T16:00:00Z')
    const error = vi.spyOn(console, 'error')
    const windows = schedulePages(eventQueries, MONDAY).map((_, page) => mount(ScheduleGrid, { props: { day: MONDAY, page, live: true } }))
    for (const wrapper of windows) {
      expect(wrapper.findAll('.badge')).toHaveLength(0)
      expect(wrapper.find('.now-line').exists()).toBe(false)
      expect(wrapper.findAll('article.session').length).toBeGreaterThan(0)
    }
    expect(error).not.toHaveBeenCalled()
  })

  it('without `live` (and without `at`) ignores the clock and ?at=', () => {
    clockAt('2022-07-18T19:10:00Z')
    window.history.replaceState(null, '', '/?at=2022-07-18T14:10')
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: pageOf('state-of-the-go-sdk-2022') } })
    expect(wrapper.findAll('.badge')).toHaveLength(0)
    expect(wrapper.find('.now-line').exists()).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a given `at` wins over the live clock', () => {
    clockAt('2022-07-18T19:10:00Z')
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: lunchPage, live: true, at: '2022-07-18T13:20' } })
    expect(wrapper.get('[data-break="lunch-monday"]').find('.badge').text()).toBe('Now')
  })
})
