// Live mode: NowNext and ScheduleGrid follow the event clock (composables/useEventClock.ts), with
// a mocked system clock, and `?at=` in the address previews any instant.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import NowNext from '../../components/NowNext.vue'
import ScheduleGrid from '../../components/ScheduleGrid.vue'
import { schedulePages } from '../../data/index.ts'
import { LONG_TITLE, onSmallEvent, smallEventQueries as small } from '../fixtures/small-event.ts'

const THURSDAY = '2027-06-10'
const lunchPage = schedulePages(small, THURSDAY).findIndex(page => page.breaks.some(item => item.id === 'comida-jueves'))
const pageOf = (id: string) => schedulePages(small, THURSDAY).findIndex(page => page.blocks.some(block => block.slot.session.id === id))

afterEach(() => {
  window.history.replaceState(null, '', '/')
  vi.useRealTimers()
  vi.restoreAllMocks()
})

type Wrapper = ReturnType<typeof mount>
const titles = (wrapper: Wrapper, group: string) => wrapper.findAll(`.group-${group} .title`).map(t => t.text())

/** Fakes the system clock at an instant given in UTC (Madrid is UTC+2 in June). */
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
    clockAt('2027-06-10T13:10:00Z') // 15:10 in Madrid
    const wrapper = mount(NowNext, onSmallEvent({ live: true }))
    expect(wrapper.get('.now-next').attributes('data-clock')).toBe('live')
    expect(wrapper.find('.clock').text()).toBe('15:10')
    expect(titles(wrapper, 'now')).toContain(LONG_TITLE)
    expect(titles(wrapper, 'next')).toEqual(['Backfills without tears'])

    await tick(20 * 60_000) // 15:30
    expect(wrapper.find('.clock').text()).toBe('15:30')
    expect(titles(wrapper, 'now')).toContain('Backfills without tears')
    expect(titles(wrapper, 'now')).not.toContain(LONG_TITLE)
  })

  it('is live without the `live` prop too, when `at` is left out', async () => {
    clockAt('2027-06-10T12:00:00Z') // 14:00: lunch
    const wrapper = mount(NowNext, onSmallEvent({ room: 'sala-goya' }))
    expect(wrapper.find('.status-word').text()).toBe('Between sessions')
    expect(wrapper.find('.current-break').text()).toBe('Lunch until 15:00 · Patio')
    await tick(60 * 60_000) // 15:00
    expect(wrapper.find('.status-word').text()).toBe('In session')
    expect(titles(wrapper, 'now')).toEqual([LONG_TITLE])
  })

  it('previews the instant of ?at= in the address', () => {
    clockAt('2030-01-01T12:00:00Z')
    window.history.replaceState(null, '', '/5?at=2027-06-10T15:10')
    const wrapper = mount(NowNext, onSmallEvent({ live: true }))
    expect(wrapper.get('.now-next').attributes('data-clock')).toBe('fixed')
    expect(wrapper.find('.clock').text()).toBe('15:10')
    expect(titles(wrapper, 'now')).toHaveLength(3)
  })

  it('lets a given `at` win over the clock and the address', () => {
    clockAt('2027-06-10T13:10:00Z')
    window.history.replaceState(null, '', '/?at=2027-06-11T10:10')
    const wrapper = mount(NowNext, onSmallEvent({ live: true, at: '2027-06-10T08:00' }))
    expect(wrapper.find('.status-word').text()).toBe('Before the day starts')
  })

  it('outside the event: no sessions, no highlight and no error', () => {
    clockAt('2026-03-06T16:00:00Z')
    const error = vi.spyOn(console, 'error')
    const warn = vi.spyOn(console, 'warn')
    const wrapper = mount(NowNext, onSmallEvent({ live: true }))
    expect(wrapper.find('.status-word').text()).toBe('No sessions today')
    expect(wrapper.find('.group-now').exists()).toBe(false)
    expect(wrapper.find('.group-next').exists()).toBe(false)
    expect(error).not.toHaveBeenCalled()
    expect(warn).not.toHaveBeenCalled()
  })

  it('stops its clock when unmounted', async () => {
    clockAt('2027-06-10T13:10:00Z')
    const wrapper = mount(NowNext, onSmallEvent({ live: true }))
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
    clockAt('2027-06-10T13:10:00Z') // 15:10
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: pageOf('talk-guarantees'), live: true }))
    expect(badges(wrapper, 'Now')).toEqual(['panel-production', 'talk-guarantees'])
    expect(badges(wrapper, 'Next')).toEqual(['talk-backfills'])
    expect(wrapper.get('.now-line').text()).toBe('Now 15:10')

    await tick(20 * 60_000) // 15:30
    expect(wrapper.get('.now-line').text()).toBe('Now 15:30')
    expect(badges(wrapper, 'Now')).toEqual(['panel-production', 'talk-backfills'])
  })

  it('previews ?at= from the address', () => {
    window.history.replaceState(null, '', '/12?at=2027-06-10T14:00')
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: lunchPage, live: true }))
    expect(wrapper.get('[data-break="comida-jueves"]').find('.badge').text()).toBe('Now')
  })

  it('highlights nothing outside the event, without error', () => {
    clockAt('2026-03-06T16:00:00Z')
    const error = vi.spyOn(console, 'error')
    const windows = schedulePages(small, THURSDAY).map((_, page) => mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page, live: true })))
    for (const wrapper of windows) {
      expect(wrapper.findAll('.badge')).toHaveLength(0)
      expect(wrapper.find('.now-line').exists()).toBe(false)
      expect(wrapper.findAll('article.session').length).toBeGreaterThan(0)
    }
    expect(error).not.toHaveBeenCalled()
  })

  it('without `live` (and without `at`) ignores the clock and ?at=', () => {
    clockAt('2027-06-10T13:10:00Z')
    window.history.replaceState(null, '', '/?at=2027-06-10T15:10')
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: pageOf('talk-guarantees') }))
    expect(wrapper.findAll('.badge')).toHaveLength(0)
    expect(wrapper.find('.now-line').exists()).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a given `at` wins over the live clock', () => {
    clockAt('2027-06-10T13:10:00Z')
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: lunchPage, live: true, at: '2027-06-10T14:00' }))
    expect(wrapper.get('[data-break="comida-jueves"]').find('.badge').text()).toBe('Now')
  })
})
