import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import OrganisationTile from '../../components/OrganisationTile.vue'
import PartnerWall from '../../components/PartnerWall.vue'
import SponsorWall from '../../components/SponsorWall.vue'
import { onSmallEvent, smallEventQueries as small } from '../fixtures/small-event.ts'

function organisations(prefix: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, name: `${prefix} Corp ${i}`, logo: i % 2 ? `${prefix}-${i}.svg` : undefined }))
}

describe('SponsorWall', () => {
  it('shows one page of a wall too big for a slide, saying which part it is; refuses a page that does not exist', () => {
    const long = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, name: `${prefix} Streaming Cloud Infrastructure Solutions ${i}` }))
    const groups = [{ title: 'Gold', organisations: long('g', 30) }, { title: 'Silver', organisations: long('s', 30) }]
    const second = mount(SponsorWall, { props: { groups, page: 1 } })
    expect(second.get('.part-label').text()).toMatch(/^2 of \d+$/)
    const count = Number(second.get('.part-label').text().split(' of ')[1])
    const shown = Array.from({ length: count }, (_, page) => mount(SponsorWall, { props: { groups, page } }).findAll('.organisation-tile').length)
    expect(shown.reduce((a, b) => a + b, 0)).toBe(60)
    expect(() => mount(SponsorWall, { props: { groups, page: count } })).toThrow(/SponsorWall: prop "page" is \d+, but the wall has \d+ page/)
    // A wall that fits one slide says nothing about parts.
    expect(mount(SponsorWall, onSmallEvent({ page: 0 })).find('.part-label').exists()).toBe(false)
  })

  it('lays out 40 sponsors as 40 tiles, names at 16 px, tiers in order and empty tiers hidden', () => {
    const wrapper = mount(SponsorWall, {
      props: {
        groups: [
          { title: 'Platinum', organisations: organisations('p', 4) },
          { title: 'Gold', organisations: organisations('g', 12) },
          { title: 'Bronze', organisations: [] },
          { title: 'Silver', organisations: organisations('s', 24) },
        ],
      },
    })
    expect(wrapper.findAll('.organisation-tile')).toHaveLength(40)
    expect(wrapper.attributes('data-name-size')).toBe('label')
    expect(wrapper.attributes('style')).toContain('--tile-font: var(--bs-type-label)')
    expect(wrapper.findAll('h3').map(h => h.text())).toEqual(['Platinum', 'Gold', 'Silver'])
    // The smallest tier is centred on its own row: 4 columns, not the wall's 8.
    expect(wrapper.findAll('.tiles')[0]!.attributes('style')).toContain('--group-columns: 4')
  })

  it.each([[1, 'hero'], [2, 'display'], [5, 'h1'], [12, 'h2'], [40, 'label']])('grows the tiles for few sponsors: %i sponsors get names at --bs-type-%s', (count, size) => {
    const wrapper = mount(SponsorWall, { props: { groups: [{ title: 'Gold', organisations: organisations('x', count) }] } })
    expect(wrapper.attributes('data-name-size')).toBe(size)
    expect(wrapper.findAll('.organisation-tile')).toHaveLength(count)
  })

  it('defaults to the sponsor tiers from the data, in order, without the empty Supporter tier', () => {
    const wrapper = mount(SponsorWall, onSmallEvent())
    const expected = small.sponsorsByTier().map(group => group.tier.name)
    expect(expected).toEqual(['Patron', 'Friend'])
    expect(wrapper.findAll('h3').map(h => h.text())).toEqual(expected)
    expect(wrapper.findAll('.organisation-tile')).toHaveLength(3)
    expect(wrapper.text()).toContain('Example Streams')
    expect(wrapper.text()).not.toContain('Supporter')
  })
})

describe('OrganisationTile', () => {
  it('draws a typographic tile with the name when there is no logo', () => {
    const wrapper = mount(OrganisationTile, { props: { name: 'Example Cloud' } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('.name').text()).toBe('Example Cloud')
    expect(wrapper.classes()).toContain('is-typographic')
  })

  it('shows a local logo with alt text, never a remote one', () => {
    const wrapper = mount(OrganisationTile, { props: { name: 'Acme', logo: 'acme.svg' } })
    const img = wrapper.get('img')
    expect(img.attributes('src')).toBe('/logos/acme.svg')
    expect(img.attributes('alt')).toBe('Acme logo')
  })
})

describe('PartnerWall', () => {
  it('shows the partners from the data with no heading', () => {
    const wrapper = mount(PartnerWall, onSmallEvent())
    expect(wrapper.findAll('h3')).toHaveLength(0)
    expect(small.partners()).toHaveLength(1)
    expect(wrapper.findAll('.organisation-tile')).toHaveLength(1)
    expect(wrapper.text()).toContain('Example Meetup Madrid')
    // One partner fills the slide: its name at hero size.
    expect(wrapper.attributes('data-name-size')).toBe('hero')
  })
})
