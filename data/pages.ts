/**
 * Paging, not shrinking: how a day's schedule and the speaker wall are split into slides whose text
 * stays at the stage type scale (styles/base.css). The split is decided from the data and a budget
 * in px of Slidev's 980x552 canvas, so the deck never types a slide count: setup/preparser.ts asks
 * these functions how many slides to generate, and the components draw one page each.
 *
 * Text width is estimated, not measured (this runs at build time, without a browser): a
 * conservative average glyph width per font size gives characters per line, and titles are
 * word-wrapped on that to count lines. The estimate errs on the wide side, so a page drawn in
 * the browser is never taller than its budget.
 */
import { cutPointsOf, type EventQueries, scheduleSpanOf, type ScheduleBreak, type SessionSlot, type TimeSpan } from './queries.ts'
import { roomName } from './labels.ts'
import type { Person, Room, Session } from './schema.ts'
import { clockOf, type LocalDate, type LocalDateTime } from './time.ts'

/** The sizes a schedule page is laid out with, in canvas px (they mirror the --bs-type-* tokens). */
export interface ScheduleLayout {
  /** Width of the slide's content box: 980 minus twice --bs-slide-pad-x. */
  contentWidth: number
  /** The time axis on the left. */
  timeColumnWidth: number
  columnGap: number
  /** No room column narrower than this: a title at --bs-type-small needs it to stay readable. */
  minColumnWidth: number
  /** Height the grid (room header + blocks) may take under the slide's title and caption. */
  maxHeight: number
  /** --bs-type-small: session titles. */
  titleSize: number
  /** --bs-type-label: times, room names, speakers. */
  labelSize: number
  titleLineHeight: number
  labelLineHeight: number
  /** Padding inside a block (top + bottom, left + right incl. the accent border) and the gap between blocks. */
  blockPaddingY: number
  blockPaddingX: number
  blockGap: number
  /** Average glyph width as a share of the font size, on the safe (wide) side for Inter. */
  boldCharWidth: number
  regularCharWidth: number
}

export const STAGE_SCHEDULE_LAYOUT: ScheduleLayout = {
  contentWidth: 868,
  timeColumnWidth: 64,
  columnGap: 8,
  minColumnWidth: 190,
  maxHeight: 376,
  titleSize: 18,
  labelSize: 16,
  titleLineHeight: 1.2,
  labelLineHeight: 1.25,
  blockPaddingY: 8,
  blockPaddingX: 20,
  blockGap: 4,
  boldCharWidth: 0.6,
  regularCharWidth: 0.56,
}

/** How many lines `text` takes when word-wrapped at `charsPerLine` (a longer word is broken). */
export function wrappedLineCount(text: string, charsPerLine: number): number {
  const width = Math.max(1, Math.floor(charsPerLine))
  const words = text.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return 0
  let lines = 1
  let used = 0
  for (const word of words) {
    const length = [...word].length
    if (used > 0 && used + 1 + length <= width) {
      used += 1 + length
      continue
    }
    if (used > 0) lines++
    // A word longer than a line takes whole lines of its own, its tail starts the next one.
    lines += Math.ceil(length / width) - 1
    used = length % width || width
  }
  return lines
}

function charsPerLine(width: number, size: number, share: number): number {
  return Math.floor(width / (size * share))
}

/** One block of a schedule page: a session's slot in its room, with its text and estimated height. */
export interface PageBlock {
  slot: SessionSlot
  speakers: string
  height: number
}

/** One slide's worth of a day's schedule: a time window and a group of rooms. */
export interface SchedulePage {
  date: LocalDate
  /** 0-based, across the day's pages. */
  index: number
  count: number
  /** "2 of 5" */
  part: string
  /** [from, to): no session or break is cut. */
  from: LocalDateTime
  to: LocalDateTime
  /** "12:00–14:00" */
  window: string
  /** A single room (the keynotes in the plenary room) or rooms in parallel. */
  kind: 'single-room' | 'parallel'
  rooms: Room[]
  /** Which group of the window's rooms this is, when the rooms do not fit one slide. */
  roomGroup: { index: number, count: number }
  /** "Rooms 204, 203 & 202" */
  roomsLabel: string
  columnWidth: number
  blocks: PageBlock[]
  breaks: ScheduleBreak[]
  /** The times where a block starts or ends, in order, and where each sits (px below the header). */
  points: LocalDateTime[]
  offsets: number[]
  headerHeight: number
  /** Header plus blocks: never more than `budget` when the data allows it. */
  height: number
  budget: number
}

/** What paging needs of the event: the day's rooms, slots and breaks, and speaker names. */
export type ScheduleSource = Pick<EventQueries, 'sessionsOn' | 'roomsOn' | 'slotsOf' | 'breaksOn' | 'speakerNames'>

function roomHeading(room: Room): string {
  return room.alias ? `${room.name} · ${room.alias}` : room.name
}

function roomsLabelOf(rooms: readonly Room[]): string {
  const names = rooms.map(room => room.name)
  if (rooms.length === 1) return roomName(rooms[0]!)
  const joined = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} & ${names.at(-1)}`
  return names.every(name => /^\d/.test(name)) ? `Rooms ${joined}` : joined
}

export function columnWidthFor(rooms: number, layout: ScheduleLayout = STAGE_SCHEDULE_LAYOUT): number {
  const free = layout.contentWidth - layout.timeColumnWidth - layout.columnGap * rooms
  return Math.floor(free / Math.max(1, rooms))
}

/** The most room columns a page may have (4 at the stage scale). */
export function maxColumns(layout: ScheduleLayout = STAGE_SCHEDULE_LAYOUT): number {
  let columns = 1
  while (columnWidthFor(columns + 1, layout) >= layout.minColumnWidth) columns++
  return columns
}

/** Estimated height of a session block in a column of `width` px. */
export function blockHeight(title: string, speakers: string, width: number, layout: ScheduleLayout = STAGE_SCHEDULE_LAYOUT): number {
  const inner = width - layout.blockPaddingX
  const titleLines = wrappedLineCount(title, charsPerLine(inner, layout.titleSize, layout.boldCharWidth))
  const speakerLines = speakers ? wrappedLineCount(`by ${speakers}`, charsPerLine(inner, layout.labelSize, layout.regularCharWidth)) : 0
  const label = layout.labelSize * layout.labelLineHeight
  return Math.ceil(layout.blockPaddingY + label + titleLines * layout.titleSize * layout.titleLineHeight + speakerLines * label + layout.blockGap)
}

function breakText(item: ScheduleBreak): string {
  return [item.title, item.end ? `${clockOf(item.start)} – ${clockOf(item.end)}` : `from ${clockOf(item.start)}`, item.place ?? ''].join('   ')
}

function breakHeight(item: ScheduleBreak, layout: ScheduleLayout): number {
  const width = layout.contentWidth - layout.timeColumnWidth - layout.columnGap - layout.blockPaddingX
  const lines = wrappedLineCount(breakText(item), charsPerLine(width, layout.labelSize, layout.boldCharWidth))
  return Math.ceil(layout.blockPaddingY + lines * layout.labelSize * layout.labelLineHeight + layout.blockGap)
}

type PageDraft = Omit<SchedulePage, 'index' | 'count' | 'part' | 'roomGroup'>

/**
 * Lays out the sessions of `rooms` and the breaks between `from` and `to` as one page: each time
 * point sits as high as the blocks above it allow (a longest path down the time points), so a
 * 50-minute session beside two 25-minute ones takes the height of both.
 */
export function layoutSchedulePage(
  source: ScheduleSource,
  date: LocalDate,
  window: TimeSpan,
  rooms: readonly Room[],
  layout: ScheduleLayout = STAGE_SCHEDULE_LAYOUT,
): PageDraft {
  const roomIds = new Set(rooms.map(room => room.id))
  const width = columnWidthFor(rooms.length, layout)
  const inWindow = (span: TimeSpan) => window.start <= span.start && span.end <= window.end
  const sessions = source.sessionsOn(date).filter(session => roomIds.has(session.roomId) && inWindow(session))
  const blocks: PageBlock[] = sessions.flatMap(session => source.slotsOf(session)).map((slot) => {
    const speakers = source.speakerNames(slot.session)
    const title = slot.partIndex > 0 ? `${slot.session.title} (continued)` : slot.session.title
    return { slot, speakers, height: blockHeight(title, speakers, width, layout) }
  })
  const breaks = source.breaksOn(date).filter(item => inWindow(scheduleSpanOf(item)))
  const items = [
    ...blocks.map(block => ({ start: block.slot.start, end: block.slot.end, height: block.height })),
    ...breaks.map(item => ({ ...scheduleSpanOf(item), height: breakHeight(item, layout) })),
  ]
  const points = [...new Set(items.flatMap(item => [item.start, item.end]))].sort()
  const starts = new Set(items.map(item => item.start))
  const label = Math.ceil(layout.labelSize * layout.labelLineHeight) + 2
  const offsets: number[] = []
  points.forEach((point, i) => {
    // A time label needs its line before the next time point, even where no block requires it.
    let y = i === 0 ? 0 : offsets[i - 1]! + (starts.has(points[i - 1]!) ? label : 0)
    for (const item of items) {
      if (item.end === point) y = Math.max(y, offsets[points.indexOf(item.start)]! + item.height)
    }
    offsets.push(y)
  })
  const headerLines = Math.max(1, ...rooms.map(room => wrappedLineCount(roomHeading(room), charsPerLine(width - 12, layout.labelSize, layout.boldCharWidth))))
  const headerHeight = Math.ceil(headerLines * layout.labelSize * layout.labelLineHeight + 8)
  return {
    date,
    from: window.start,
    to: window.end,
    window: `${clockOf(window.start)}–${clockOf(window.end)}`,
    kind: rooms.length === 1 ? 'single-room' : 'parallel',
    rooms: [...rooms],
    roomsLabel: roomsLabelOf(rooms),
    columnWidth: width,
    blocks,
    breaks,
    points,
    offsets,
    headerHeight,
    height: headerHeight + (offsets.at(-1) ?? 0),
    budget: layout.maxHeight,
  }
}

/** Splits `items` into `groups` runs, in order, as even as possible (10 into 3: 4, 3, 3). */
function evenGroups<T>(items: readonly T[], groups: number): T[][] {
  const result: T[][] = []
  let at = 0
  for (let g = 0; g < groups; g++) {
    const size = Math.ceil((items.length - at) / (groups - g))
    result.push(items.slice(at, at + size))
    at += size
  }
  return result
}

interface Phase {
  /** Indexes into the day's cut points. */
  first: number
  last: number
  rooms: Room[]
  single: boolean
}

/**
 * The day's stretches between cut points, merged into phases: a run where one room alone holds
 * sessions (the keynotes) or a run of rooms in parallel. Stretches with no session (lunch, the
 * evening's reception, an empty gap) belong to the phase before them.
 */
function phasesOf(source: ScheduleSource, date: LocalDate, cuts: readonly LocalDateTime[]): Phase[] {
  const allRooms = source.roomsOn(date)
  const sessions = source.sessionsOn(date)
  const phases: Phase[] = []
  let pendingFirst: number | undefined
  for (let i = 0; i + 1 < cuts.length; i++) {
    const used = new Set(sessions.filter(s => cuts[i]! <= s.start && s.end <= cuts[i + 1]!).map(s => s.roomId))
    const last = phases.at(-1)
    if (used.size === 0) {
      if (last) last.last = i + 1
      else pendingFirst ??= i
      continue
    }
    const single = used.size === 1
    const sameKind = last && (single ? last.single && used.has(last.rooms[0]!.id) : !last.single)
    if (last && sameKind) {
      last.last = i + 1
      last.rooms = allRooms.filter(room => used.has(room.id) || last.rooms.includes(room))
      continue
    }
    phases.push({ first: pendingFirst ?? i, last: i + 1, rooms: allRooms.filter(room => used.has(room.id)), single })
    pendingFirst = undefined
  }
  return phases
}

// Cost of a run of pages: [px over budget, pages without a session, pages, sum of squared heights].
type Cost = [number, number, number, number]
const ZERO: Cost = [0, 0, 0, 0]
const add = (a: Cost, b: Cost): Cost => [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]]
const better = (a: Cost, b: Cost) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!
  return false
}
type Draft = PageDraft & { group: { index: number, count: number } }
const costOf = (pages: readonly PageDraft[]): Cost => pages.reduce<Cost>((sum, page) => add(sum, [
  Math.max(0, page.height - page.budget),
  page.blocks.length === 0 ? 1 : 0,
  1,
  page.height * page.height,
]), ZERO)

/**
 * Consecutive windows over `cuts[first..last]`, as few and as even as the budget allows, each
 * window's pages from `pagesOf`. Windows are only widened while they fit: a taller window can
 * only get taller when widened further.
 */
function splitInTime<P extends PageDraft>(cuts: readonly LocalDateTime[], first: number, last: number, pagesOf: (from: LocalDateTime, to: LocalDateTime) => P[]): P[] {
  const best = new Map<number, { cost: Cost, previous: number, pages: P[] }>([[first, { cost: ZERO, previous: -1, pages: [] }]])
  for (let j = first + 1; j <= last; j++) {
    for (let i = j - 1; i >= first; i--) {
      const pages = pagesOf(cuts[i]!, cuts[j]!)
      const own = costOf(pages)
      const cost = add(best.get(i)!.cost, own)
      const known = best.get(j)
      if (!known || better(cost, known.cost)) best.set(j, { cost, previous: i, pages })
      if (own[0] > 0) break
    }
  }
  const pages: P[] = []
  for (let j = last; j > first; j = best.get(j)!.previous) pages.unshift(...best.get(j)!.pages)
  return pages
}

/**
 * A day's schedule as slides: time windows (never cutting a session or break) times groups of at
 * most maxColumns() rooms, each page within the height budget. A stretch where one room alone holds
 * sessions (the keynotes) gets pages of its own. Within a stretch the windows are as few as the
 * budget allows, then as even in height as possible. Where a window cannot be cut small enough
 * (a long session beside short ones), its rooms are split into more, wider groups, each of which
 * may then be cut at its own times.
 */
export function schedulePages(source: ScheduleSource, date: LocalDate, layout: ScheduleLayout = STAGE_SCHEDULE_LAYOUT): SchedulePage[] {
  const breakSpans = source.breaksOn(date).map(scheduleSpanOf)
  const sessionSpans = (rooms?: readonly Room[]) => source.sessionsOn(date)
    .filter(session => !rooms || rooms.some(room => room.id === session.roomId))
    .map(({ start, end }) => ({ start, end }))
  const cuts = cutPointsOf([...sessionSpans(), ...breakSpans])
  const columns = maxColumns(layout)

  /** The pages of one window: the fewest groups of rooms that fit, or the best that can be done. */
  function windowPages(from: LocalDateTime, to: LocalDateTime, rooms: readonly Room[]): Draft[] {
    let chosen: { pages: Draft[], cost: Cost } | undefined
    for (let count = Math.max(1, Math.ceil(rooms.length / columns)); count <= Math.max(1, rooms.length); count++) {
      const groups = evenGroups(rooms, count)
      const pages = groups.flatMap((group, index): Draft[] => {
        const mark = (page: PageDraft): Draft => ({ ...page, group: { index, count } })
        const whole = mark(layoutSchedulePage(source, date, { start: from, end: to }, group, layout))
        if (whole.height <= whole.budget) return [whole]
        // The group's own cut points, which its rooms' sessions allow even where another room's do not.
        const own = cutPointsOf([...sessionSpans(group), ...breakSpans]).filter(point => from <= point && point <= to)
        const points = [...new Set([from, ...own, to])].sort()
        return splitInTime(points, 0, points.length - 1, (a, b) => [mark(layoutSchedulePage(source, date, { start: a, end: b }, group, layout))])
      })
      const kept = pages.filter(page => page.blocks.length > 0)
      const result = kept.length > 0 ? kept : pages.slice(0, 1)
      const cost = costOf(result)
      if (!chosen || better(cost, chosen.cost)) chosen = { pages: result, cost }
      if (cost[0] === 0) break
    }
    return chosen!.pages
  }

  const drafts = phasesOf(source, date, cuts)
    .flatMap(phase => splitInTime(cuts, phase.first, phase.last, (from, to) => windowPages(from, to, phase.rooms)))
  return drafts.map(({ group, ...draft }, index) => ({
    ...draft,
    index,
    count: drafts.length,
    part: `${index + 1} of ${drafts.length}`,
    roomGroup: group,
  }))
}

/** The whole day on one page, every room (for the hub, which scrolls instead of paging). */
export function wholeDayPage(source: ScheduleSource, date: LocalDate, layout: ScheduleLayout = STAGE_SCHEDULE_LAYOUT): SchedulePage {
  const spans = [...source.sessionsOn(date), ...source.breaksOn(date).map(scheduleSpanOf)]
  const start = spans.map(span => span.start).sort()[0] ?? `${date}T00:00`
  const end = spans.map(span => span.end).sort().at(-1) ?? `${date}T23:59`
  const draft = layoutSchedulePage(source, date, { start, end }, source.roomsOn(date), { ...layout, minColumnWidth: 0, maxHeight: Number.POSITIVE_INFINITY })
  return { ...draft, index: 0, count: 1, part: '1 of 1', roomGroup: { index: 0, count: 1 } }
}

/** Every session of `sessions` on exactly one page? (the invariant, for tests and the build). */
export function sessionsOnPages(pages: readonly SchedulePage[]): Session[] {
  return pages.flatMap(page => page.blocks.filter(block => block.slot.partIndex === 0).map(block => block.slot.session))
}

/** The sizes the speaker wall is laid out with, in canvas px. */
export interface SpeakerLayout {
  contentWidth: number
  maxHeight: number
  /** --bs-type-body: names are running text on stage. */
  nameSize: number
  lineHeight: number
  rowGap: number
  columnGap: number
  charWidth: number
  /** Column counts to choose from: the one needing fewest pages wins, the fewer columns on a tie. */
  columnChoices: number[]
}

export const STAGE_SPEAKER_LAYOUT: SpeakerLayout = {
  contentWidth: 868,
  maxHeight: 372,
  nameSize: 22,
  lineHeight: 1.25,
  rowGap: 4,
  columnGap: 28,
  charWidth: 0.56,
  columnChoices: [2, 3, 4],
}

/** One slide of the speaker wall: its names in reading order, column by column. */
export interface SpeakerPage {
  index: number
  count: number
  /** "1 of 3" */
  part: string
  /** "A–J": first letters of the first and the last name on the page. */
  range: string
  columns: Person[][]
  columnWidth: number
  /** Tallest column, px. */
  height: number
  budget: number
}

function nameHeight(person: Person, width: number, layout: SpeakerLayout): number {
  const lines = wrappedLineCount(person.name, charsPerLine(width, layout.nameSize, layout.charWidth))
  return lines * layout.nameSize * layout.lineHeight + layout.rowGap
}

/** Fills `columns` columns in order, each up to `target` px; undefined when they do not hold all. */
function fillColumns(people: readonly Person[], columns: number, width: number, target: number, layout: SpeakerLayout): Person[][] | undefined {
  const result: Person[][] = [[]]
  let height = 0
  for (const person of people) {
    const h = nameHeight(person, width, layout)
    if (height + h > target && result.at(-1)!.length > 0) {
      if (result.length === columns) return undefined
      result.push([])
      height = 0
    }
    result.at(-1)!.push(person)
    height += h
  }
  return result
}

function splitSpeakers(people: readonly Person[], columns: number, layout: SpeakerLayout): { pages: Person[][][], width: number } {
  const width = Math.floor((layout.contentWidth - layout.columnGap * (columns - 1)) / columns)
  for (let count = 1; ; count++) {
    const chunks = evenGroups(people, count)
    const pages = chunks.map((chunk) => {
      // Balanced columns: the lowest height that still holds the chunk, up to the budget.
      const total = chunk.reduce((sum, person) => sum + nameHeight(person, width, layout), 0)
      for (let target = Math.ceil(total / columns); target <= layout.maxHeight; target += 4) {
        const filled = fillColumns(chunk, columns, width, target, layout)
        if (filled) return filled
      }
      return fillColumns(chunk, columns, width, layout.maxHeight, layout)
    })
    if (pages.every(Boolean) || count >= people.length) return { pages: pages.map(page => page ?? [chunks[0]!]), width }
  }
}

function initialOf(person: Person | undefined): string {
  return [...(person?.name.trim() ?? '')][0]?.toUpperCase() ?? ''
}

/** The speaker wall as slides: names at --bs-type-body, whole, in order, each on exactly one page. */
export function speakerPages(people: readonly Person[], layout: SpeakerLayout = STAGE_SPEAKER_LAYOUT): SpeakerPage[] {
  if (people.length === 0) return []
  let chosen: { pages: Person[][][], width: number, columns: number } | undefined
  for (const columns of [...layout.columnChoices].sort((a, b) => a - b)) {
    const split = splitSpeakers(people, columns, layout)
    if (!chosen || split.pages.length < chosen.pages.length) chosen = { ...split, columns }
  }
  const { pages, width } = chosen!
  return pages.map((columns, index) => {
    const names = columns.flat()
    const first = initialOf(names[0])
    const last = initialOf(names.at(-1))
    return {
      index,
      count: pages.length,
      part: `${index + 1} of ${pages.length}`,
      range: first === last ? first : `${first}–${last}`,
      columns,
      columnWidth: width,
      height: Math.max(...columns.map(column => column.reduce((sum, person) => sum + nameHeight(person, width, layout), 0))),
      budget: layout.maxHeight,
    }
  })
}
