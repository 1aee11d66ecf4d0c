import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LinkQr from '../../components/LinkQr.vue'
import QrCode from '../../components/QrCode.vue'
import { onSmallEvent, smallEventQueries as small } from '../fixtures/small-event.ts'

describe('QrCode', () => {
  it('draws the code as one non-empty SVG path, labelled, with the URL printed', () => {
    const url = 'https://beamsummit.org/'
    const wrapper = mount(QrCode, { props: { url, label: 'Our website', size: 120 } })
    const svg = wrapper.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe(`QR code for ${url}`)
    expect(svg.attributes('width')).toBe('120')
    const paths = svg.findAll('path')
    expect(paths).toHaveLength(1)
    const d = paths[0]!.attributes('d') ?? ''
    expect(d).toMatch(/^M\d+ \d+h\d+v1h-\d+z/)
    expect(d.split('M').length).toBeGreaterThan(50)
    expect(wrapper.find('.url').text()).toBe(url)
    // The printed URL is the one text the stage rules let go to the credit size (14 px).
    expect(wrapper.find('.url').attributes()).toHaveProperty('data-stage-credit')
    expect(wrapper.find('.label').attributes()).not.toHaveProperty('data-stage-credit')
    expect(wrapper.find('.label').text()).toBe('Our website')
  })

  it('encodes different URLs differently', () => {
    const a = mount(QrCode, { props: { url: 'https://beamsummit.org/' } }).get('path').attributes('d')
    const b = mount(QrCode, { props: { url: 'https://beam.apache.org/' } }).get('path').attributes('d')
    expect(a).not.toBe(b)
  })

  it.each(['http://beamsummit.org/', 'beamsummit.org', 'javascript:alert(1)'])('refuses %s, naming the url prop', (url) => {
    expect(() => mount(QrCode, { props: { url } })).toThrow(/QrCode: prop "url" must be an https:\/\/ URL/)
  })
})

describe('QrCode on stage', () => {
  it('is 221 px (40 % of the canvas height) by default', () => {
    const svg = mount(QrCode, { props: { url: 'https://beamsummit.org/' } }).get('svg')
    expect(svg.attributes('width')).toBe('221')
  })

  it('beside a message, is sized for its dark modules (quiet zone aside) to reach 40 % of the canvas', () => {
    const svg = mount(QrCode, { props: { url: 'https://beamsummit.org/' }, slots: { default: 'Please fill our survey' } }).get('svg')
    const side = Number(svg.attributes('width'))
    const [, , viewSide] = (svg.attributes('viewBox') ?? '').split(' ').map(Number)
    // 4 quiet modules each side: the modules span (viewSide - 8) / viewSide of the drawn side.
    expect(side * (viewSide! - 8) / viewSide!).toBeGreaterThanOrEqual(0.4 * 552)
    expect(mount(QrCode, { props: { url: 'https://beamsummit.org/', size: 150 }, slots: { default: 'x' } }).get('svg').attributes('width')).toBe('150')
  })

  it('prints the whole URL with a break opportunity after each separator only', () => {
    const url = 'https://maps.google.com/?q=Lazarus+Brewing+Co,+Austin'
    const caption = mount(QrCode, { props: { url } }).get('.url')
    expect(caption.text()).toBe(url)
    const html = caption.html().replace(/<wbr[^>]*>/g, '|')
    expect(html).toContain('maps.|google.|com/?|q=|Lazarus+|Brewing+|')
    expect(html).not.toMatch(/[a-z]\|[a-z]/i)
  })

  it('sets the slot beside the code, as the slide\'s message', () => {
    const wrapper = mount(QrCode, { props: { url: 'https://beamsummit.org/' }, slots: { default: 'Please fill our survey' } })
    expect(wrapper.classes()).toContain('has-message')
    expect(wrapper.get('.message').text()).toBe('Please fill our survey')
    expect(wrapper.find('figure svg').exists()).toBe(true)
    expect(mount(QrCode, { props: { url: 'https://beamsummit.org/' } }).find('.message').exists()).toBe(false)
  })
})

describe('LinkQr', () => {
  it('passes its slot on as the message beside the code', () => {
    const wrapper = mount(LinkQr, { ...onSmallEvent({ link: 'survey' }), slots: { default: 'Please, PLEASE fill our survey:' } })
    expect(wrapper.get('.message').text()).toBe('Please, PLEASE fill our survey:')
  })

  it.each(['survey', 'jobs', 'website'] as const)('shows the %s link with its label', (link) => {
    const wrapper = mount(LinkQr, onSmallEvent({ link }))
    const target = small.links()[link]
    expect(target.url).toMatch(/^https:\/\/example\.org\//)
    expect(wrapper.get('svg').attributes('aria-label')).toBe(`QR code for ${target.url}`)
    expect(wrapper.find('.label').text()).toBe(target.label)
    expect(wrapper.find('.url').text()).toBe(target.url)
  })
})
