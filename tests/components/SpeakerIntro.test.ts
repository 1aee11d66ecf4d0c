import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SpeakerIntro from '../../components/SpeakerIntro.vue'
import { onSmallEvent } from '../fixtures/small-event.ts'

describe('SpeakerIntro', () => {
  it('introduces the session speaker from the event data', () => {
    const wrapper = mount(SpeakerIntro, onSmallEvent({ session: 'keynote-streams', level: 1 }))
    expect(wrapper.find('h1').text()).toBe('Bruno Muestra')
    expect(wrapper.find('.speaker-intro__role').text()).toBe('Engineer @ Example Labs')
    expect(wrapper.find('.speaker-intro__handle').text()).toBe('@bruno_muestra')
  })

  it('can leave the role out', () => {
    const wrapper = mount(SpeakerIntro, onSmallEvent({ session: 'keynote-lakes', showRole: false }))
    expect(wrapper.find('h2').text()).toBe('Carla Prueba')
    expect(wrapper.find('.speaker-intro__role').exists()).toBe(false)
    expect(wrapper.find('.speaker-intro__handle').text()).toBe('@carlaprueba')
  })

  it('shows neither role nor handle for a speaker the data has none of', () => {
    const wrapper = mount(SpeakerIntro, onSmallEvent({ session: 'talk-windows' }))
    expect(wrapper.find('h2').text()).toBe('Darío Modelo')
    expect(wrapper.find('.speaker-intro__role').exists()).toBe(false)
    expect(wrapper.find('.speaker-intro__handle').exists()).toBe(false)
  })

  it('introduces the speaker it is asked for, and fails loudly on an unknown session or speaker index', () => {
    expect(mount(SpeakerIntro, onSmallEvent({ session: 'panel-production', index: 2 })).find('h2').text()).toBe('Gala Inventada')
    expect(() => mount(SpeakerIntro, onSmallEvent({ session: 'no-such-session' }))).toThrow(/no-such-session/)
    expect(() => mount(SpeakerIntro, onSmallEvent({ session: 'keynote-lakes', index: 3 }))).toThrow(/no speaker #3/)
  })
})
