import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TalkPromo from '../../components/TalkPromo.vue'

describe('TalkPromo', () => {
  it('promotes a talk of the same day as "Today" with time, title, speakers and room', () => {
    const wrapper = mount(TalkPromo, { props: { session: 'state-of-the-go-sdk-2022', today: '2022-07-18' } })
    expect(wrapper.find('.day').text()).toBe('Today')
    expect(wrapper.find('.time').text()).toBe('14:00 - 14:25')
    expect(wrapper.find('h3').text()).toBe('State of the Go SDK 2022')
    expect(wrapper.find('.speakers').text()).toBe('by Robert Burke')
    expect(wrapper.find('.room').text()).toBe('Room: 202')
  })

  it('says the weekday for another day, as the seed\'s "Tuesday"', () => {
    const tomorrow = mount(TalkPromo, { props: { session: 'native-go-streaming-pipeline', today: '2022-07-18' } })
    expect(tomorrow.find('.day').text()).toBe('Tuesday')
    expect(tomorrow.find('.time').text()).toBe('16:15 - 16:40')
    expect(tomorrow.find('.speakers').text()).toBe('by Danny McCormick & Jack McCluskey')
    expect(tomorrow.find('.room').text()).toBe('Room: 203')
    const weekday = mount(TalkPromo, { props: { session: 'native-go-streaming-pipeline' } })
    expect(weekday.find('.day').text()).toBe('Tuesday')
  })

  it('joins three speakers with ", " and " & "', () => {
    const wrapper = mount(TalkPromo, { props: { session: 'vega-mlops-credit-karma', today: '2022-07-18' } })
    expect(wrapper.find('.speakers').text()).toBe('by Debasish Das, Vishnu Venkataraman & Raj Katakam')
  })

  it('throws on an unknown session id, naming it', () => {
    expect(() => mount(TalkPromo, { props: { session: 'no-such-talk' } })).toThrow(/no-such-talk/)
  })
})
