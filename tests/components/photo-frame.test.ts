import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PhotoFrame from '../../components/PhotoFrame.vue'

describe('PhotoFrame without its file', () => {
  it('is a designed stand-in: the caption set large over the skyline, no file name, path or instruction', () => {
    const wrapper = mount(PhotoFrame, { props: { photo: 'kerry-at-work.jpg', caption: 'Me at work' } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('.photo-frame__standin-caption').text()).toBe('Me at work')
    expect(wrapper.text()).toBe('Me at work')
    expect(wrapper.text()).not.toMatch(/kerry|\.jpg|public|photos|drop/i)
    // The illustration is decorative.
    expect(wrapper.get('svg').attributes('aria-hidden')).toBe('true')
    // Still marked for checks, in an attribute that is never drawn.
    expect(wrapper.get('[data-missing-photo]').attributes('data-missing-photo')).toBe('kerry-at-work.jpg')
    // The slot is an image to a screen reader and in the tagged PDF, its caption the alternative text.
    expect(wrapper.get('.photo-frame__standin').attributes()).toMatchObject({ 'role': 'img', 'aria-label': 'Me at work' })
  })

  it('draws no caption line when it has none, and still no instruction', () => {
    const wrapper = mount(PhotoFrame, { props: {} })
    expect(wrapper.text()).toBe('')
    expect(wrapper.find('.photo-frame__standin').exists()).toBe(true)
  })
})
