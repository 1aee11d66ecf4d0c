import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProgrammeFacts } from '../../data/merge-programme.ts'
import { runImport } from '../../scripts/import.ts'
import type { Deck } from '../../scripts/lib/decks.ts'
import { decksBySession, describeDiff, diffProgrammes } from '../../scripts/lib/programme-diff.ts'
import { durationMinutes, kindOf, programmeFromExport } from '../../scripts/lib/schedule-import.ts'
import { ImportError, readScheduleExport } from '../../scripts/lib/schedule-read.ts'
import { emptyEvent, emptyProgramme } from '../fixtures/imports/empty-event.ts'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/imports')
const tinyJson = () => JSON.parse(readFileSync(path.join(FIXTURES, 'tiny-conf.json'), 'utf8'))
const tinyXml = () => readFileSync(path.join(FIXTURES, 'tiny-conf.xml'), 'utf8')

function importText(text: string, file: string, options: { timeZone?: string, previous?: ProgrammeFacts } = {}) {
  return programmeFromExport(readScheduleExport(text, file), file, { handKept: emptyEvent, previous: options.previous ?? emptyProgramme, timeZone: options.timeZone })
}
const importJson = (document: unknown, options: { timeZone?: string, previous?: ProgrammeFacts } = {}) =>
  importText(JSON.stringify(document), 'schedule.json', options)

function refusal(run: () => unknown): ImportError {
  try {
    run()
  } catch (error) {
    if (error instanceof ImportError) return error
    throw error
  }
  throw new Error('expected the import to be refused')
}

describe('reading a schedule export', () => {
  it('takes the title, dates, time zone, rooms, sessions and speakers of a schedule.json', () => {
    const { programme, warnings } = importJson(tinyJson())
    expect(programme.event).toEqual({ edition: 'Tiny Conf 2031', startDate: '2031-05-06', endDate: '2031-05-07', timeZone: 'Europe/Berlin' })
    expect(programme.rooms.map(room => [room.id, room.name, room.kind])).toEqual([['hall-a', 'Hall A', 'session'], ['room-b', 'Room B', 'session']])
    expect(programme.people.map(person => person.id)).toEqual(['ada-lovelace', 'grace-hopper', 'alan-turing'])
    const [keynote, workshop, lightning] = programme.sessions
    expect(keynote).toMatchObject({
      id: '1-opening-keynote', title: 'Opening Keynote: Streams', subtitle: 'Why now', kind: 'keynote', track: 'Main', language: 'en',
      start: '2031-05-06T09:00', end: '2031-05-06T09:45', roomId: 'hall-a', speakerIds: ['ada-lovelace'],
      description: 'Where streams are going.', links: [{ label: 'Slides', url: 'https://tiny.example/slides/1.pdf' }],
    })
    // The abstract is empty, so the description stands in; a workshop type makes a workshop.
    expect(workshop).toMatchObject({ kind: 'workshop', description: 'Bring a laptop.', speakerIds: ['grace-hopper', 'ada-lovelace'], end: '2031-05-06T11:30' })
    expect(lightning).toMatchObject({ kind: 'talk', type: 'Lightning Talk', language: 'de' })
    expect(warnings).toEqual(['schedule.json: days[0].rooms["Hall A"][0].links[1]: link "http://tiny.example/old" left out: links must use https'])
  })

  it('reads the same programme from the schedule.xml of the same event', () => {
    expect(importText(tinyXml(), 'schedule.xml').programme).toEqual(importJson(tinyJson()).programme)
  })

  it('converts instants to the event\'s wall clock', () => {
    const document = tinyJson()
    document.schedule.conference.days[0].rooms['Hall A'][0].date = '2031-05-06T07:00:00Z'
    expect(importJson(document).programme.sessions[0]!.start).toBe('2031-05-06T09:00')
  })

  it('reads durations as hh:mm and hh:mm:ss, and kinds from the type', () => {
    expect([durationMinutes('00:45'), durationMinutes('01:30:00'), durationMinutes('24:00'), durationMinutes('00:75'), durationMinutes('45 min')]).toEqual([45, 90, 1440, undefined, undefined])
    expect([kindOf('Keynote', undefined), kindOf('Talk', 'Workshops'), kindOf('Opening', undefined), kindOf('Lightning Talk', 'Main')]).toEqual(['keynote', 'workshop', 'welcome', 'talk'])
  })

  it('what real exports hold: \\r\\n line breaks, slugs of a whole title, guids that are not UUIDs', () => {
    const document = tinyJson()
    const keynote = document.schedule.conference.days[0].rooms['Hall A'][0]
    keynote.abstract = 'First line.\r\nSecond line.\rThird.'
    keynote.slug = `tiny2031-${'aufstand-oder-aussterben-ein-vortrag-uber-die-klimakrise-okologischen-kollaps'}`
    keynote.guid = 'HOqeNIb6G7M4hYFKFRkCmQ'
    const { programme, warnings } = importJson(document)
    const session = programme.sessions[0]!
    expect(session.description).toBe('First line.\nSecond line.\nThird.')
    expect(session.id).toBe('aufstand-oder-aussterben-ein-vortrag-uber-die-klimakrise')
    expect(session.guid).toBeUndefined()
    expect(warnings).toContain('schedule.json: 1 guid is not a UUID, left out: sessions are found again by their slug')
  })
})

describe('bad files are refused with the place in the file', () => {
  it('a file without a time zone asks for --time-zone, and imports with it', () => {
    const document = tinyJson()
    delete document.schedule.conference.time_zone_name
    expect(refusal(() => importJson(document)).message).toBe('schedule.json: conference.time_zone_name: the file does not say its time zone: run the import again with --time-zone <IANA zone>, e.g. --time-zone Europe/Berlin')
    expect(importJson(document, { timeZone: 'Europe/Berlin' }).programme.event.timeZone).toBe('Europe/Berlin')
    expect(refusal(() => importJson(document, { timeZone: 'Mars/Olympus' })).message).toMatch(/--time-zone: "Mars\/Olympus" is not an IANA time zone/)
  })

  it('a bad duration names the day, the room, the session and the field', () => {
    const document = tinyJson()
    document.schedule.conference.days[1].rooms['Hall A'][1].duration = 'half an hour'
    expect(refusal(() => importJson(document)).problems).toEqual([{ place: 'days[1].rooms["Hall A"][1].duration', message: 'expected hh:mm, got "half an hour"' }])
  })

  it('a zero-length slot, a person without a name and a session without a title', () => {
    const document = tinyJson()
    const hallA = document.schedule.conference.days[1].rooms['Hall A']
    hallA[0].duration = '00:00'
    hallA[1].persons = [{ guid: 'bbbbbbbb-0000-4000-8000-000000000009' }]
    document.schedule.conference.days[0].rooms['Room B'][0].title = ''
    expect(refusal(() => importJson(document)).problems).toEqual([
      { place: 'days[0].rooms["Room B"][0].title', message: 'a session without a title' },
      { place: 'days[1].rooms["Hall A"][0].duration', message: 'a zero-length slot (00:00): a session needs a duration' },
      { place: 'days[1].rooms["Hall A"][1].persons[0].name', message: 'a person without a name' },
    ])
  })

  it('an overlap in a room: the same rule as hand-written data, at the later session\'s place', () => {
    const document = tinyJson()
    document.schedule.conference.days[1].rooms['Hall A'][1].date = '2031-05-07T09:10:00+02:00'
    const { problems } = refusal(() => importJson(document))
    expect(problems).toEqual([{ place: 'days[1].rooms["Hall A"][1]', message: 'session "4-closing", field "start": overlaps session "3-lightning-talks" in room "hall-a" (2031-05-07T09:00 to 2031-05-07T09:25)' }])
  })

  it('XML places are paths of elements, and a broken XML file names its line', () => {
    const xml = tinyXml().replace('<duration>00:25</duration>', '<duration>25 minutes</duration>')
    expect(refusal(() => importText(xml, 'schedule.xml')).problems).toEqual([{ place: 'day[2]/room[@name="Hall A"]/event[1]/duration', message: 'expected hh:mm, got "25 minutes"' }])
    expect(refusal(() => importText(tinyXml().replace('</schedule>', ''), 'schedule.xml')).problems[0]!.place).toMatch(/^line \d+, column \d+$/)
    expect(refusal(() => importText('{"schedule": 1', 'schedule.json')).problems[0]).toMatchObject({ place: '(file)', message: expect.stringMatching(/^not valid JSON/) })
  })

  it('hand-kept facts that the new programme contradicts are named as data/event.ts', () => {
    const handKept = { ...emptyEvent, breaks: [{ id: 'lunch', title: 'Lunch', kind: 'meal' as const, start: '2022-07-18T13:00', end: '2022-07-18T14:00' }] }
    const error = refusal(() => programmeFromExport(readScheduleExport(JSON.stringify(tinyJson()), 'schedule.json'), 'schedule.json', { handKept, previous: emptyProgramme }))
    expect(error.problems).toEqual([{ place: 'data/event.ts (hand-kept)', message: 'break "lunch", field "start": 2022-07-18T13:00 is outside the event\'s days (2031-05-06 to 2031-05-07)' }])
  })
})

describe('re-import', () => {
  const first = importJson(tinyJson()).programme

  function newerExport() {
    const document = tinyJson()
    const [day1, day2] = document.schedule.conference.days
    const keynote = day1.rooms['Hall A'][0]
    keynote.slug = 'tiny2031-1-opening-keynote-streams-and-tables' // a retitle changes the slug; the guid stays
    keynote.title = 'Opening Keynote: Streams and Tables'
    day2.rooms['Hall A'][1].date = '2031-05-07T14:00:00+02:00'
    day2.rooms['Hall A'][1].persons.push({ guid: 'bbbbbbbb-0000-4000-8000-000000000003', name: 'Katherine Johnson' })
    day1.rooms['Room B'] = []
    day2.rooms['Room B'] = [{ ...day2.rooms['Hall A'][0], guid: 'aaaaaaaa-0000-4000-8000-000000000005', id: 5, slug: 'tiny2031-5-panel', title: 'Panel', room: 'Room B', persons: [{ name: 'Grace Hopper', guid: 'bbbbbbbb-0000-4000-8000-000000000002' }] }]
    return document
  }

  it('keeps ids and hand-added fields, and says what was added, removed, moved and retitled', () => {
    const edited: ProgrammeFacts = { ...first, rooms: first.rooms.map(room => room.id === 'hall-a' ? { ...room, alias: 'the Big Hall' } : room), people: first.people.map(person => person.id === 'ada-lovelace' ? { ...person, company: 'Analytical Engines' } : person) }
    const second = importJson(newerExport(), { previous: edited }).programme
    expect(second.sessions.map(session => session.id)).toEqual(['1-opening-keynote', '3-lightning-talks', '4-closing', '6-night-owls', '5-panel'])
    expect(second.rooms.find(room => room.id === 'hall-a')!.alias).toBe('the Big Hall')
    expect(second.people.find(person => person.id === 'ada-lovelace')!.company).toBe('Analytical Engines')
    const decks = new Map([['1-opening-keynote', ['slides/keynote.md']]])
    expect(describeDiff(diffProgrammes(edited, second), decks)).toEqual([
      'added: "5-panel" Panel (2031-05-07T09:00–09:25 in room-b)',
      'removed: "2-beam-in-practice" Workshop: Beam in practice',
      'moved: "4-closing" 2031-05-07T11:00–11:30 in hall-a -> 2031-05-07T14:00–14:30 in hall-a',
      'retitled: "1-opening-keynote" "Opening Keynote: Streams" -> "Opening Keynote: Streams and Tables" [decks: slides/keynote.md]',
      'speakers of "4-closing": + Katherine Johnson',
      'speakers added: Katherine Johnson',
    ])
  })

  describe('the command', () => {
    let dir = ''
    afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }) })

    function setUp(deckBody: string) {
      dir = mkdtempSync(path.join(os.tmpdir(), 'import-'))
      const deckFile = path.join(dir, 'keynote.md')
      writeFileSync(deckFile, deckBody)
      const decks: Deck[] = [{ slug: 'keynote', file: deckFile, relPath: 'slides/keynote.md', headmatter: {} }]
      const exportFile = path.join(dir, 'newer.json')
      writeFileSync(exportFile, JSON.stringify(newerExport()))
      const programmeFile = path.join(dir, 'programme.ts')
      const out: string[] = []
      const err: string[] = []
      const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: dir, previous: first, handKept: emptyEvent, decks, programmeFile }
      return { io, out, err, programmeFile }
    }

    it('refuses when a deck names a session the export drops, naming the deck, and writes nothing', async () => {
      const { io, err, programmeFile } = setUp('<TalkPromo session="2-beam-in-practice" />\n')
      expect(await runImport(['newer.json'], io)).toBe(1)
      expect(err).toContain('slides/keynote.md: names session "2-beam-in-practice" ("Workshop: Beam in practice"), which the new export no longer has; change the deck (or keep the session) before importing')
      expect(existsSync(programmeFile)).toBe(false)
    })

    it('--dry-run shows the change and writes nothing; without it, data/programme.ts is written', async () => {
      const { io, out, programmeFile } = setUp('# no session named\n')
      expect(await runImport(['newer.json', '--dry-run'], io)).toBe(0)
      expect(out).toContain('  moved: "4-closing" 2031-05-07T11:00–11:30 in hall-a -> 2031-05-07T14:00–14:30 in hall-a')
      expect(out.at(-1)).toBe('dry run: nothing written')
      expect(existsSync(programmeFile)).toBe(false)
      expect(await runImport(['newer.json'], io)).toBe(0)
      const written = readFileSync(programmeFile, 'utf8')
      expect(written).toMatch(/^\/\/ The programme of the event, written by `npm run import` from newer\.json/)
      expect(written).toContain('{"id":"5-panel","title":"Panel"')
    })

    it('usage errors exit 2', async () => {
      const { io } = setUp('')
      const usage = vi.spyOn(console, 'error').mockImplementation(() => {})
      expect(await runImport([], io)).toBe(2)
      expect(await runImport(['a.json', '--time-zone'], io)).toBe(2)
      expect(await runImport(['a.json', '--dry-run=yes'], io)).toBe(2)
      expect(usage.mock.calls.map(call => String(call[0]).split('\n')[0])).toEqual(['Which file? Name a schedule.json or schedule.xml export', '--time-zone needs a value', '--dry-run takes no value'])
      usage.mockRestore()
    })
  })

  it('decks name sessions in headmatter and in components', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'decks-'))
    const file = path.join(folder, 'a.md')
    writeFileSync(file, '---\nsession: x\n---\n<SpeakerIntro session="y" />\n')
    expect([...decksBySession([{ slug: 'a', file, relPath: 'slides/a.md', headmatter: { session: 'x' } }])]).toEqual([['x', ['slides/a.md']], ['y', ['slides/a.md']]])
    rmSync(folder, { recursive: true })
  })
})
