import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ScheduleGrid from '../../components/ScheduleGrid.vue'
import { readFileSync } from 'node:fs'
import { beamSummit, schedulePages } from '../../data/index.ts'

const MONDAY = '2022-07-18'

function blocksOf(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('article.session').map(block => `${block.attributes('data-session')}#${block.attributes('data-part')}`)
}

describe('ScheduleGrid pages', () => {
  const pages = schedulePages(beamSummit, MONDAY)

  it('shows every Monday session block on exactly one page', () => {
    const seen = new Map<string, number>()
    pages.forEach((_, index) => {
      const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: index } })
      for (const key of blocksOf(wrapper)) seen.set(key, (seen.get(key) ?? 0) + 1)
    })
    const expected = beamSummit.slotsOn(MONDAY).map(slot => `${slot.session.id}#${slot.partIndex}`)
    expect([...seen.keys()].sort()).toEqual([...expected].sort())
    for (const [key, count] of seen) expect(count, key).toBe(1)
  })

  it('captions each page with its part, time window and rooms', () => {
    const index = pages.findIndex(page => page.kind === 'parallel')
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: index } })
    const caption = wrapper.find('figcaption').text()
    expect(caption).toContain(`${index + 1} of ${pages.length}`)
    expect(caption).toContain('Monday, July 18')
    expect(caption).toContain(pages[index]!.window)
    expect(caption).toContain('Rooms 204, 203 & 202')
  })

  it('refuses a page index the day does not have, naming the prop', () => {
    expect(() => mount(ScheduleGrid, { props: { day: MONDAY, page: pages.length } })).toThrow(/prop "page"/)
  })

  it('has no ellipsis, clamp or raw pixel font size in its styles', () => {
    const source = readFileSync('components/ScheduleGrid.vue', 'utf8')
    expect(source).not.toMatch(/ellipsis|clamp\(|font-size:\s*\d/)
  })
})

const lunchPage = schedulePages(beamSummit, MONDAY).findIndex(page => page.breaks.some(item => item.id === 'lunch-monday'))
const pageHolding = (id: string) => schedulePages(beamSummit, MONDAY).findIndex(page => page.blocks.some(block => block.slot.session.id === id))

describe('ScheduleGrid content', () => {
  it('has the day\'s rooms as columns', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY } })
    expect(wrapper.findAll('.room-name').map(room => room.text())).toEqual(['204', '203', '202'])
    const wednesday = mount(ScheduleGrid, { props: { day: '2022-07-20' } })
    expect(wednesday.findAll('.room-name').map(room => room.text())).toEqual(['202', '201 (remote)'])
  })

  it('shows a session block with its time range, title and speakers', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: pageHolding('vega-mlops-credit-karma') } })
    const block = wrapper.get('[data-session="vega-mlops-credit-karma"]')
    expect(block.find('.time').text()).toBe('12:00 – 12:50')
    expect(block.find('h3').text()).toBe('Vega: Scaling MLOps Pipelines at Credit Karma using Apache Beam and Dataflow')
    expect(block.find('.speakers').text()).toBe('by Debasish Das, Vishnu Venkataraman & Raj Katakam')
  })

  it('shows a split session as separate blocks, "(continued)" on the later part only', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: pageHolding('spanner-change-streams') } })
    const parts = wrapper.findAll('[data-session="spanner-change-streams"]')
    expect(parts).toHaveLength(2)
    expect(parts[0]!.text()).not.toContain('(continued)')
    expect(parts[0]!.find('.time').text()).toBe('16:15 – 17:15')
    expect(parts[1]!.find('h3').text()).toBe('Cloud Spanner change streams and Apache Beam (continued)')
    expect(parts[1]!.find('.time').text()).toBe('17:15 – 18:00')
    const rowStart = (style: string | undefined) => Number(/grid-row: (\d+)/.exec(style ?? '')![1])
    expect(rowStart(parts[1]!.attributes('style'))).toBeGreaterThan(rowStart(parts[0]!.attributes('style')))
  })

  it('draws breaks and social events as full-width rows with title, time and place', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY } })
    const lunch = wrapper.get('[data-break="lunch-monday"]')
    expect(lunch.text()).toContain('Lunch')
    expect(lunch.text()).toContain('13:00 – 14:00')
    expect(lunch.text()).toContain('Tejas Dining Room')
    expect(lunch.attributes('style')).toContain('grid-column: 2 / -1')
    expect(wrapper.get('[data-break="reception"]').text()).toContain('18:05 – 20:00')
    const tuesday = mount(ScheduleGrid, { props: { day: '2022-07-19' } })
    const party = tuesday.get('[data-break="after-party"]')
    expect(party.text()).toContain('from 18:30')
    expect(party.text()).toContain('Lazarus Brewing Co')
  })
})

describe('ScheduleGrid now and next', () => {
  it('badges the sessions under way "Now" and the next ones "Next" at 14:10 on Monday', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: pageHolding('state-of-the-go-sdk-2022'), at: '2022-07-18T14:10' } })
    const badged = (word: string) => wrapper.findAll('article.session')
      .filter(block => block.find('.badge').exists() && block.find('.badge').text() === word)
      .map(block => block.attributes('data-session'))
    expect(badged('Now').sort()).toEqual(['dataflow-under-the-covers', 'golden-signals-intuit', 'state-of-the-go-sdk-2022'])
    expect(badged('Next')).toEqual(['break-wordle-with-beam'])
    expect(wrapper.get('[data-session="state-of-the-go-sdk-2022"]').classes()).toContain('is-now')
    const line = wrapper.get('.now-line')
    expect(line.text()).toBe('Now 14:10')
    expect(line.attributes('style')).toContain('--offset: 40%')
  })

  it('has no now line when the instant is outside the window, but still badges', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: pageHolding('ml-design-patterns'), at: '2022-07-18T10:30' } })
    expect(wrapper.find('.now-line').exists()).toBe(true)
    const other = mount(ScheduleGrid, { props: { day: MONDAY, page: pageHolding('spanner-change-streams'), at: '2022-07-18T10:30' } })
    expect(other.find('.now-line').exists()).toBe(false)
    expect(other.findAll('.badge')).toHaveLength(0)
  })

  it('marks the break under way', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, page: lunchPage, at: '2022-07-18T13:20' } })
    expect(wrapper.get('[data-break="lunch-monday"]').find('.badge').text()).toBe('Now')
    expect(wrapper.findAll('article .badge').map(b => b.text()).filter(word => word === 'Now')).toEqual([])
  })
})
