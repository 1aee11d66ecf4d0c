// npm run import -- <file> --new-event: a new event from a schedule export, its hand-kept facts
// from the template, held to the same rules; the files it would replace need --force.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEventQueries, loadEventData } from '../../data/index.ts'
import type { EventFacts } from '../../data/merge-programme.ts'
import { runImport } from '../../scripts/import.ts'
import { type Deck, deckProblems, parseHeadmatter } from '../../scripts/lib/decks.ts'
import { PLACEHOLDER, programmeDeckText } from '../../scripts/lib/event-template.ts'
import { expandGeneratedSlides } from '../../scripts/lib/generated-slides.ts'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/imports')
const REPO = path.resolve(import.meta.dirname, '../..')

let dir = ''
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }) })

/** A throwaway repo layout: data/ with the merge module the written files import, slides/ with its package.json, the export. */
function setUp(existing: { event?: string, programme?: string } = {}) {
  // Inside the repo (.cache/, ignored by git): Vite imports the written data/event.ts only from there.
  mkdirSync(path.join(REPO, '.cache'), { recursive: true })
  dir = mkdtempSync(path.join(REPO, '.cache', 'new-event-'))
  mkdirSync(path.join(dir, 'data'))
  mkdirSync(path.join(dir, 'slides'))
  copyFileSync(path.join(REPO, 'data/merge-programme.ts'), path.join(dir, 'data/merge-programme.ts'))
  // Every deck of slides/ has the repo root as its addon from here.
  copyFileSync(path.join(REPO, 'slides/package.json'), path.join(dir, 'slides/package.json'))
  copyFileSync(path.join(FIXTURES, 'tiny-conf.xml'), path.join(dir, 'tiny-conf.xml'))
  const files = { eventFile: path.join(dir, 'data/event.ts'), programmeFile: path.join(dir, 'data/programme.ts'), deckFile: path.join(dir, 'slides/programme/slides.md') }
  if (existing.event) writeFileSync(files.eventFile, existing.event)
  if (existing.programme) writeFileSync(files.programmeFile, existing.programme)
  const keynote: Deck = { slug: 'keynote', file: path.join(dir, 'slides/keynote/slides.md'), relPath: 'slides/keynote/slides.md', headmatter: { session: 'ml-design-patterns' } }
  const out: string[] = []
  const err: string[] = []
  const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: dir, decks: [keynote], ...files }
  return { io, out, err, ...files }
}

describe('import --new-event', () => {
  it('refuses to replace the current event\'s files without --force, and writes nothing', async () => {
    const { io, err, eventFile, programmeFile, deckFile } = setUp({ event: '// 2022\n', programme: '// 2022 programme\n' })
    expect(await runImport(['tiny-conf.xml', '--new-event'], io)).toBe(1)
    expect(err).toEqual(['import: --new-event would replace data/event.ts, data/programme.ts (the current event\'s facts and schedule deck): add --force to replace them; nothing written'])
    expect(readFileSync(eventFile, 'utf8')).toBe('// 2022\n')
    expect(readFileSync(programmeFile, 'utf8')).toBe('// 2022 programme\n')
    expect(existsSync(deckFile)).toBe(false)
  })

  it('--dry-run says what it would write and writes nothing', async () => {
    const { io, out, eventFile } = setUp({ event: '// 2022\n' })
    expect(await runImport(['tiny-conf.xml', '--new-event', '--dry-run'], io)).toBe(0)
    expect(out.at(-1)).toBe('dry run: nothing written (would write data/programme.ts, data/event.ts, slides/programme/slides.md)')
    expect(readFileSync(eventFile, 'utf8')).toBe('// 2022\n')
  })

  it('with --force writes the programme, the hand-kept facts from the template and the programme deck; the data module loads them', async () => {
    const { io, out, err, eventFile, deckFile } = setUp({ event: '// 2022\n', programme: '// 2022 programme\n' })
    expect(await runImport(['tiny-conf.xml', '--new-event', '--force'], io)).toBe(0)
    expect(err).toEqual(['warning: tiny-conf.xml: day[1]/room[@name="Hall A"]/event[1]/links/link[2]: link "http://tiny.example/old" left out: links must use https'])
    expect(out[0]).toBe('tiny-conf.xml: new event "Tiny Conf 2031": 5 sessions, 2 rooms, 3 speakers, 2031-05-06 to 2031-05-07 (Europe/Berlin)')
    expect(out).toContain('decks of the previous event name sessions this one does not have: slides/keynote/slides.md (ml-design-patterns)')
    expect(out.at(-1)).toBe('build the schedule slides, the room signage and the hub: npm run build -- programme rooms')

    const { eventFacts } = await import(/* @vite-ignore */ pathToFileURL(eventFile).href) as { eventFacts: EventFacts }
    const event = createEventQueries(loadEventData(eventFacts, 'data/event.ts'))
    expect(event.event).toMatchObject({ id: 'tiny-conf-2031', name: 'Tiny Conf 2031', edition: 'Tiny Conf 2031', city: PLACEHOLDER, timeZone: 'Europe/Berlin', website: 'https://example.org/' })
    expect(event.eventDays().map(day => day.date)).toEqual(['2031-05-06', '2031-05-07'])
    expect(event.allSessions()).toHaveLength(5)
    // Nothing of another event is carried over, and nothing invented: no sponsors, breaks, socials, editions.
    expect([eventFacts.sponsors, eventFacts.breaks, eventFacts.socialEvents, eventFacts.editions]).toEqual([[], [], [], []])

    // The programme deck: a cover and each day's schedule, valid for the build and expanding into slides.
    const markdown = readFileSync(deckFile, 'utf8')
    const deck: Deck = { slug: 'programme', file: deckFile, relPath: 'slides/programme/slides.md', headmatter: parseHeadmatter(markdown) }
    expect(deckProblems(deck, event, dir)).toEqual([])
    expect(markdown.match(/^day: .*$/gm)).toEqual(['day: 2031-05-06', 'day: 2031-05-07'])
    const lines = markdown.split('\n')
    expandGeneratedSlides(lines, 'slides/programme/slides.md', event)
    expect(lines.join('\n')).toContain('<ScheduleGrid day="2031-05-07"')
  })

  it('replaces a programme deck that is there already only with --force: it shows the previous event\'s days', async () => {
    const { io, out, err, deckFile } = setUp()
    mkdirSync(path.dirname(deckFile))
    writeFileSync(deckFile, '---\ngenerate: schedule\nday: 2022-07-18\n---\n')
    expect(await runImport(['tiny-conf.xml', '--new-event'], io)).toBe(1)
    expect(err.at(-1)).toBe('import: --new-event would replace slides/programme/slides.md (the current event\'s facts and schedule deck): add --force to replace them; nothing written')
    expect(readFileSync(deckFile, 'utf8')).toContain('day: 2022-07-18')
    expect(await runImport(['tiny-conf.xml', '--new-event', '--force'], io)).toBe(0)
    expect(out).toContain('wrote data/programme.ts, data/event.ts, slides/programme/slides.md')
    expect(readFileSync(deckFile, 'utf8').match(/^day: .*$/gm)).toEqual(['day: 2031-05-06', 'day: 2031-05-07'])
  })

  it('the deck\'s title and headings are text, whatever the export calls the event', () => {
    const text = programmeDeckText({ event: { edition: '<img src=x onerror=alert(1)> *Conf*', startDate: '2031-05-06', endDate: '2031-05-06', timeZone: 'UTC' }, rooms: [], people: [], sessions: [] })
    expect(text).toContain('title: "<img src=x onerror=alert(1)> *Conf*: programme"')
    expect(text).toContain('# &lt;img src=x onerror=alert(1)&gt; \\*Conf\\*')
  })

  it('--force alone is a usage error', async () => {
    const { io } = setUp()
    const usage = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await runImport(['tiny-conf.xml', '--force'], io)).toBe(2)
    expect(String(usage.mock.calls[0]![0]).split('\n')[0]).toBe('--force goes with --new-event (a re-import needs no force: it keeps the hand-kept facts)')
    usage.mockRestore()
  })
})
