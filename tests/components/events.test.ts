import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import NetworkingEvent from '../../components/NetworkingEvent.vue'
import NowNext from '../../components/NowNext.vue'
import { LONG_TITLE, onSmallEvent } from '../fixtures/small-event.ts'

describe('NetworkingEvent', () => {
  it('shows an evening with its time range, place and offer, and no QR code', () => {
    const wrapper = mount(NetworkingEvent, onSmallEvent({ event: 'tapas-night' }))
    expect(wrapper.find('.time').text()).toBe('7:00 - 9:00 pm')
    expect(wrapper.find('.place').text()).toBe('Example Rooftop')
    expect(wrapper.find('.offer').text()).toBe('Tapas and drinks after the talks')
    expect(wrapper.find('.weekday').exists()).toBe(false)
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.find('h1, h2, h3').exists()).toBe(false)
  })

  it('shows an open-ended event with its start, weekday and a directions QR code', () => {
    const wrapper = mount(NetworkingEvent, onSmallEvent({ event: 'farewell', day: true }))
    expect(wrapper.find('.time').text()).toBe('6:00pm')
    expect(wrapper.find('.weekday').text()).toBe('Friday')
    expect(wrapper.find('.place').text()).toBe('Example Tavern')
    expect(wrapper.find('.offer').exists()).toBe(false)
    expect(wrapper.find('.label').text()).toBe('Send the directions to your phone')
    expect(wrapper.get('svg').attributes('aria-label')).toBe('QR code for https://maps.example.org/?q=Example+Tavern,+Madrid')
  })

  it('heads the card "tonight!" on its own day, the weekday otherwise', () => {
    const tonight = mount(NetworkingEvent, onSmallEvent({ event: 'tapas-night', today: '2027-06-10' }))
    expect(tonight.get('h2').text()).toBe('Tapas Night tonight!')
    const farewell = mount(NetworkingEvent, onSmallEvent({ event: 'farewell', today: '2027-06-10' }))
    expect(farewell.get('h2').text()).toBe('Farewell Drinks Friday')
    expect(mount(NetworkingEvent, onSmallEvent({ event: 'tapas-night' })).find('h2').exists()).toBe(false)
  })

  it('throws on an unknown event id, naming it', () => {
    expect(() => mount(NetworkingEvent, onSmallEvent({ event: 'gala' }))).toThrow(/gala/)
  })
})

describe('NowNext', () => {
  const titles = (wrapper: ReturnType<typeof mount>, group: string) => wrapper.findAll(`.group-${group} .title`).map(t => t.text())

  it('shows the sessions now and next at 15:10 on Thursday', () => {
    const wrapper = mount(NowNext, onSmallEvent({ at: '2027-06-10T15:10' }))
    expect(wrapper.find('.status-word').text()).toBe('In session')
    expect(wrapper.find('.group-now h3').text()).toBe('Now')
    expect(titles(wrapper, 'now')).toContain(LONG_TITLE)
    expect(titles(wrapper, 'now')).toHaveLength(3)
    expect(titles(wrapper, 'next')).toEqual(['Backfills without tears'])
  })

  it('filters by room', () => {
    const wrapper = mount(NowNext, onSmallEvent({ at: '2027-06-11T09:10', room: 'room-101' }))
    expect(titles(wrapper, 'now')).toEqual(['Sensors at the edge'])
    expect(wrapper.find('.room-filter').text()).toBe('Room 101 (remote)')
    expect(mount(NowNext, onSmallEvent({ at: '2027-06-10T15:10', room: 'sala-miro' })).find('.room-filter').text()).toBe('Sala Miró')
  })

  it.each([
    ['2027-06-10T08:00', 'Before the day starts'],
    ['2027-06-10T14:00', 'Between sessions'],
    ['2027-06-10T20:00', 'Day over'],
    ['2027-06-12T10:00', 'No sessions today'],
  ])('says the status at %s', (at, words) => {
    expect(mount(NowNext, onSmallEvent({ at })).find('.status-word').text()).toBe(words)
  })

  it('names the break under way', () => {
    const wrapper = mount(NowNext, onSmallEvent({ at: '2027-06-10T14:00' }))
    expect(wrapper.find('.current-break').text()).toBe('Lunch until 15:00 · Patio')
    expect(titles(wrapper, 'next')).toHaveLength(3)
  })
})
