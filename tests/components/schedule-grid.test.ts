import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ScheduleGrid from '../../components/ScheduleGrid.vue'
import { schedulePages } from '../../data/index.ts'
import { onSmallEvent, smallEventQueries as small } from '../fixtures/small-event.ts'

const THURSDAY = '2027-06-10'
const FRIDAY = '2027-06-11'

function blocksOf(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('article.session').map(block => `${block.attributes('data-session')}#${block.attributes('data-part')}`)
}

describe('ScheduleGrid pages', () => {
  const pages = schedulePages(small, THURSDAY)

  it('shows every Thursday session block on exactly one page', () => {
    expect(pages.length).toBeGreaterThan(1)
    const seen = new Map<string, number>()
    pages.forEach((_, index) => {
      const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: index }))
      for (const key of blocksOf(wrapper)) seen.set(key, (seen.get(key) ?? 0) + 1)
    })
    const expected = small.slotsOn(THURSDAY).map(slot => `${slot.session.id}#${slot.partIndex}`)
    expect([...seen.keys()].sort()).toEqual([...expected].sort())
    for (const [key, count] of seen) expect(count, key).toBe(1)
  })

  it('captions each page with its part, time window and rooms', () => {
    const index = pages.findIndex(page => page.kind === 'parallel')
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: index }))
    const caption = wrapper.find('figcaption').text()
    expect(caption).toContain(`${index + 1} of ${pages.length}`)
    expect(caption).toContain('Thursday, June 10')
    expect(caption).toContain(pages[index]!.window)
    expect(caption).toContain('Sala Goya, Sala Miró & Sala Sorolla')
  })

  it('refuses a page index the day does not have, naming the prop', () => {
    expect(() => mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: pages.length }))).toThrow(/prop "page"/)
  })

  it('has no ellipsis, clamp or raw pixel font size in its styles', () => {
    const source = readFileSync('components/ScheduleGrid.vue', 'utf8')
    expect(source).not.toMatch(/ellipsis|clamp\(|font-size:\s*\d/)
  })
})

const lunchPage = schedulePages(small, THURSDAY).findIndex(page => page.breaks.some(item => item.id === 'comida-jueves'))
const pageHolding = (id: string) => schedulePages(small, THURSDAY).findIndex(page => page.blocks.some(block => block.slot.session.id === id))

describe('ScheduleGrid content', () => {
  it('has the day\'s rooms as columns', () => {
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY }))
    expect(wrapper.findAll('.room-name').map(room => room.text())).toEqual(['Sala Goya', 'Sala Miró', 'Sala Sorolla'])
    const friday = mount(ScheduleGrid, onSmallEvent({ day: FRIDAY }))
    expect(friday.findAll('.room-name').map(room => room.text())).toEqual(['Sala Goya', 'Sala Miró', '101 (remote)'])
  })

  it('shows a session block with its time range, title and speakers', () => {
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: pageHolding('panel-production') }))
    const block = wrapper.get('[data-session="panel-production"]')
    expect(block.find('.time').text()).toBe('15:00 – 15:50')
    expect(block.find('h3').text()).toBe('Streaming in production, a panel')
    expect(block.find('.speakers').text()).toBe('by Darío Modelo, Elena Caso & Gala Inventada')
  })

  it('shows a split session as separate blocks, "(continued)" on the later part only', () => {
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: pageHolding('talk-state') }))
    const parts = wrapper.findAll('[data-session="talk-state"]')
    expect(parts).toHaveLength(2)
    expect(parts[0]!.text()).not.toContain('(continued)')
    expect(parts[0]!.find('.time').text()).toBe('15:00 – 15:45')
    expect(parts[1]!.find('h3').text()).toBe('State that survives restarts (continued)')
    expect(parts[1]!.find('.time').text()).toBe('15:45 – 16:30')
    const rowStart = (style: string | undefined) => Number(/grid-row: (\d+)/.exec(style ?? '')![1])
    expect(rowStart(parts[1]!.attributes('style'))).toBeGreaterThan(rowStart(parts[0]!.attributes('style')))
  })

  it('draws breaks and social events as full-width rows with title, time and place', () => {
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY }))
    const lunch = wrapper.get('[data-break="comida-jueves"]')
    expect(lunch.text()).toContain('Lunch')
    expect(lunch.text()).toContain('13:30 – 15:00')
    expect(lunch.text()).toContain('Patio')
    expect(lunch.attributes('style')).toContain('grid-column: 2 / -1')
    expect(wrapper.get('[data-break="tapas-night"]').text()).toContain('19:00 – 21:00')
    const friday = mount(ScheduleGrid, onSmallEvent({ day: FRIDAY }))
    const farewell = friday.get('[data-break="farewell"]')
    expect(farewell.text()).toContain('from 18:00')
    expect(farewell.text()).toContain('Example Tavern')
  })
})

describe('ScheduleGrid now and next', () => {
  it('badges the sessions under way "Now" and the next ones "Next" at 15:10 on Thursday', () => {
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: pageHolding('talk-guarantees'), at: '2027-06-10T15:10' }))
    const badged = (word: string) => wrapper.findAll('article.session')
      .filter(block => block.find('.badge').exists() && block.find('.badge').text() === word)
      .map(block => block.attributes('data-session'))
    // The state session, also under way, is on the page of its own room.
    expect(pageHolding('talk-state')).not.toBe(pageHolding('talk-guarantees'))
    expect(badged('Now').sort()).toEqual(['panel-production', 'talk-guarantees'])
    expect(badged('Next')).toEqual(['talk-backfills'])
    expect(wrapper.get('[data-session="talk-guarantees"]').classes()).toContain('is-now')
    expect(wrapper.get('[data-session="talk-backfills"]').classes()).not.toContain('is-now')
    const line = wrapper.get('.now-line')
    expect(line.text()).toBe('Now 15:10')
    // 10 minutes into the first row of time points, 15:00-15:25.
    expect(line.attributes('style')).toContain('--offset: 40%')
  })

  it('has no now line when the instant is outside the window, but still badges', () => {
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: pageHolding('keynote-streams'), at: '2027-06-10T09:30' }))
    expect(wrapper.find('.now-line').exists()).toBe(true)
    expect(wrapper.get('[data-session="keynote-streams"] .badge').text()).toBe('Now')
    const other = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: pageHolding('talk-state'), at: '2027-06-10T09:30' }))
    expect(other.find('.now-line').exists()).toBe(false)
    expect(other.findAll('.badge')).toHaveLength(0)
  })

  it('marks the break under way', () => {
    const wrapper = mount(ScheduleGrid, onSmallEvent({ day: THURSDAY, page: lunchPage, at: '2027-06-10T14:00' }))
    expect(wrapper.get('[data-break="comida-jueves"]').find('.badge').text()).toBe('Now')
    expect(wrapper.findAll('article .badge').map(b => b.text()).filter(word => word === 'Now')).toEqual([])
  })
})
