import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TalkPromo from '../../components/TalkPromo.vue'
import { onSmallEvent } from '../fixtures/small-event.ts'

describe('TalkPromo', () => {
  it('promotes a talk of the same day as "Today" with time, title, speakers and room', () => {
    const wrapper = mount(TalkPromo, onSmallEvent({ session: 'talk-backfills', today: '2027-06-10' }))
    expect(wrapper.find('.day').text()).toBe('Today')
    expect(wrapper.find('.time').text()).toBe('15:30 - 15:55')
    expect(wrapper.find('h3').text()).toBe('Backfills without tears')
    expect(wrapper.find('.speakers').text()).toBe('by Bruno Muestra')
    expect(wrapper.find('.room').text()).toBe('Room: Sala Goya')
  })

  it('says the weekday for another day', () => {
    const tomorrow = mount(TalkPromo, onSmallEvent({ session: 'workshop-first-pipeline', today: '2027-06-10' }))
    expect(tomorrow.find('.day').text()).toBe('Friday')
    expect(tomorrow.find('.time').text()).toBe('10:00 - 12:00')
    expect(tomorrow.find('.speakers').text()).toBe('by Bruno Muestra & Elena Caso')
    expect(tomorrow.find('.room').text()).toBe('Room: Sala Miró')
    const weekday = mount(TalkPromo, onSmallEvent({ session: 'workshop-first-pipeline' }))
    expect(weekday.find('.day').text()).toBe('Friday')
  })

  it('joins three speakers with ", " and " & "', () => {
    const wrapper = mount(TalkPromo, onSmallEvent({ session: 'panel-production', today: '2027-06-10' }))
    expect(wrapper.find('.speakers').text()).toBe('by Darío Modelo, Elena Caso & Gala Inventada')
  })

  it('throws on an unknown session id, naming it', () => {
    expect(() => mount(TalkPromo, onSmallEvent({ session: 'no-such-talk' }))).toThrow(/no-such-talk/)
  })
})
