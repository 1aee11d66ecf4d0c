import { describe, expect, it } from 'vitest'
import { beamSummit, createEventQueries, loadEventData, schedulePages, speakerPages } from '../../data/index.ts'
import { keynoteCards, keynotePages, wallPages } from '../../data/stage-layout.ts'
import { bigProgramme } from '../fixtures/big-programme.ts'
import { expandGeneratedSlides } from '../../scripts/lib/generated-slides.ts'

const deck = (asking: string[]) => ['---', 'title: Deck', '---', '', '# First', '', ...asking, '---', '', '# After', '']

describe('expandGeneratedSlides', () => {
  it('turns one schedule slide into one slide per page, each titled with its part and keeping the notes', () => {
    const lines = deck(['---', 'generate: schedule', 'day: 2022-07-18', '---', '', '# Monday Schedule', '', '<!--', '{part}. Say hello.', '-->', ''])
    expandGeneratedSlides(lines, 'slides/test.md')
    const pages = schedulePages(beamSummit, '2022-07-18')
    const grids = lines.filter(line => line.startsWith('<ScheduleGrid'))
    expect(grids).toEqual(pages.map(page => `<ScheduleGrid day="2022-07-18" :page="${page.index}" live />`))
    expect(lines.filter(line => line === '# Monday Schedule')).toHaveLength(pages.length)
    expect(lines).toContain(`title: Monday Schedule · 2 of ${pages.length} · ${pages[1]!.window}`)
    expect(lines).toContain(`Monday schedule · 2 of ${pages.length} · ${pages[1]!.window}. Say hello.`)
    expect(lines.some(line => line.startsWith('generate'))).toBe(false)
    expect(lines.slice(-3)).toEqual(['', '# After', ''])
  })

  it('turns one speakers slide into the wall\'s pages', () => {
    const lines = deck(['---', 'generate: speakers', '---', '', '# Thanks to our speakers!', ''])
    expandGeneratedSlides(lines, 'slides/test.md')
    expect(lines.filter(line => line.startsWith('<SpeakerWall'))).toHaveLength(speakerPages(beamSummit.allSpeakers()).length)
  })

  it('turns one sponsors slide into the wall\'s pages, from the event it is given', () => {
    const big = createEventQueries(loadEventData(bigProgramme(), 'tests/fixtures/big-programme.ts'))
    const expected = wallPages(big.sponsorsByTier().map(({ tier, sponsors }) => ({ title: tier.name, organisations: sponsors })))
    expect(expected.length).toBeGreaterThan(1)
    const lines = deck(['---', 'generate: sponsors', '---', '', '# Thanks to our Sponsors', '', '<!--', 'Sponsors, {part}.', '-->', ''])
    expandGeneratedSlides(lines, 'slides/test.md', big)
    expect(lines.filter(line => line.startsWith('<SponsorWall'))).toEqual(expected.map(page => `<SponsorWall :page="${page.index}" />`))
    expect(lines).toContain(`title: Thanks to our Sponsors · 2 of ${expected.length}`)
    expect(lines).toContain(`Sponsors, 2 of ${expected.length}.`)
    // The shipped sponsors fit one slide: no part in its title.
    const shipped = deck(['---', 'generate: sponsors', '---', '', '# Thanks to our Sponsors', ''])
    expandGeneratedSlides(shipped, 'slides/test.md')
    expect(shipped.filter(line => line.startsWith('<SponsorWall'))).toEqual(['<SponsorWall :page="0" />'])
    expect(shipped).toContain('title: Thanks to our Sponsors')
  })

  it('turns one keynotes slide into as many slides as the titles need, from the event it is given', () => {
    const big = createEventQueries(loadEventData(bigProgramme(), 'tests/fixtures/big-programme.ts'))
    const day = big.eventDays()[0]!.date
    const expected = keynotePages(keynoteCards(big, day))
    expect(expected.length).toBeGreaterThan(1)
    const lines = deck(['---', 'generate: keynotes', `day: ${day}`, '---', '', '# Keynote sessions', '', '<!--', 'Keynotes, {part}.', '-->', ''])
    expandGeneratedSlides(lines, 'slides/test.md', big)
    expect(lines.filter(line => line.startsWith('<KeynoteList'))).toEqual(expected.map(page => `<KeynoteList day="${day}" :page="${page.index}" />`))
    expect(lines).toContain(`title: Keynote sessions · 2 of ${expected.length}`)
    expect(lines).toContain(`Keynotes, 2 of ${expected.length}.`)
    const shipped = deck(['---', 'generate: keynotes', 'day: 2022-07-18', '---', '', '# Keynote sessions', ''])
    expandGeneratedSlides(shipped, 'slides/test.md')
    expect(shipped.filter(line => line.startsWith('<KeynoteList'))).toEqual(['<KeynoteList day="2022-07-18" :page="0" />'])
    expect(() => expandGeneratedSlides(deck(['---', 'generate: keynotes', 'day: 2022-07-19', '---', '']), 'slides/test.md'))
      .toThrow(/^slides\/test\.md: .*field "day" is 2022-07-19, which has no keynotes/)
  })

  it('fails with one line naming the deck and the field', () => {
    expect(() => expandGeneratedSlides(deck(['---', 'generate: schedule', 'day: 2022-07-32', '---', '']), 'slides/test.md'))
      .toThrow(/^slides\/test\.md: .*field "day" is "2022-07-32"/)
    expect(() => expandGeneratedSlides(deck(['---', 'generate: agenda', '---', '']), 'slides/test.md'))
      .toThrow(/slides\/test\.md: .*field "generate" must be one of schedule, speakers, sponsors, keynotes/)
    expect(() => expandGeneratedSlides(deck(['---', 'generate: sponsors', 'day: 2022-07-18', '---', '']), 'slides/test.md'))
      .toThrow(/slides\/test\.md: .*field "day" does not apply to sponsors/)
  })

  it('leaves a deck without generate alone', () => {
    const lines = deck(['---', 'layout: section', '---', '', '# Part'])
    const before = [...lines]
    expandGeneratedSlides(lines, 'slides/test.md')
    expect(lines).toEqual(before)
  })
})
