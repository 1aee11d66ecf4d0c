import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EditionTimeline from '../../components/EditionTimeline.vue'
import KeynoteList from '../../components/KeynoteList.vue'
import SpaceNotes from '../../components/SpaceNotes.vue'
import SpeakerReminders from '../../components/SpeakerReminders.vue'
import SpeakerWall from '../../components/SpeakerWall.vue'
import VenueGuide from '../../components/VenueGuide.vue'
import { speakerPages } from '../../data/index.ts'
import { onSmallEvent, smallEventQueries as small } from '../fixtures/small-event.ts'

describe('KeynoteList', () => {
  it('shows the 2 Thursday keynotes with speaker, role and company, title and a 12-hour time', () => {
    const wrapper = mount(KeynoteList, onSmallEvent({ day: '2027-06-10' }))
    const cards = wrapper.findAll('li.card')
    expect(cards).toHaveLength(2)
    expect(cards.map(card => card.find('h3').text())).toEqual(['Bruno Muestra', 'Carla Prueba'])
    expect(cards[0]!.find('.affiliation').text()).toBe('Engineer, Example Labs')
    expect(cards[1]!.find('.affiliation').text()).toBe('Example Cloud')
    expect(cards[1]!.find('.title').text()).toBe('Lakes, rivers and the tables between')
    expect(cards.map(card => card.find('.time').text())).toEqual(['9:20 - 10:00 AM', '10:00 - 10:40 AM'])
  })

  it('shows the page it is asked for, says which part it is when there are several, and refuses a page that does not exist', () => {
    expect(mount(KeynoteList, onSmallEvent({ day: '2027-06-10', page: 0 })).find('.part-label').exists()).toBe(false)
    expect(() => mount(KeynoteList, onSmallEvent({ day: '2027-06-10', page: 1 }))).toThrow(/KeynoteList: prop "page" is 1, but the list has 1 page/)
  })

  it('shows no keynote on a day without any', () => {
    expect(mount(KeynoteList, onSmallEvent({ day: '2027-06-11' })).findAll('li.card')).toHaveLength(0)
  })
})

describe('EditionTimeline', () => {
  it('lists the editions in order with city, year, dates, venue and "Free event"', () => {
    const wrapper = mount(EditionTimeline, onSmallEvent())
    const items = wrapper.findAll('li.edition')
    expect(items.map(item => `${item.find('h3').text()} ${item.find('.year').text()}`)).toEqual(['Lisbon 2025', 'Madrid 2027'])
    expect(items[0]!.find('.dates').text()).toBe('September 30 - October 1, 2025')
    expect(items[0]!.find('.venue').text()).toContain('Example Pavilion')
    expect(items[0]!.find('.free').text()).toBe('Free event')
    expect(items[0]!.classes()).not.toContain('is-current')
    expect(items[1]!.find('.dates').text()).toBe('June 10-11, 2027')
    expect(items[1]!.find('.venue').exists()).toBe(false)
    expect(items[1]!.find('.free').exists()).toBe(false)
    expect(items[1]!.classes()).toContain('is-current')
  })
})

describe('SpeakerWall', () => {
  it('lists every speaker once, by name', () => {
    const pages = speakerPages(small.allSpeakers())
    const names = pages.flatMap((_, page) => mount(SpeakerWall, onSmallEvent({ page })).findAll('li').map(li => li.text()))
    expect(names).toEqual(small.allSpeakers().map(person => person.name))
    expect(names).toHaveLength(7)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toContain('Darío Modelo')
  })

  it('lists a day\'s speakers only when given a day', () => {
    const names = mount(SpeakerWall, onSmallEvent({ day: '2027-06-11' })).findAll('li').map(li => li.text())
    expect(names).toContain('Gala Inventada')
    expect(names).not.toContain('Ana Ejemplo')
  })
})

describe('VenueGuide', () => {
  it('derives the venue facts from the data, as a nested list', () => {
    const wrapper = mount(VenueGuide, onSmallEvent())
    const top = wrapper.findAll('.venue-guide > li')
    expect(top).toHaveLength(4)
    expect(top[0]!.text()).toMatch(/^All sessions will take place on the ground floor across Sala Goya, Sala Miró and Sala Sorolla/)
    expect(top[0]!.find('ul li').text()).toBe('Keynotes will be held in the Auditorium only')
    expect(top[1]!.text()).toMatch(/^Lunch will take place from 1:30-3 PM in the Patio/)
    expect(top[1]!.find('ul li').text()).toBe('Lunch box options include tortilla, gazpacho and a vegan paella')
    expect(top[2]!.text()).toBe(small.logistics().roomSigns)
    expect(top[3]!.text()).toBe(small.logistics().restrooms)
  })
})

describe('SpaceNotes and SpeakerReminders', () => {
  it('shows the whiteboards and easel pads notes', () => {
    const text = mount(SpaceNotes, onSmallEvent()).text()
    expect(text).toContain(small.logistics().whiteboards)
    expect(text).toContain(small.logistics().easelPads)
  })

  it('sets the one speaker reminder large, as the slide message, not as a one-item list', () => {
    const reminders = small.logistics().speakerReminders
    expect(reminders).toHaveLength(1)
    const wrapper = mount(SpeakerReminders, onSmallEvent())
    expect(wrapper.findAll('li')).toHaveLength(0)
    expect(wrapper.get('p.is-single').text()).toBe(reminders[0])
    expect(wrapper.get('p.is-single').attributes('style')).toContain('var(--bs-type-display)')
  })
})
