// Generated slides: a deck asks once, with a slide whose frontmatter says `generate: schedule` and
// `day: YYYY-MM-DD` (or `generate: speakers` / `generate: keynotes`, optionally with `day:`, or `generate: sponsors`), and
// gets as many slides as the data needs (data/pages.ts and data/stage-layout.ts wallPages decide). setup/preparser.ts runs this on the deck's raw lines,
// before Slidev splits them, so the generated slides are real slides: in the overview and the PDF.
import path from 'node:path'
import YAML from 'yaml'
import { eventQueries, type EventQueries, schedulePages, speakerPages, weekdayOf } from '../../data/index.ts'
import { keynoteCards, keynotePages, sponsorWallGroups, wallPages } from '../../data/stage-layout.ts'

export class GeneratedSlidesError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GeneratedSlidesError'
  }
}

const KINDS = ['schedule', 'speakers', 'sponsors', 'keynotes'] as const

function deckName(deck: string): string {
  const relative = path.relative(process.cwd(), deck)
  return relative && !relative.startsWith('..') ? relative : deck
}

interface Block { start: number, end: number, frontmatter: Record<string, unknown>, body: string[] }

/** The slides of `lines` that ask for generation: their frontmatter and body line ranges. */
function askingSlides(lines: readonly string[]): Block[] {
  const found: Block[] = []
  let inCode = false
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd()
    if (line.trimStart().startsWith('```')) inCode = !inCode
    if (inCode || line !== '---' || !lines[i + 1]?.trim()) continue
    let close = i + 1
    while (close < lines.length && lines[close]!.trimEnd() !== '---') close++
    if (close >= lines.length) break
    let frontmatter: Record<string, unknown> = {}
    try {
      frontmatter = (YAML.parse(lines.slice(i + 1, close).join('\n')) ?? {}) as Record<string, unknown>
    }
    catch { frontmatter = {} }
    let end = close + 1
    let code = false
    for (; end < lines.length; end++) {
      if (lines[end]!.trimStart().startsWith('```')) code = !code
      if (!code && lines[end]!.trimEnd() === '---') break
    }
    if (typeof frontmatter === 'object' && frontmatter && 'generate' in frontmatter) found.push({ start: i, end, frontmatter, body: lines.slice(close + 1, end) })
    i = end - 1
  }
  return found
}

function slide(frontmatter: Record<string, unknown>, body: string[]): string[] {
  return ['---', ...YAML.stringify(frontmatter).trimEnd().split('\n'), '---', ...body]
}

/** The body with `component` inserted before its presenter notes, and `{part}` in them filled in. */
function withComponent(body: readonly string[], component: string, part: string): string[] {
  const text = body.join('\n')
  const notes = text.lastIndexOf('<!--')
  const head = notes >= 0 ? text.slice(0, notes).trimEnd() : text.trimEnd()
  const tail = notes >= 0 ? text.slice(notes).replaceAll('{part}', part) : ''
  return [...`${head}\n\n${component}\n\n${tail}`.trimEnd().split('\n'), '']
}

/**
 * Expands every asking slide of a deck's lines in place, from `event` (the event data module's by
 * default; a test hands in the event its site was built from). Throws one line naming the deck and field.
 */
export function expandGeneratedSlides(lines: string[], deck: string, event: EventQueries = eventQueries): void {
  for (const asking of askingSlides(lines).reverse()) {
    const { generate, day, live, ...rest } = asking.frontmatter
    const where = `${deckName(deck)}: slide with "generate: ${String(generate)}"`
    if (!KINDS.includes(generate as typeof KINDS[number])) {
      throw new GeneratedSlidesError(`${where}: field "generate" must be one of ${KINDS.join(', ')}`)
    }
    const days = event.eventDays().map(d => d.date)
    const date = day instanceof Date ? day.toISOString().slice(0, 10) : day
    if (date !== undefined && (typeof date !== 'string' || !days.includes(date))) {
      throw new GeneratedSlidesError(`${where}: field "day" is ${JSON.stringify(date)}, not a day of the event (${days.join(', ')})`)
    }
    const title = typeof rest.title === 'string' ? rest.title : (asking.body.find(line => /^# /.test(line))?.slice(2).trim() ?? '')
    const out: string[] = []
    if (generate === 'schedule') {
      if (typeof date !== 'string') throw new GeneratedSlidesError(`${where}: field "day" is missing (YYYY-MM-DD)`)
      const pages = schedulePages(event, date)
      if (pages.length === 0) throw new GeneratedSlidesError(`${where}: field "day" is ${date}, which has no sessions`)
      const liveProp = live === false ? '' : ' live'
      for (const page of pages) {
        const part = `${weekdayOf(date)} schedule · ${page.part} · ${page.window}`
        out.push(...slide({ ...rest, title: `${title} · ${page.part} · ${page.window}` }, withComponent(asking.body, `<ScheduleGrid day="${date}" :page="${page.index}"${liveProp} />`, part)))
      }
    }
    else if (generate === 'sponsors') {
      if (date !== undefined) throw new GeneratedSlidesError(`${where}: field "day" does not apply to sponsors`)
      const pages = wallPages(sponsorWallGroups(event))
      for (const page of pages) {
        const label = pages.length > 1 ? ` · ${page.part}` : ''
        out.push(...slide({ ...rest, title: `${title}${label}` }, withComponent(asking.body, `<SponsorWall :page="${page.index}" />`, page.part)))
      }
    }
    else if (generate === 'keynotes') {
      const pages = keynotePages(keynoteCards(event, typeof date === 'string' ? date : undefined))
      if (pages[0]!.cards.length === 0) throw new GeneratedSlidesError(`${where}: ${typeof date === 'string' ? `field "day" is ${date}, which has no keynotes` : 'the event has no keynotes'}`)
      const dayProp = typeof date === 'string' ? ` day="${date}"` : ''
      for (const page of pages) {
        const label = pages.length > 1 ? ` · ${page.part}` : ''
        out.push(...slide({ ...rest, title: `${title}${label}` }, withComponent(asking.body, `<KeynoteList${dayProp} :page="${page.index}" />`, page.part)))
      }
    }
    else {
      const people = typeof date === 'string' ? event.speakersOn(date) : event.allSpeakers()
      const pages = speakerPages(people)
      const dayProp = typeof date === 'string' ? ` day="${date}"` : ''
      for (const page of pages) {
        const label = pages.length > 1 ? ` · ${page.part}` : ''
        out.push(...slide({ ...rest, title: `${title}${label}` }, withComponent(asking.body, `<SpeakerWall${dayProp} :page="${page.index}" />`, page.part)))
      }
    }
    lines.splice(asking.start, asking.end - asking.start, ...out)
  }
}
