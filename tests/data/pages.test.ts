// The schedule's and the speaker wall's pages (data/pages.ts): the stage budget, on the small made-up
// event (tests/fixtures/small-event.ts) and on a big generated programme. The shipped 2022
// programme's own pages are checked in tests/event-2022/stage.test.ts.
import { describe, expect, it } from 'vitest'
import {
  blockHeight, columnWidthFor, createEventQueries, cutPointsOf, type EventData, loadEventData,
  maxColumns, type Person, schedulePages, speakerPages, STAGE_SPEAKER_LAYOUT, wrappedLineCount,
} from '../../data/index.ts'
import { smallEventQueries as small } from '../fixtures/small-event.ts'
import { expectEverySessionOnce, expectWellFormed } from '../lib/schedule-pages.ts'

describe('wrappedLineCount', () => {
  it('wraps at word boundaries and breaks a word longer than a line', () => {
    expect(wrappedLineCount('', 10)).toBe(0)
    expect(wrappedLineCount('one two', 10)).toBe(1)
    expect(wrappedLineCount('one two three', 10)).toBe(2)
    expect(wrappedLineCount('abcdefghijklmnopqrstuvwxy', 10)).toBe(3)
    expect(wrappedLineCount('ab abcdefghijklmnopqrstuvwxy', 10)).toBe(4)
  })

  it('counts accented letters as one character each', () => {
    expect(wrappedLineCount('Iñigo José', 10)).toBe(1)
  })
})

describe('stage budget', () => {
  it('allows at most 4 room columns of at least 190 px in the 868 px content width', () => {
    expect(maxColumns()).toBe(4)
    expect(columnWidthFor(4)).toBeGreaterThanOrEqual(190)
    expect(columnWidthFor(5)).toBeLessThan(190)
  })

  it('gives a longer title a taller block, and a wider column a shorter one', () => {
    const short = blockHeight('Short title', 'Ana', 260)
    const long = blockHeight('A much longer title that needs several lines in a column of this width, at the stage size', 'Ana', 260)
    expect(long).toBeGreaterThan(short)
    expect(blockHeight('A much longer title that needs several lines in a column of this width', 'Ana', 796))
      .toBeLessThan(blockHeight('A much longer title that needs several lines in a column of this width', 'Ana', 260))
  })
})

describe('cutPointsOf', () => {
  it('never cuts inside a span', () => {
    expect(cutPointsOf([
      { start: '2022-07-20T09:00', end: '2022-07-20T12:00' },
      { start: '2022-07-20T09:00', end: '2022-07-20T09:25' },
      { start: '2022-07-20T12:30', end: '2022-07-20T13:00' },
    ])).toEqual(['2022-07-20T09:00', '2022-07-20T12:00', '2022-07-20T12:30', '2022-07-20T13:00'])
  })
})

describe('schedulePages on the small event', () => {
  const days = small.eventDays().map(day => day.date)

  it.each(days)('puts every session of %s whole on exactly one page, within the budget', (date) => {
    const pages = schedulePages(small, date)
    expect(pages.length).toBeGreaterThan(1)
    expectEverySessionOnce(pages, small.sessionsOn(date))
    for (const page of pages) {
      expectWellFormed(page)
      expect(page.height, `${date} page ${page.part}`).toBeLessThanOrEqual(page.budget)
    }
    pages.forEach((page, index) => expect(page.part).toBe(`${index + 1} of ${pages.length}`))
  })

  it('gives Thursday\'s keynotes (Sala Goya alone) pages of their own, before the parallel rooms', () => {
    const pages = schedulePages(small, '2027-06-10')
    const keynotePages = pages.filter(page => page.blocks.some(block => block.slot.session.kind === 'keynote'))
    expect(keynotePages.length).toBeGreaterThan(0)
    for (const page of keynotePages) {
      expect(page.kind).toBe('single-room')
      expect(page.rooms.map(room => room.id)).toEqual(['sala-goya'])
    }
    expect(pages[0]!.window).toBe('09:00–11:00')
    const parallel = pages.find(page => page.kind === 'parallel')!
    expect(pages.indexOf(parallel)).toBeGreaterThan(pages.indexOf(keynotePages.at(-1)!))
    expect(parallel.from).toBe('2027-06-10T11:00')
    expect(parallel.roomsLabel).toBe('Sala Goya, Sala Miró & Sala Sorolla')
  })

  it('keeps both parts of a split session on one page', () => {
    const pages = schedulePages(small, '2027-06-10')
    const holding = pages.filter(page => page.blocks.some(block => block.slot.session.id === 'talk-state'))
    expect(holding).toHaveLength(1)
    expect(holding[0]!.blocks.filter(block => block.slot.session.id === 'talk-state').map(block => block.slot.partIndex)).toEqual([0, 1])
  })

  it('shows lunch and the tapas night on the pages of their time', () => {
    const pages = schedulePages(small, '2027-06-10')
    const lunch = pages.filter(page => page.breaks.some(item => item.id === 'comida-jueves'))
    expect(lunch.length).toBeGreaterThan(0)
    for (const page of lunch) expect(page.from <= '2027-06-10T13:30' && '2027-06-10T15:00' <= page.to).toBe(true)
    expect(pages.at(-1)!.breaks.map(item => item.id)).toContain('tapas-night')
  })

  it('places later time points lower on the page', () => {
    for (const page of schedulePages(small, '2027-06-11')) {
      page.offsets.slice(1).forEach((offset, index) => expect(offset).toBeGreaterThanOrEqual(page.offsets[index]!))
    }
  })

  it('has no pages on a day without sessions', () => {
    expect(schedulePages(small, '2027-06-12')).toEqual([])
  })
})

describe('speakerPages on the small event\'s speakers', () => {
  it('puts every speaker once, in order, within the budget', () => {
    const people = small.allSpeakers()
    const pages = speakerPages(people)
    expect(pages.flatMap(page => page.columns.flat()).map(person => person.id)).toEqual(people.map(person => person.id))
    for (const page of pages) expect(page.height).toBeLessThanOrEqual(page.budget)
    expect(pages[0]!.range.startsWith('A')).toBe(true)
  })
})

// A big programme: deterministic, made here on the small event's facts (its rooms, people and days replaced).
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = ['María José', 'Zoë', 'Björn-Åke', 'Ngozi Adaeze', 'Ülkü', 'François-Xavier', 'Sørina', 'Łucja', 'Anaïs', 'Þórdís', 'Ximena Guadalupe', 'Dagný', 'Chidinma', 'Ioana-Cătălina', 'Kōsuke']
const LAST = ['Fernández de la Peña', 'Østergård-Nielsen', 'Wiśniewska-Kowalczyk', 'Oyelaran-Okonkwo', 'Çelikkanat', 'de Saint-Exupéry', 'Þorsteinsdóttir', 'Nguyễn Thị Minh', 'Papadopoulou', 'van der Westhuizen', 'Gonçalves Araújo', 'Müller-Lüdenscheidt', 'Szabó-Kovács', 'Dąbrowski', 'Hernández Ibáñez', 'Żółtowska', 'Aðalsteinsson', 'Nakagawa-Okafor', 'Villeneuve-Brûlé', 'Kristiansen']
const WORDS = ['streaming', 'pipelines', 'at', 'scale', 'with', 'Apache', 'Beam', 'and', 'Dataflow', 'lessons', 'from', 'production', 'machine', 'learning', 'inference', 'cross-language', 'transforms', 'portable', 'runners', 'observability', 'for', 'the', 'real-time', 'feature', 'engineering', 'Kubernetes', 'deployments', 'exactly-once', 'semantics', 'in', 'practice']
const DAYS = ['2031-05-05', '2031-05-06', '2031-05-07']

function bigProgramme(): EventData {
  const next = random(2022)
  const rooms = Array.from({ length: 10 }, (_, i) => ({
    id: `hall-${i + 1}`,
    name: `Grand Conference Hall ${String.fromCharCode(65 + i)} – Level ${1 + (i % 3)} East Wing`,
    kind: 'session' as const,
  }))
  const people: Person[] = Array.from({ length: 300 }, (_, i) => ({
    id: `speaker-${i + 1}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
  }))
  const title = () => {
    const target = 20 + Math.floor(next() * 121)
    let text = ''
    while (text.length < target) text = `${text} ${WORDS[Math.floor(next() * WORDS.length)]}`.trim()
    return text.slice(0, 140).trim()
  }
  const at = (date: string, minutes: number) => `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  let speaker = 0
  const speakersFor = () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => people[speaker++ % people.length]!.id)
  const sessions: EventData['sessions'] = []
  const breaks: EventData['breaks'] = []
  for (const date of DAYS) {
    // Two keynotes in the first hall alone, then 68 sessions across the ten halls on hourly slots.
    for (const [n, start] of [[1, 540], [2, 570]] as const) {
      sessions.push({ id: `${date}-keynote-${n}`, title: title(), speakerIds: speakersFor(), roomId: 'hall-1', start: at(date, start), end: at(date, start + 25), kind: 'keynote' })
    }
    breaks.push({ id: `${date}-lunch`, title: 'Lunch', kind: 'meal', start: at(date, 720), end: at(date, 780) })
    const slots = [600, 660, 780, 840, 900, 960, 1020]
    rooms.forEach((room, r) => {
      const wanted = r < 8 ? 7 : 6
      let made = 0
      for (const slot of slots) {
        if (made >= wanted) break
        const parts = next() < 0.5 && made + 2 <= wanted ? [[slot, 25], [slot + 30, 25]] : [[slot, 50]]
        for (const [start, minutes] of parts) {
          sessions.push({ id: `${date}-${room.id}-${made + 1}`, title: title(), speakerIds: speakersFor(), roomId: room.id, start: at(date, start!), end: at(date, start! + minutes!), kind: 'talk' })
          made++
        }
      }
    })
  }
  // The event's own edition moves with it (data/validate.ts holds the two to the same dates).
  const base = small.facts()
  const editions = base.editions.map(edition => edition.name === base.event.edition
    ? { ...edition, year: Number(DAYS[0]!.slice(0, 4)), startDate: DAYS[0]!, endDate: DAYS.at(-1)! }
    : edition)
  return { ...base, event: { ...base.event, startDate: DAYS[0]!, endDate: DAYS.at(-1)! }, editions, rooms, people: [...base.people, ...people], sessions, breaks, socialEvents: [] }
}

describe('schedulePages and speakerPages on a big programme', () => {
  const data = loadEventData(bigProgramme(), 'big programme')
  const big = createEventQueries(data)

  it('is the programme asked for: 10 rooms, 70 sessions a day of 25 or 50 minutes, titles up to 140 characters', () => {
    for (const date of DAYS) {
      expect(big.sessionsOn(date)).toHaveLength(70)
      expect(big.roomsOn(date)).toHaveLength(10)
      for (const session of big.sessionsOn(date)) expect([25, 50]).toContain(big.durationMinutes(session))
    }
    expect(Math.max(...data.sessions.map(session => session.title.length))).toBe(140)
    expect(big.allSpeakers()).toHaveLength(300)
  })

  it.each(DAYS)('puts every session of %s whole on exactly one page, no page over the column or row budget', (date) => {
    const pages = schedulePages(big, date)
    expectEverySessionOnce(pages, big.sessionsOn(date))
    for (const page of pages) {
      expectWellFormed(page)
      expect(page.height, `${date} ${page.part} ${page.window} ${page.roomsLabel}`).toBeLessThanOrEqual(page.budget)
    }
    // The keynotes, in the first hall alone, come first and on their own.
    expect(pages[0]!.kind).toBe('single-room')
    expect(pages[0]!.blocks.every(block => block.slot.session.kind === 'keynote')).toBe(true)
  })

  it('puts each of the 300 speakers on exactly one page of the wall, names at 20 px or more', () => {
    const people = big.allSpeakers()
    const pages = speakerPages(people)
    const names = pages.flatMap(page => page.columns.flat()).map(person => person.id)
    expect(names).toEqual(people.map(person => person.id))
    for (const page of pages) expect(page.height).toBeLessThanOrEqual(page.budget)
    expect(STAGE_SPEAKER_LAYOUT.nameSize).toBeGreaterThanOrEqual(20)
    expect(pages.length).toBeGreaterThan(1)
  })
})
