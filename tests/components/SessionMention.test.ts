import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SessionMention from '../../components/SessionMention.vue'
import { onSmallEvent, smallEventQueries as small } from '../fixtures/small-event.ts'

describe('SessionMention', () => {
  it('names the session and its weekday from the event data', () => {
    const { title } = small.sessionById('workshop-first-pipeline')
    const wrapper = mount(SessionMention, onSmallEvent({ session: 'workshop-first-pipeline', today: '2027-06-10' }))
    expect(wrapper.text()).toBe(`${title} on Friday`)
    expect(wrapper.find('strong').text()).toBe(title)
    expect(wrapper.attributes('data-session')).toBe('workshop-first-pipeline')
  })

  it('says today on the day of the session, the weekday otherwise', () => {
    expect(mount(SessionMention, onSmallEvent({ session: 'workshop-first-pipeline', today: '2027-06-11' })).text()).toMatch(/ today$/)
    expect(mount(SessionMention, onSmallEvent({ session: 'talk-backfills', today: '2027-06-11' })).text()).toMatch(/ on Thursday$/)
    expect(mount(SessionMention, onSmallEvent({ session: 'workshop-first-pipeline' })).text()).toMatch(/ on Friday$/)
  })

  it('throws on an unknown session id, naming it', () => {
    expect(() => mount(SessionMention, onSmallEvent({ session: 'no-such-talk' }))).toThrow(/no-such-talk/)
  })
})
