import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SpeakerIntro from '../../components/SpeakerIntro.vue'
import { beamSummit } from '../../data/index.ts'

describe('SpeakerIntro', () => {
  it('introduces the session speaker from the event data', () => {
    const [speaker] = beamSummit.speakersOf('tailoring-pipelines-at-spotify')
    const wrapper = mount(SpeakerIntro, { props: { session: 'tailoring-pipelines-at-spotify', level: 1 } })
    expect(wrapper.find('h1').text()).toBe(speaker!.name)
    expect(wrapper.find('.speaker-intro__role').text()).toBe(`${speaker!.role} @ ${speaker!.company}`)
    expect(wrapper.find('.speaker-intro__handle').text()).toBe(speaker!.handle)
  })

  it('can leave the role out', () => {
    const [speaker] = beamSummit.speakersOf('beam-at-twitter')
    const wrapper = mount(SpeakerIntro, { props: { session: 'beam-at-twitter', showRole: false } })
    expect(wrapper.find('h2').text()).toBe(speaker!.name)
    expect(wrapper.find('.speaker-intro__role').exists()).toBe(false)
    expect(wrapper.find('.speaker-intro__handle').text()).toBe(speaker!.handle)
  })

  it('fails loudly on an unknown session or speaker index', () => {
    expect(() => mount(SpeakerIntro, { props: { session: 'no-such-session' } })).toThrow(/no-such-session/)
    expect(() => mount(SpeakerIntro, { props: { session: 'beam-at-twitter', index: 3 } })).toThrow(/no speaker #3/)
  })
})
