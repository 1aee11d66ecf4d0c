// The framework's components on an event that is not the shipped one, handed to them through the
// one composable (composables/useEvent.ts): another time zone, named rooms, two days, no socials.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { Component } from 'vue'
import BrandWordmark from '../../components/BrandWordmark.vue'
import CoverArt from '../../components/CoverArt.vue'
import EditionTimeline from '../../components/EditionTimeline.vue'
import KeynoteList from '../../components/KeynoteList.vue'
import SponsorWall from '../../components/SponsorWall.vue'
import VenueGuide from '../../components/VenueGuide.vue'
import { createEventQueries, loadEventData, roomsPhrase, venueGuideLines } from '../../data/index.ts'
import { secondEvent } from '../fixtures/second-event.ts'
import { onEvent } from '../fixtures/small-event.ts'

const second = createEventQueries(loadEventData(secondEvent(), 'tests/fixtures/second-event.ts'))
const mountOnSecond = (component: Component, props: Record<string, unknown> = {}) => mount(component, onEvent(second, props))

describe('roomsPhrase', () => {
  it('spans rooms named by numbers and lists rooms named by words', () => {
    expect(roomsPhrase(['204', '203', '202'])).toBe('202-204')
    expect(roomsPhrase(['Sala Goya', 'Sala Miró', 'Sala Sorolla'])).toBe('Sala Goya, Sala Miró and Sala Sorolla')
    expect(roomsPhrase(['204', 'Patio'])).toBe('204 and Patio')
    expect(roomsPhrase(['201 Hall with a long name', '210 Another long hall name'])).toBe('201-210')
    expect(roomsPhrase(['A', 'B', 'C', 'D', 'E'])).toBe('5 rooms')
    expect(roomsPhrase(['7'])).toBe('7')
  })
})

describe('venueGuideLines', () => {
  it('reads the first day\'s rooms, the keynote room and the meal from any event, leaving out what it lacks', () => {
    expect(venueGuideLines(second)).toEqual({
      sessionsWhere: 'across Sala Goya, Sala Miró and Sala Sorolla',
      keynoteRoom: 'Auditorium',
      lunch: { time: '1:30-3 PM', room: 'Patio', options: undefined },
      roomSigns: 'Each room has its name on the door',
      restrooms: undefined,
    })
  })
})

describe('components on a second event', () => {
  it('VenueGuide names the rooms and says nothing of Beam Summit\'s floor, lunch boxes or restrooms', () => {
    const wrapper = mountOnSecond(VenueGuide)
    const top = wrapper.findAll('.venue-guide > li')
    expect(top.map(item => item.text().replace(/\s+/g, ' '))).toEqual([
      'All sessions will take place across Sala Goya, Sala Miró and Sala Sorolla Keynotes will be held in the Auditorium only',
      'Lunch will take place from 1:30-3 PM in the Patio',
      'Each room has its name on the door',
    ])
  })

  it('KeynoteList, SponsorWall and EditionTimeline show the provided event\'s keynotes, tiers and edition', () => {
    expect(mountOnSecond(KeynoteList, { day: '2027-06-10' }).findAll('li.card h3').map(h => h.text())).toEqual(['Bruno Muestra', 'Carla Prueba'])
    const wall = mountOnSecond(SponsorWall).text()
    expect(wall).toContain('Patron')
    expect(wall).toContain('Example Labs')
    expect(wall).not.toMatch(/Google|Beam/)
    expect(mountOnSecond(EditionTimeline).findAll('li.edition h3').map(h => h.text())).toEqual(['Madrid'])
  })
})

describe('BrandWordmark', () => {
  it('draws the event\'s own wordmark from its data', () => {
    const shipped = mount(BrandWordmark)
    expect(shipped.findAll('path.bs-wordmark__ink')).toHaveLength(2)
    expect(shipped.find('text.bs-wordmark__place').text()).toBe('Austin, 2022')
  })

  it('sets another event\'s name as text when its data has no wordmark, nothing of Beam Summit', () => {
    const wrapper = mountOnSecond(BrandWordmark)
    expect(wrapper.findAll('path')).toHaveLength(0)
    expect(wrapper.find('text.bs-wordmark__name').text()).toBe('Example Data Days')
    expect(wrapper.find('text.bs-wordmark__place').text()).toBe('Madrid, 2027')
    expect(wrapper.attributes('aria-label')).toBe('Example Data Days Madrid 2027')
    expect(wrapper.html()).not.toMatch(/Beam|Austin/)
  })
})

describe('CoverArt', () => {
  it('draws the event\'s illustration from its data, hidden from screen readers', () => {
    const shipped = mount(CoverArt)
    expect(shipped.attributes('aria-hidden')).toBe('true')
    expect(shipped.findAll('.art-beam')).toHaveLength(8)
    expect(shipped.findAll('.art-city path').length).toBeGreaterThan(0)
    expect(mount(CoverArt, { props: { compact: true } }).attributes('viewBox')).toBe('430 0 550 500')
  })

  it('draws nothing for an event without one (no other city\'s skyline)', () => {
    expect(mountOnSecond(CoverArt).find('svg').exists()).toBe(false)
  })
})
