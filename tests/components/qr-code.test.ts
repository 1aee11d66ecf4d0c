import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LinkQr from '../../components/LinkQr.vue'
import QrCode from '../../components/QrCode.vue'
import { beamSummit } from '../../data/index.ts'

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

describe('LinkQr', () => {
  it.each(['survey', 'jobs', 'website'] as const)('shows the %s link with its label', (link) => {
    const wrapper = mount(LinkQr, { props: { link } })
    const target = beamSummit.links()[link]
    expect(wrapper.get('svg').attributes('aria-label')).toBe(`QR code for ${target.url}`)
    expect(wrapper.find('.label').text()).toBe(target.label)
    expect(wrapper.find('.url').text()).toBe(target.url)
  })
})
