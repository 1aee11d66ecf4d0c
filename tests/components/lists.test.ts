import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EditionTimeline from '../../components/EditionTimeline.vue'
import KeynoteList from '../../components/KeynoteList.vue'
import SpaceNotes from '../../components/SpaceNotes.vue'
import SpeakerReminders from '../../components/SpeakerReminders.vue'
import SpeakerWall from '../../components/SpeakerWall.vue'
import { speakerPages } from '../../data/index.ts'
import VenueGuide from '../../components/VenueGuide.vue'
import { beamSummit } from '../../data/index.ts'

describe('KeynoteList', () => {
  it('shows the 4 Monday keynotes with speaker, role and company, title and a 12-hour time', () => {
    const wrapper = mount(KeynoteList, { props: { day: '2022-07-18' } })
    const cards = wrapper.findAll('li.card')
    expect(cards).toHaveLength(4)
    expect(cards.map(card => card.find('h3').text())).toEqual(['Kerry Donny-Clark', 'Lak Lakshmanan', 'Rickard Zwahlen', 'Lohit Vijayarenu'])
    expect(cards[0]!.find('.affiliation').text()).toBe('Manager, Google Cloud Dataflow')
    expect(cards[0]!.find('.title').text()).toBe("Google's investment on Beam and its internal use")
    expect(cards.map(card => card.find('.time').text())).toEqual(['10:00 - 10:25 AM', '10:25 - 10:50 AM', '10:50 - 11:15 AM', '11:15 - 11:40 AM'])
  })

  it('shows the page it is asked for, says which part it is when there are several, and refuses a page that does not exist', () => {
    expect(mount(KeynoteList, { props: { day: '2022-07-18', page: 0 } }).find('.part-label').exists()).toBe(false)
    expect(() => mount(KeynoteList, { props: { day: '2022-07-18', page: 1 } })).toThrow(/KeynoteList: prop "page" is 1, but the list has 1 page/)
  })

  it('shows no keynote on a day without any', () => {
    expect(mount(KeynoteList, { props: { day: '2022-07-19' } }).findAll('li.card')).toHaveLength(0)
  })
})

describe('EditionTimeline', () => {
  it('lists the editions in order with city, year, dates, venue and "Free event"', () => {
    const wrapper = mount(EditionTimeline)
    const items = wrapper.findAll('li.edition')
    expect(items.map(item => `${item.find('h3').text()} ${item.find('.year').text()}`)).toEqual(['London 2018', 'Berlin 2019', 'Austin 2022'])
    expect(items[0]!.find('.dates').text()).toBe('October 1-2, 2018')
    expect(items[0]!.find('.venue').text()).toContain('Level39')
    expect(items[0]!.find('.free').text()).toBe('Free event')
    expect(items[1]!.find('.dates').text()).toBe('June 19-20, 2019')
    expect(items[1]!.find('.venue').exists()).toBe(false)
    expect(items[1]!.find('.free').exists()).toBe(true)
    expect(items[2]!.find('.free').exists()).toBe(false)
    expect(items[2]!.classes()).toContain('is-current')
  })
})

describe('SpeakerWall', () => {
  it('lists every speaker once, by name', () => {
    const pages = speakerPages(beamSummit.allSpeakers())
    const names = pages.flatMap((_, page) => mount(SpeakerWall, { props: { page } }).findAll('li').map(li => li.text()))
    expect(names).toEqual(beamSummit.allSpeakers().map(person => person.name))
    expect(names.length).toBeGreaterThan(70)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toContain('Iñigo San José Visiers')
  })

  it('lists a day\'s speakers only when given a day', () => {
    const names = mount(SpeakerWall, { props: { day: '2022-07-20' } }).findAll('li').map(li => li.text())
    expect(names).toContain('Miren Esnaola')
    expect(names).not.toContain('Robert Burke')
  })
})

describe('VenueGuide', () => {
  it('derives the venue facts from the data, as a nested list', () => {
    const wrapper = mount(VenueGuide)
    const top = wrapper.findAll('.venue-guide > li')
    expect(top).toHaveLength(4)
    expect(top[0]!.text()).toMatch(/^All sessions will take place on this floor across 202-204/)
    expect(top[0]!.find('ul li').text()).toBe('Keynotes will be held in the Amphitheatre only')
    expect(top[1]!.text()).toMatch(/^Lunch will take place from 1-2 PM in the Tejas Dining Room/)
    expect(top[1]!.find('ul li').text()).toBe('Lunch box options include roast beef on ciabatta, chicken salad croissant and falafel fritter wraps')
    expect(top[2]!.text()).toBe(beamSummit.logistics().roomSigns)
    expect(top[3]!.text()).toBe(beamSummit.logistics().restrooms)
  })
})

describe('SpaceNotes and SpeakerReminders', () => {
  it('shows the whiteboards and easel pads notes', () => {
    const text = mount(SpaceNotes).text()
    expect(text).toContain(beamSummit.logistics().whiteboards)
    expect(text).toContain(beamSummit.logistics().easelPads)
  })

  it('sets the one speaker reminder large, as the slide message, not as a one-item list', () => {
    const reminders = beamSummit.logistics().speakerReminders
    expect(reminders).toHaveLength(1)
    const wrapper = mount(SpeakerReminders)
    expect(wrapper.findAll('li')).toHaveLength(0)
    expect(wrapper.get('p.is-single').text()).toBe(reminders[0])
    expect(wrapper.get('p.is-single').attributes('style')).toContain('var(--bs-type-display)')
  })
})
