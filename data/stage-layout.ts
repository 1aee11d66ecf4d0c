/**
 * Sizing for the stage: how big a wall of organisations, a QR code or a list gets on the 980x552
 * canvas. Pure functions of counts (no DOM), so the choices are unit-tested and every slide that
 * shows the same number of things looks the same. Sizes are canvas px; type sizes are names of the
 * `--bs-type-*` tokens in styles/base.css, never raw sizes.
 */

import { affiliationOf } from './labels.ts'
import { wrappedLineCount } from './pages.ts'
import { clockOf, clockRange12 } from './time.ts'
import type { EventQueries } from './queries.ts'

/** A step of the stage type scale (styles/base.css `--bs-type-<name>`). */
export type TypeToken = 'label' | 'small' | 'body' | 'lead' | 'h3' | 'h2' | 'h1' | 'display' | 'hero'

/** Canvas px of each token, mirrored from styles/base.css so the fitting below can count lines. */
export const TYPE_PX: Record<TypeToken, number> = {
  label: 16, small: 18, body: 22, lead: 28, h3: 26, h2: 30, h1: 40, display: 56, hero: 72,
}

/** The slide canvas, and the room a component has under a slide's h1 in the default layout. */
export const CANVAS = { width: 980, height: 552 } as const
export const CONTENT_AREA = { width: 868, height: 392 } as const

/** The guide's floor for a QR code: 40 % of the canvas height, so a phone reads it from the back row. */
export const QR_MIN_SIZE = Math.ceil(CANVAS.height * 0.4)

/**
 * A QR code that is its slide's subject (a message beside it): on a light slide the 4-module quiet
 * zone is invisible, so the symbol is sized for its dark modules to reach the floor (a short URL
 * gives a 25-module code, 33 with the quiet zone).
 */
export const QR_SUBJECT_SIZE = Math.ceil(QR_MIN_SIZE * 33 / 25)

/** One size step of a wall, biggest first. */
interface WallStep {
  tileWidth: number
  tileHeight: number
  gap: number
  /** The organisation's name in a typographic tile. */
  name: TypeToken
  /** A tier's heading above its tiles. */
  title: TypeToken
}

const WALL_STEPS: readonly WallStep[] = [
  { tileWidth: 680, tileHeight: 280, gap: 24, name: 'hero', title: 'h2' },
  { tileWidth: 410, tileHeight: 220, gap: 24, name: 'display', title: 'h2' },
  // Wide tiles, one to a row, for a few organisations with long names (two lines of ~26 characters).
  { tileWidth: 860, tileHeight: 170, gap: 24, name: 'display', title: 'h2' },
  { tileWidth: 270, tileHeight: 150, gap: 20, name: 'h1', title: 'h3' },
  { tileWidth: 860, tileHeight: 130, gap: 20, name: 'h1', title: 'h3' },
  { tileWidth: 200, tileHeight: 100, gap: 16, name: 'h2', title: 'h3' },
  { tileWidth: 160, tileHeight: 76, gap: 12, name: 'body', title: 'small' },
  { tileWidth: 124, tileHeight: 60, gap: 10, name: 'small', title: 'label' },
  // Wide tiles for long names (three lines of about 20 characters), 3 to a row.
  { tileWidth: 270, tileHeight: 90, gap: 10, name: 'small', title: 'label' },
  // The floor: names at --bs-type-label (16 px), 8 to a row; 40 organisations in three tiers fit.
  { tileWidth: 100, tileHeight: 46, gap: 6, name: 'label', title: 'label' },
  // The floor for long names: three lines of about 25 characters, 3 to a row (wallPages pages the rest).
  { tileWidth: 270, tileHeight: 80, gap: 6, name: 'label', title: 'label' },
]

export interface WallLayout {
  tileWidth: number
  tileHeight: number
  gap: number
  name: TypeToken
  title: TypeToken
  /** Tiles per row (a group with fewer tiles is centred). */
  columns: number
  /** Height the wall takes, canvas px. */
  height: number
  /** False only when even the smallest step overflows the area, or a name its tile: page the wall then (wallPages). */
  fits: boolean
}

/** OrganisationTile's box: padding a tenth of the tile's height (an eighth at the sides), a 1.5 px border. */
const TILE_BORDER = 3
/** Space Grotesk bold, as the tile sets a name: width of a character in em (it measures 0.52), line height. */
const TILE_NAME = { charEm: 0.55, lineHeight: 1.1 } as const

/** Whether each name fits whole in a typographic tile of `step` (a tile with a logo has no name to fit). */
function namesFit(step: WallStep, names: ReadonlyArray<string | undefined>): boolean {
  const px = TYPE_PX[step.name]
  const width = step.tileWidth - step.tileHeight / 4 - TILE_BORDER
  const height = step.tileHeight - step.tileHeight / 5 - TILE_BORDER
  const perLine = Math.floor(width / (px * TILE_NAME.charEm))
  return names.every(name => !name || wrappedLineCount(name, perLine) * px * TILE_NAME.lineHeight <= height)
}

/** Space a tier heading takes above its tiles (one line at 1.2, plus the gap under it). */
const titleBlock = (step: WallStep) => TYPE_PX[step.title] * 1.2 + step.gap / 2

function wallHeight(step: WallStep, groups: number[], columns: number, titled: boolean): number {
  const shown = groups.filter(count => count > 0)
  const tiles = shown.reduce((sum, count) => {
    const rows = Math.ceil(count / columns)
    return sum + rows * step.tileHeight + (rows - 1) * step.gap
  }, 0)
  return tiles + (titled ? shown.length * titleBlock(step) : 0) + Math.max(0, shown.length - 1) * step.gap
}

/**
 * The biggest tiles with which `groups` (tile counts per tier, in order) fit `area`: one
 * organisation fills the slide with its name at hero size, 40 still fit with names at 16 px.
 * `titled`: the tiers carry a heading (a partner wall has none). `names`: the names set as text
 * (organisations without a logo): a step fits only if each of them fits its tile whole.
 */
export function wallLayout(groups: number | number[], options: { area?: { width: number, height: number }, titled?: boolean, names?: ReadonlyArray<string | undefined> } = {}): WallLayout {
  const counts = (typeof groups === 'number' ? [groups] : groups).filter(count => count > 0)
  const area = options.area ?? CONTENT_AREA
  const titled = options.titled ?? true
  const largest = Math.max(1, ...counts)
  const measure = (step: WallStep): WallLayout => {
    const fitting = Math.max(1, Math.floor((area.width + step.gap) / (step.tileWidth + step.gap)))
    const columns = Math.min(fitting, largest)
    const height = wallHeight(step, counts, columns, titled)
    const fits = height <= area.height && step.tileWidth <= area.width && namesFit(step, options.names ?? [])
    return { ...step, columns, height, fits }
  }
  const layouts = WALL_STEPS.map(measure)
  // Nothing fits: the smallest tiles that hold the count, names or not (fits stays false: page it).
  return layouts.find(layout => layout.fits)
    ?? [...layouts].sort((a, b) => a.tileWidth * a.tileHeight - b.tileWidth * b.tileHeight)[0]!
}

/** One tier of a wall: its heading (empty: none) and its organisations, a name each and maybe a logo. */
export interface WallGroup<T extends { name: string, logo?: string }> {
  title: string
  organisations: T[]
}

/** One slide of a paged wall: its tiers (a tier split over slides says "continued" after the first). */
export interface WallPage<T extends { name: string, logo?: string }> {
  index: number
  /** "1 of 3" */
  part: string
  groups: Array<WallGroup<T>>
}

/** The event's sponsor wall: a tier each, named, with its sponsors (empty tiers are left out by the wall). */
export function sponsorWallGroups(event: Pick<EventQueries, 'sponsorsByTier'>) {
  return event.sponsorsByTier().map(({ tier, sponsors }) => ({ title: tier.name, organisations: sponsors }))
}

/** The area of a wall on one of several slides: the content area less the line that says which part it is. */
export const PAGED_WALL_AREA = { width: CONTENT_AREA.width, height: CONTENT_AREA.height - 28 } as const

/** The layout of a wall of tiers (wallLayout on their counts and on the names set as text). */
export function wallLayoutOf<T extends { name: string, logo?: string }>(groups: ReadonlyArray<WallGroup<T>>, area: { width: number, height: number } = CONTENT_AREA): WallLayout {
  return wallLayout(groups.map(group => group.organisations.length), {
    area,
    titled: groups.some(group => group.title !== ''),
    names: groups.flatMap(group => group.organisations.map(organisation => organisation.logo ? undefined : organisation.name)),
  })
}

/** The tiles `from`..`to` (in wall order) as tiers, a tier cut at `from` marked as continued. */
function sliceWall<T extends { name: string, logo?: string }>(groups: ReadonlyArray<WallGroup<T>>, from: number, to: number): Array<WallGroup<T>> {
  const out: Array<WallGroup<T>> = []
  let start = 0
  for (const group of groups) {
    const end = start + group.organisations.length
    const lo = Math.max(from, start)
    const hi = Math.min(to, end)
    if (lo < hi) {
      const title = group.title && lo > start ? `${group.title} (continued)` : group.title
      out.push({ title, organisations: group.organisations.slice(lo - start, hi - start) })
    }
    start = end
  }
  return out
}

/**
 * A wall over as many slides as it needs: one slide when every tile fits at some size with its
 * name whole; otherwise the fewest slides that do, in wall order, with the tiles shared out
 * evenly so no slide is left with a few small tiles. Each slide then takes the biggest size it fits.
 */
export function wallPages<T extends { name: string, logo?: string }>(groups: ReadonlyArray<WallGroup<T>>): Array<WallPage<T>> {
  const shown = groups.filter(group => group.organisations.length > 0)
  const total = shown.reduce((sum, group) => sum + group.organisations.length, 0)
  const fits = (from: number, to: number, area = PAGED_WALL_AREA) => wallLayoutOf(sliceWall(shown, from, to), area).fits
  let cuts: number[] = [0, total]
  if (total > 0 && !fits(0, total, CONTENT_AREA)) {
    // Greedy in order: how many slides are needed at the smallest size.
    const greedy = [0]
    for (let i = 1; i <= total; i++) {
      if (!fits(greedy.at(-1)!, i)) greedy.push(i - 1 > greedy.at(-1)! ? i - 1 : i)
    }
    greedy.push(total)
    // The same number of slides (or one more, when a tier heading tips an even share over) with
    // the tiles shared out evenly; the greedy cut when neither fits.
    cuts = greedy
    for (const count of [greedy.length - 1, greedy.length]) {
      const even = Array.from({ length: count + 1 }, (_, k) => Math.round((k * total) / count))
      if (even.every((cut, k) => k === 0 || fits(even[k - 1]!, cut))) {
        cuts = even
        break
      }
    }
  }
  const pages = cuts.length - 1
  return cuts.slice(1).map((to, index) => ({
    index,
    part: `${index + 1} of ${pages}`,
    groups: sliceWall(shown, cuts[index]!, to),
  }))
}

/** How a list of short lines (reminders, notes) is set: one alone is set large, more get smaller. */
export function listType(count: number): { size: TypeToken, bullets: boolean } {
  if (count <= 1) return { size: 'display', bullets: false }
  if (count <= 3) return { size: 'h2', bullets: true }
  if (count <= 5) return { size: 'lead', bullets: true }
  return { size: 'body', bullets: true }
}

/**
 * A URL cut after its separators (`/`, `.`, `?`, `&`, `=`, `-`, `_`, `#`, `+`, `,`), so a narrow caption
 * wraps it at a boundary (a `<wbr>` after each part), never inside a word. Joined, the parts are
 * the URL.
 */
export function urlBreakParts(url: string): string[] {
  // The scheme's "//" stays whole: no break between "https:/" and "/".
  return url.match(/^[a-z][a-z0-9+.-]*:\/\/|[^/.?&=#_+,-]*(?:[/.?&=#_+,-]+|$)/gi)?.filter(part => part.length > 0) ?? [url]
}

/**
 * Room signage (components/RoomSignage.vue): the big line between the header and footer rules.
 * Width 920 (980 less the sign's 30 px sides) less the QR code beside it (QR_MIN_SIZE and a 28 px
 * gap); height budget 131 px once the kicker, the speakers (two lines) and the footer (bounded by
 * its own clamps) have theirs. A character of the heading font is taken as 0.55 em wide (Space
 * Grotesk bold measures 0.52 em on the sign's titles).
 */
export const SIGN_QR_GAP = 28
export const SIGN_HEADLINE = { width: 920 - QR_MIN_SIZE - SIGN_QR_GAP, height: 131, lineHeight: 1.08, charEm: 0.55 } as const
const SIGN_STEPS: readonly TypeToken[] = ['display', 'h1', 'h2', 'h3']

/** Lines a token gets in the headline budget, and how many characters they hold. */
export function signCapacity(size: TypeToken): { lines: number, chars: number } {
  const px = TYPE_PX[size]
  const lines = Math.max(1, Math.floor(SIGN_HEADLINE.height / (px * SIGN_HEADLINE.lineHeight)))
  return { lines, chars: lines * Math.floor(SIGN_HEADLINE.width / (px * SIGN_HEADLINE.charEm)) }
}

export interface SignHeadlineType {
  size: TypeToken
  /** The line clamp: a title longer than the data's longest is cut there (its full text stays in the DOM and on the day list). */
  lines: number
  clamped: boolean
}

/**
 * The headline's size for a title of `length` characters, given the longest title the data holds:
 * the floor is the biggest size at which that longest title fits the budget, so every real title
 * is shown whole; shorter titles get bigger type; anything longer than the data's longest (a title
 * edited in later) takes the floor size and is clamped to its lines.
 */
export function signHeadline(length: number, longest: number): SignHeadlineType {
  const floorIndex = SIGN_STEPS.findIndex(size => signCapacity(size).chars >= longest)
  const floor = floorIndex < 0 ? SIGN_STEPS.length - 1 : floorIndex
  const fitting = SIGN_STEPS.findIndex(size => signCapacity(size).chars >= length)
  const index = fitting < 0 ? floor : Math.min(fitting, floor)
  const size = SIGN_STEPS[index]!
  const capacity = signCapacity(size)
  return { size, lines: capacity.lines, clamped: length > capacity.chars }
}

/** A keynote as its card shows it (components/KeynoteList.vue): speakers with their roles, title, time. */
export interface KeynoteCard {
  id: string
  title: string
  time: string
  speakers: Array<{ id: string, name: string, affiliation: string }>
}

/** The keynotes of a day (all of them without one), in programme order, as cards. */
export function keynoteCards(event: Pick<EventQueries, 'keynotes' | 'speakersOf'>, day?: string): KeynoteCard[] {
  return event.keynotes(day).map(session => ({
    id: session.id,
    title: session.title,
    time: clockRange12(clockOf(session.start), clockOf(session.end)),
    speakers: event.speakersOf(session).map(person => ({ id: person.id, name: person.name, affiliation: affiliationOf(person, ', ') })),
  }))
}

/**
 * The keynote card's box model, mirrored from components/KeynoteList.vue: every line at
 * --bs-type-body; a character of a bold or semibold line counted at 0.54 em, of a regular one at
 * 0.5 (in Chromium, Inter and Space Grotesk measure 0.48-0.54 em on real titles and names at 22 px).
 */
export const KEYNOTE_CARD = {
  gap: 12,
  minWidth: 190,
  maxColumns: 4,
  /** Border (4), padding (14 + 12), and the gaps between the card's lines. */
  frame: 30,
  lineGap: 4,
  titleMargin: 2,
  timeMargin: 4,
  nameLineHeight: 1.15,
  lineHeight: 1.3,
  boldCharWidth: 0.54,
  regularCharWidth: 0.5,
  padding: 28,
} as const

/** The height of a card `width` px wide. */
export function keynoteCardHeight(card: KeynoteCard, width: number): number {
  const px = TYPE_PX.body
  const c = KEYNOTE_CARD
  const inner = width - c.padding
  const bold = Math.floor(inner / (px * c.boldCharWidth))
  const regular = Math.floor(inner / (px * c.regularCharWidth))
  const line = px * c.lineHeight
  let height = c.frame
  for (const speaker of card.speakers) {
    height += wrappedLineCount(speaker.name, bold) * px * c.nameLineHeight + c.lineGap
    if (speaker.affiliation) height += wrappedLineCount(speaker.affiliation, regular) * line + c.lineGap
  }
  height += c.titleMargin + wrappedLineCount(card.title, bold) * line + c.lineGap
  height += c.timeMargin + wrappedLineCount(card.time, bold) * line
  return Math.ceil(height)
}

/** Whether a speaker's name and the time stay on one line in a card `width` px wide (they are never broken). */
function keynoteLinesWhole(card: KeynoteCard, width: number): boolean {
  const chars = Math.floor((width - KEYNOTE_CARD.padding) / (TYPE_PX.body * KEYNOTE_CARD.boldCharWidth))
  return [card.time, ...card.speakers.map(speaker => speaker.name)].every(text => wrappedLineCount(text, chars) <= 1)
}

/**
 * The columns that fit `cards` in `area` (most first, in rows of even length, each as tall as its
 * tallest card, every name and time on one line), or undefined.
 */
export function keynoteColumns(cards: readonly KeynoteCard[], area: { width: number, height: number }): number | undefined {
  const c = KEYNOTE_CARD
  if (cards.length === 0) return 1
  // Balanced rows only: four cards go two by two, never three and one.
  const counts = new Set<number>()
  for (let rows = Math.ceil(cards.length / c.maxColumns); rows <= cards.length; rows++) counts.add(Math.ceil(cards.length / rows))
  for (const columns of counts) {
    const width = (area.width - c.gap * (columns - 1)) / columns
    if (columns > 1 && (width < c.minWidth || !cards.every(card => keynoteLinesWhole(card, width)))) continue
    let height = 0
    for (let row = 0; row < cards.length; row += columns) {
      height += Math.max(...cards.slice(row, row + columns).map(card => keynoteCardHeight(card, width))) + (row > 0 ? c.gap : 0)
    }
    if (height <= area.height) return columns
  }
  return undefined
}

export interface KeynotePage {
  index: number
  /** "1 of 2" */
  part: string
  cards: KeynoteCard[]
  columns: number
}

/**
 * The keynotes over as many slides as their text needs: all on one slide when they fit there with
 * every title and role whole; otherwise the fewest slides that do, the cards shared out evenly in
 * programme order. A card too long for a slide of its own still gets one (one column).
 */
export function keynotePages(cards: readonly KeynoteCard[]): KeynotePage[] {
  const single = keynoteColumns(cards, CONTENT_AREA)
  if (cards.length <= 1 || single !== undefined) return [{ index: 0, part: '1 of 1', cards: [...cards], columns: single ?? 1 }]
  for (let count = 2; count <= cards.length; count++) {
    const chunks = Array.from({ length: count }, (_, k) => cards.slice(Math.round((k * cards.length) / count), Math.round(((k + 1) * cards.length) / count)))
    const columns = chunks.map(chunk => keynoteColumns(chunk, PAGED_WALL_AREA))
    if (columns.every(found => found !== undefined) || count === cards.length) {
      return chunks.map((chunk, index) => ({ index, part: `${index + 1} of ${count}`, cards: chunk, columns: columns[index] ?? 1 }))
    }
  }
  throw new Error('unreachable')
}
