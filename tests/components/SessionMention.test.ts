import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SessionMention from '../../components/SessionMention.vue'
import { beamSummit } from '../../data/index.ts'

describe('SessionMention', () => {
  it('names the session and its weekday from the event data', () => {
    const { title } = beamSummit.sessionById('scio-workshop')
    const wrapper = mount(SessionMention, { props: { session: 'scio-workshop', today: '2022-07-18' } })
    expect(wrapper.text()).toBe(`${title} on Wednesday`)
    expect(wrapper.find('strong').text()).toBe(title)
    expect(wrapper.attributes('data-session')).toBe('scio-workshop')
  })

  it('says today on the day of the session, the weekday otherwise', () => {
    expect(mount(SessionMention, { props: { session: 'scio-workshop', today: '2022-07-20' } }).text()).toMatch(/ today$/)
    expect(mount(SessionMention, { props: { session: 'scio-workshop', today: '2022-07-19' } }).text()).toMatch(/ on Wednesday$/)
    expect(mount(SessionMention, { props: { session: 'scio-workshop' } }).text()).toMatch(/ on Wednesday$/)
  })

  it('throws on an unknown session id, naming it', () => {
    expect(() => mount(SessionMention, { props: { session: 'no-such-talk' } })).toThrow(/no-such-talk/)
  })
})
