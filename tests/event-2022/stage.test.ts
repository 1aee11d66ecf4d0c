// The shipped 2022 programme on stage: every day's schedule, the speaker wall and Monday's keynotes
// fit the slides the welcome and schedule decks give them. The rules themselves are tested on the
// small made-up event (tests/data/pages.test.ts, tests/data/stage-layout.test.ts).
import { describe, expect, it } from 'vitest'
import { eventQueries, schedulePages, speakerPages } from '../../data/index.ts'
import { keynoteCards, keynotePages } from '../../data/stage-layout.ts'
import { expectEverySessionOnce, expectWellFormed } from '../lib/schedule-pages.ts'

describe('schedulePages on the 2022 programme', () => {
  const days = eventQueries.eventDays().map(day => day.date).filter(date => eventQueries.sessionsOn(date).length > 0)

  it.each(days)('puts every session of %s whole on exactly one page, within the budget', (date) => {
    const pages = schedulePages(eventQueries, date)
    expectEverySessionOnce(pages, eventQueries.sessionsOn(date))
    for (const page of pages) {
      expectWellFormed(page)
      expect(page.height, `${date} page ${page.part}`).toBeLessThanOrEqual(page.budget)
    }
    pages.forEach((page, index) => expect(page.part).toBe(`${index + 1} of ${pages.length}`))
  })

  it('gives Monday\'s keynotes (the Amphitheatre alone) pages of their own, before the parallel rooms', () => {
    const pages = schedulePages(eventQueries, '2022-07-18')
    const keynotes = pages.filter(page => page.blocks.some(block => block.slot.session.kind === 'keynote'))
    expect(keynotes.length).toBeGreaterThan(0)
    for (const page of keynotes) expect(page.rooms.map(room => room.id)).toEqual(['room-204'])
    expect(pages[0]!.window).toBe('09:50–10:50')
    expect(pages.find(page => page.kind === 'parallel')!.roomsLabel).toBe('Rooms 204, 203 & 202')
  })
})

describe('speakerPages on the 2022 speakers', () => {
  it('puts every speaker once, in order, within the budget', () => {
    const people = eventQueries.allSpeakers()
    const pages = speakerPages(people)
    expect(pages.flatMap(page => page.columns.flat()).map(person => person.id)).toEqual(people.map(person => person.id))
    for (const page of pages) expect(page.height).toBeLessThanOrEqual(page.budget)
    expect(pages[0]!.range.startsWith('A')).toBe(true)
  })
})

describe('keynotePages on the 2022 keynotes', () => {
  it('the Monday keynotes fit one slide, two by two', () => {
    const pages = keynotePages(keynoteCards(eventQueries, '2022-07-18'))
    expect(pages).toHaveLength(1)
    expect(pages[0]!.cards).toHaveLength(4)
    expect(pages[0]!.columns).toBe(2)
  })
})
