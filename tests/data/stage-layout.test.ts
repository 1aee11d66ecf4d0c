import { describe, expect, it } from 'vitest'
import { CONTENT_AREA, type KeynoteCard, keynoteCardHeight, keynoteCards, keynoteColumns, keynotePages, listType, PAGED_WALL_AREA, QR_MIN_SIZE, SIGN_HEADLINE, signCapacity, signHeadline, TYPE_PX, urlBreakParts, wallLayout, wallLayoutOf, wallPages } from '../../data/stage-layout.ts'
import { smallEventQueries as small } from '../fixtures/small-event.ts'

describe('wallLayout', () => {
  it.each([
    [1, 'hero', 1],
    [2, 'display', 2],
    [5, 'h1', 3],
    [12, 'h2', 4],
    [40, 'label', 8],
  ] as const)('%i organisations: names at --bs-type-%s, %i to a row, inside the content area', (count, name, columns) => {
    const layout = wallLayout(count)
    expect(layout.name).toBe(name)
    expect(layout.columns).toBe(columns)
    expect(layout.fits).toBe(true)
    expect(layout.height).toBeLessThanOrEqual(CONTENT_AREA.height)
    expect(layout.columns * layout.tileWidth + (layout.columns - 1) * layout.gap).toBeLessThanOrEqual(CONTENT_AREA.width)
  })

  it('one organisation fills the slide: a tile most of the content area wide, its name at hero size', () => {
    const one = wallLayout(1)
    expect(one.tileWidth).toBeGreaterThan(CONTENT_AREA.width * 0.75)
    expect(TYPE_PX[one.name]).toBe(72)
  })

  it('fewer organisations never get smaller tiles, and names never go under 16 px, from 1 to 40', () => {
    let previous = Number.POSITIVE_INFINITY
    for (let count = 1; count <= 40; count++) {
      const layout = wallLayout(count)
      expect(layout.tileWidth, `${count}`).toBeLessThanOrEqual(previous)
      expect(TYPE_PX[layout.name]).toBeGreaterThanOrEqual(16)
      expect(layout.fits, `${count}`).toBe(true)
      previous = layout.tileWidth
    }
  })

  it('40 organisations in three tiers (tier headings included) still fit', () => {
    const layout = wallLayout([4, 12, 24])
    expect(layout.fits).toBe(true)
    expect(layout.height).toBeLessThanOrEqual(CONTENT_AREA.height)
    expect(TYPE_PX[layout.name]).toBe(16)
  })

  it('tier headings take room: two single-tile tiers get smaller names than one tier of two', () => {
    expect(TYPE_PX[wallLayout([1, 1]).name]).toBeLessThan(TYPE_PX[wallLayout([2]).name])
    expect(TYPE_PX[wallLayout([1, 1], { titled: false }).name]).toBeGreaterThanOrEqual(TYPE_PX[wallLayout([1, 1]).name])
  })

  it('a few long names get wide tiles at a big size rather than small square ones', () => {
    const layout = wallLayout([2], { titled: false, names: ['ChickTECH', 'Women in Big Data, Austin and Central Texas Chapter'] })
    expect(layout).toMatchObject({ name: 'display', columns: 1, fits: true })
  })

  it('says when even the smallest tiles overflow (the slide must page then)', () => {
    expect(wallLayout(200).fits).toBe(false)
  })
})

describe('listType', () => {
  it('sets one line alone at display size without a bullet, more lines as a smaller list', () => {
    expect(listType(1)).toEqual({ size: 'display', bullets: false })
    expect(listType(3).bullets).toBe(true)
    expect(TYPE_PX[listType(3).size]).toBeGreaterThan(TYPE_PX[listType(8).size])
    expect(TYPE_PX[listType(8).size]).toBeGreaterThanOrEqual(22)
  })
})

describe('QR_MIN_SIZE', () => {
  it('is 40 % of the 552 px canvas height', () => {
    expect(QR_MIN_SIZE).toBe(221)
  })
})

describe('urlBreakParts', () => {
  it('cuts after separators, keeps the scheme whole, and joins back to the URL', () => {
    const url = 'https://maps.google.com/?q=Lazarus+Brewing+Co,+Austin'
    const parts = urlBreakParts(url)
    expect(parts.join('')).toBe(url)
    expect(parts[0]).toBe('https://')
    expect(parts).toContain('google.')
    expect(parts.every(part => /[/.?&=#_+,-]$/.test(part) || part === parts.at(-1))).toBe(true)
  })

  it('never cuts inside a word', () => {
    expect(urlBreakParts('https://beamsummit.org/')).toEqual(['https://', 'beamsummit.', 'org/'])
    expect(urlBreakParts('https://github.com/apache/beam/tree/master/sdks/typescript').at(-1)).toBe('typescript')
  })
})

describe('signHeadline (room signage)', () => {
  const longest = Math.max(...small.allSessions().map(session => session.title.length))

  it('fits every title the data holds whole: none is clamped', () => {
    for (const session of small.allSessions()) {
      const type = signHeadline(session.title.length, longest)
      expect(type.clamped, session.title).toBe(false)
      expect(TYPE_PX[type.size]).toBeGreaterThanOrEqual(30)
    }
  })

  it('a title longer than the floor size holds (and than the data\'s longest) takes the floor size and is clamped to the lines that fit', () => {
    const floor = signHeadline(longest, longest).size
    const title = 'x'.repeat(signCapacity(floor).chars + 20)
    expect(longest).toBeLessThan(title.length)
    const type = signHeadline(title.length, longest)
    expect(type).toEqual({ size: floor, lines: signCapacity(floor).lines, clamped: true })
    // The clamped lines stay inside the block's height budget.
    expect(type.lines * TYPE_PX[type.size] * SIGN_HEADLINE.lineHeight).toBeLessThanOrEqual(SIGN_HEADLINE.height)
  })

  it('if the data held a 140-character title, the floor would drop so that it fits whole', () => {
    const type = signHeadline(140, 140)
    expect(type.clamped).toBe(false)
    expect(signCapacity(type.size).chars).toBeGreaterThanOrEqual(140)
    expect(type.lines * TYPE_PX[type.size] * SIGN_HEADLINE.lineHeight).toBeLessThanOrEqual(SIGN_HEADLINE.height)
  })

  it('short titles and messages get display size, never more lines than the budget holds', () => {
    expect(signHeadline(24, longest)).toEqual({ size: 'display', lines: 2, clamped: false })
    for (let length = 1; length <= 300; length += 7) {
      const type = signHeadline(length, longest)
      expect(type.lines * TYPE_PX[type.size] * SIGN_HEADLINE.lineHeight).toBeLessThanOrEqual(SIGN_HEADLINE.height)
    }
  })
})

describe('wallLayout with names, and wallPages', () => {
  const org = (i: number, name: string) => ({ id: `org-${i}`, name })
  const longName = 'Transatlantic Streaming Cloud Infrastructure Solutions'

  it('takes a smaller step when a name would not fit its tile whole', () => {
    const short = wallLayout([5], { names: ['Acme', 'Beam', 'Flink', 'Kafka', 'Spark'] })
    const long = wallLayout([5], { names: ['Acme', 'Beam', 'Flink', 'Kafka', longName] })
    expect(TYPE_PX[long.name]).toBeLessThan(TYPE_PX[short.name])
    expect(long.fits).toBe(true)
    // A logo has no name to fit.
    expect(wallLayout([5], { names: [undefined, undefined, undefined, undefined, undefined] })).toEqual(wallLayout([5]))
  })

  it('a wall that fits is one page, with every tier whole', () => {
    const groups = [{ title: 'Gold', organisations: [org(1, 'Acme'), org(2, 'Beam')] }, { title: 'Silver', organisations: [org(3, 'Flink')] }]
    expect(wallPages(groups)).toEqual([{ index: 0, part: '1 of 1', groups }])
  })

  it('pages 120 long names in order, each page fitting, the tiles shared out evenly, a split tier marked continued', () => {
    const groups = [
      { title: 'Gold', organisations: Array.from({ length: 20 }, (_, i) => org(i, `${longName} ${i}`)) },
      { title: 'Silver', organisations: Array.from({ length: 100 }, (_, i) => org(100 + i, `${longName} ${100 + i}`)) },
    ]
    const pages = wallPages(groups)
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(wallLayoutOf(page.groups, PAGED_WALL_AREA).fits, page.part).toBe(true)
    const ids = pages.flatMap(page => page.groups.flatMap(group => group.organisations.map(o => o.id)))
    expect(ids).toEqual(groups.flatMap(group => group.organisations.map(o => o.id)))
    const sizes = pages.map(page => page.groups.reduce((sum, group) => sum + group.organisations.length, 0))
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    expect(pages.map(page => page.part)).toEqual(pages.map((_, i) => `${i + 1} of ${pages.length}`))
    const titles = pages.flatMap(page => page.groups.map(group => group.title))
    expect(titles[0]).toBe('Gold')
    expect(titles).toContain('Silver (continued)')
  })
})

describe('keynotePages (the keynote list)', () => {
  const card = (id: string, title: string, speakers = 1): KeynoteCard => ({
    id,
    title,
    time: '10:00 – 10:45 AM',
    speakers: Array.from({ length: speakers }, (_, k) => ({ id: `${id}-${k}`, name: `Speaker ${id}-${k}`, affiliation: 'Engineer, Example Corp' })),
  })
  const titleOf = (length: number) => 'Streaming pipelines at scale '.repeat(10).slice(0, length).trim()

  it('three keynotes with short titles: one slide, one row of three cards', () => {
    const pages = keynotePages(['a', 'b', 'c'].map(id => card(id, 'Beam in production')))
    expect(pages).toHaveLength(1)
    expect(pages[0]!.columns).toBe(3)
    expect(pages[0]!.cards.map(c => c.id)).toEqual(['a', 'b', 'c'])
  })

  it('four cards are never so narrow that a name or the time breaks: two rows of two', () => {
    const pages = keynotePages(['a', 'b', 'c', 'd'].map(id => card(id, 'Beam in production')))
    expect(pages).toHaveLength(1)
    expect(pages[0]!.columns).toBe(2)
    expect(keynoteColumns([card('a', 'x'), card('b', 'x'), card('c', 'x'), card('d', 'x')], { width: 4 * 300, height: 400 })).toBe(4)
  })

  it('one title of 140 characters among four: more slides, the cards shared out evenly and in order, each page fitting its area', () => {
    const cards = ['a', 'b', 'c', 'd'].map((id, i) => card(id, i === 1 ? titleOf(140) : 'Beam in production'))
    expect(keynoteColumns(cards, CONTENT_AREA)).toBeUndefined()
    const pages = keynotePages(cards)
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.flatMap(page => page.cards.map(c => c.id))).toEqual(['a', 'b', 'c', 'd'])
    const sizes = pages.map(page => page.cards.length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    for (const page of pages) {
      expect(keynoteColumns(page.cards, PAGED_WALL_AREA)).toBe(page.columns)
      expect(page.part).toBe(`${page.index + 1} of ${pages.length}`)
    }
  })

  it('a card is as tall as its wrapped lines: a longer title or a second speaker never makes it shorter', () => {
    expect(keynoteCardHeight(card('a', titleOf(140)), 200)).toBeGreaterThan(keynoteCardHeight(card('a', titleOf(20)), 200))
    expect(keynoteCardHeight(card('a', 'x', 2), 400)).toBeGreaterThan(keynoteCardHeight(card('a', 'x', 1), 400))
    expect(keynoteCardHeight(card('a', titleOf(140)), 200)).toBeGreaterThan(keynoteCardHeight(card('a', titleOf(140)), 420))
  })

  it('no keynotes: one empty page; one card too long for any slide still gets its page', () => {
    expect(keynotePages([])).toEqual([{ index: 0, part: '1 of 1', cards: [], columns: 1 }])
    const huge = card('a', titleOf(280), 6)
    expect(keynotePages([huge])).toHaveLength(1)
  })

  it('an event\'s two keynotes of a day fit one slide, side by side', () => {
    const pages = keynotePages(keynoteCards(small, '2027-06-10'))
    expect(pages).toHaveLength(1)
    expect(pages[0]!.cards.map(card => card.id)).toEqual(['keynote-streams', 'keynote-lakes'])
    expect(pages[0]!.columns).toBe(2)
  })
})
