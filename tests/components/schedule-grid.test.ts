import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ScheduleGrid from '../../components/ScheduleGrid.vue'
import { beamSummit } from '../../data/index.ts'

const MONDAY = '2022-07-18'

function blocksOf(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('article.session').map(block => `${block.attributes('data-session')}#${block.attributes('data-part')}`)
}

describe('ScheduleGrid windows', () => {
  const windows = beamSummit.scheduleWindows(MONDAY, 180)

  it('shows every Monday session block in exactly one window', () => {
    const seen = new Map<string, number>()
    windows.forEach((_, index) => {
      const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, window: index } })
      for (const key of blocksOf(wrapper)) seen.set(key, (seen.get(key) ?? 0) + 1)
    })
    const expected = beamSummit.slotsOn(MONDAY).map(slot => `${slot.session.id}#${slot.partIndex}`)
    expect([...seen.keys()].sort()).toEqual([...expected].sort())
    for (const [key, count] of seen) expect(count, key).toBe(1)
  })

  it('never puts a window boundary inside a Monday session', () => {
    for (const boundary of windows.slice(1).map(window => window.from)) {
      const cut = beamSummit.sessionsOn(MONDAY).filter(session => session.start < boundary && boundary < session.end)
      expect(cut.map(session => session.id), boundary).toEqual([])
    }
  })

  it('captions each window with its part number', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, window: 1 } })
    expect(wrapper.find('figcaption').text()).toContain(`Part 2 of ${windows.length}`)
    expect(wrapper.find('figcaption').text()).toContain('Monday, July 18')
  })

  it('refuses a window index the day does not have, naming the prop', () => {
    expect(() => mount(ScheduleGrid, { props: { day: MONDAY, window: windows.length } })).toThrow(/prop "window"/)
  })

  it('widens from/to so that no session is cut', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, from: '16:30', to: '17:00' } })
    expect(wrapper.findAll('.time-label').map(label => label.text())).toEqual(['16:15', '16:45', '17:15'])
    expect(wrapper.find('figcaption').text()).toBe('Monday, July 18')
    expect(blocksOf(wrapper)).toContain('spanner-change-streams#1')
    expect(blocksOf(wrapper)).toContain('avro-in-beam-sql#0')
  })
})

describe('ScheduleGrid content', () => {
  it('has the day\'s rooms as columns', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY } })
    expect(wrapper.findAll('.room-name').map(room => room.text())).toEqual(['204', '203', '202'])
    const wednesday = mount(ScheduleGrid, { props: { day: '2022-07-20' } })
    expect(wednesday.findAll('.room-name').map(room => room.text())).toEqual(['202', '201 (remote)'])
  })

  it('shows a session block with its time range, title and speakers', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, from: '12:00', to: '13:00' } })
    const block = wrapper.get('[data-session="vega-mlops-credit-karma"]')
    expect(block.find('.time').text()).toBe('12:00 – 12:50')
    expect(block.find('h3').text()).toBe('Vega: Scaling MLOps Pipelines at Credit Karma using Apache Beam and Dataflow')
    expect(block.find('.speakers').text()).toBe('by Debasish Das, Vishnu Venkataraman & Raj Katakam')
  })

  it('shows a split session as separate blocks, "(continued)" on the later part only', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, from: '16:15', to: '18:05' } })
    const parts = wrapper.findAll('[data-session="spanner-change-streams"]')
    expect(parts).toHaveLength(2)
    expect(parts[0]!.text()).not.toContain('(continued)')
    expect(parts[0]!.find('.time').text()).toBe('16:15 – 17:15')
    expect(parts[1]!.find('h3').text()).toBe('Cloud Spanner change streams and Apache Beam (continued)')
    expect(parts[1]!.find('.time').text()).toBe('17:15 – 18:00')
    // Part 2 starts one hour (12 rows of 5 minutes) after part 1.
    const rowStart = (style: string | undefined) => Number(/grid-row: (\d+)/.exec(style ?? '')![1])
    expect(rowStart(parts[1]!.attributes('style')) - rowStart(parts[0]!.attributes('style'))).toBe(12)
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
    // An open-ended event gets a short block: 3 rows of 5 minutes.
    const [, start, end] = /grid-row: (\d+) \/ (\d+)/.exec(party.attributes('style') ?? '')!
    expect(Number(end) - Number(start)).toBe(3)
  })
})

describe('ScheduleGrid now and next', () => {
  it('badges the sessions under way "Now" and the next ones "Next" at 14:10 on Monday', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, window: 2, at: '2022-07-18T14:10' } })
    const badged = (word: string) => wrapper.findAll('article.session')
      .filter(block => block.find('.badge').exists() && block.find('.badge').text() === word)
      .map(block => block.attributes('data-session'))
    expect(badged('Now').sort()).toEqual(['dataflow-under-the-covers', 'golden-signals-intuit', 'state-of-the-go-sdk-2022'])
    expect(badged('Next')).toEqual(['break-wordle-with-beam'])
    expect(wrapper.get('[data-session="state-of-the-go-sdk-2022"]').classes()).toContain('is-now')
    const line = wrapper.get('.now-line')
    expect(line.text()).toBe('Now 14:10')
    expect(line.attributes('style')).toContain('--offset: 0%')
  })

  it('has no now line when the instant is outside the window, but still badges', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, window: 0, at: '2022-07-18T10:30' } })
    expect(wrapper.find('.now-line').exists()).toBe(true)
    const other = mount(ScheduleGrid, { props: { day: MONDAY, window: 3, at: '2022-07-18T10:30' } })
    expect(other.find('.now-line').exists()).toBe(false)
    expect(other.findAll('.badge')).toHaveLength(0)
  })

  it('marks the break under way', () => {
    const wrapper = mount(ScheduleGrid, { props: { day: MONDAY, window: 1, at: '2022-07-18T13:20' } })
    expect(wrapper.get('[data-break="lunch-monday"]').find('.badge').text()).toBe('Now')
    expect(wrapper.findAll('article .badge').map(b => b.text())).toEqual([])
  })
})
