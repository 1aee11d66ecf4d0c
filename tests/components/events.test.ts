import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import NetworkingEvent from '../../components/NetworkingEvent.vue'
import NowNext from '../../components/NowNext.vue'

describe('NetworkingEvent', () => {
  it('shows the reception with its time range, place and offer, and no QR code', () => {
    const wrapper = mount(NetworkingEvent, { props: { event: 'reception' } })
    expect(wrapper.find('.time').text()).toBe('6:05 - 8:00 pm')
    expect(wrapper.find('.place').text()).toBe('AT&T Conference Center Courtyard')
    expect(wrapper.find('.offer').text()).toBe('Drinks after the event')
    expect(wrapper.find('.weekday').exists()).toBe(false)
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.find('h1, h2, h3').exists()).toBe(false)
  })

  it('shows an open-ended event with its start, weekday and a directions QR code', () => {
    const wrapper = mount(NetworkingEvent, { props: { event: 'after-party', day: true } })
    expect(wrapper.find('.time').text()).toBe('6:30pm')
    expect(wrapper.find('.weekday').text()).toBe('Tuesday')
    expect(wrapper.find('.place').text()).toBe('Lazarus Brewing Co')
    expect(wrapper.find('.label').text()).toBe('Send the directions to your phone')
    expect(wrapper.get('svg').attributes('aria-label')).toMatch(/^QR code for https:\/\/maps\.google\.com\//)
  })

  it('heads the card as the seed did: "tonight!" on its own day, the weekday otherwise', () => {
    const reception = mount(NetworkingEvent, { props: { event: 'reception', today: '2022-07-18' } })
    expect(reception.get('h2').text()).toBe('Reception tonight!')
    const afterParty = mount(NetworkingEvent, { props: { event: 'after-party', today: '2022-07-18' } })
    expect(afterParty.get('h2').text()).toBe('After Party Tuesday')
    expect(mount(NetworkingEvent, { props: { event: 'reception' } }).find('h2').exists()).toBe(false)
  })

  it('throws on an unknown event id, naming it', () => {
    expect(() => mount(NetworkingEvent, { props: { event: 'gala' } })).toThrow(/gala/)
  })
})

describe('NowNext', () => {
  const titles = (wrapper: ReturnType<typeof mount>, group: string) => wrapper.findAll(`.group-${group} .title`).map(t => t.text())

  it('shows the sessions now and next at 14:10 on Monday', () => {
    const wrapper = mount(NowNext, { props: { at: '2022-07-18T14:10' } })
    expect(wrapper.find('.status-word').text()).toBe('In session')
    expect(wrapper.find('.group-now h3').text()).toBe('Now')
    expect(titles(wrapper, 'now')).toContain('State of the Go SDK 2022')
    expect(titles(wrapper, 'now')).toHaveLength(3)
    expect(titles(wrapper, 'next')).toEqual(['How to break Wordle with Beam and BigQuery'])
  })

  it('filters by room', () => {
    const wrapper = mount(NowNext, { props: { at: '2022-07-18T14:10', room: 'room-204' } })
    expect(titles(wrapper, 'now')).toEqual(['Powering Real-time Data at Intuit: A Look at Golden Signals powered by Beam'])
    expect(wrapper.find('.room-filter').text()).toBe('Room 204')
  })

  it.each([
    ['2022-07-18T08:00', 'Before the day starts'],
    ['2022-07-18T13:20', 'Between sessions'],
    ['2022-07-18T19:00', 'Day over'],
    ['2022-07-21T10:00', 'No sessions today'],
  ])('says the status at %s', (at, words) => {
    expect(mount(NowNext, { props: { at } }).find('.status-word').text()).toBe(words)
  })

  it('names the break under way', () => {
    const wrapper = mount(NowNext, { props: { at: '2022-07-18T13:20' } })
    expect(wrapper.find('.current-break').text()).toBe('Lunch until 14:00 · Tejas Dining Room')
    expect(titles(wrapper, 'next')).toHaveLength(3)
  })
})
