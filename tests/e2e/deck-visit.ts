// One visit of every slide of a built deck, at its first and at its last click step, in Chromium,
// collecting two lists: the slide checks (console errors, requests off this machine, unknown
// layouts or components, overflow; tests/e2e/slide-checks.ts) at both steps, and the stage check
// (tests/e2e/stage-check.ts) at the last step. Shared by the shipped decks and the fixture site.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseAspectRatio } from '@slidev/parser/utils'
import type { Browser, BrowserContext } from 'playwright-core'
import type { EventQueries } from '../../data/index.ts'
import { type Deck, loadDeck } from '../../scripts/lib/decks.ts'
import { inspectSlide, settleSlide, slideClicksTotal } from './slide-checks.ts'
import { inspectStage, STAGE_FLOORS } from './stage-check.ts'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
/** Past any slide's last click, for when the click count is unknown: Slidev does not clamp ?clicks=. */
const ALL_CLICKS = 999

export interface DeckVisit {
  /** "<slug> slide 3, 4: problem", one line per distinct problem. */
  slideProblems: string[]
  /** "<slug> slide 3 (click 2): problem", one line per slide and problem. */
  stageProblems: string[]
  /** Slides with at least one stage problem. */
  stageFailingSlides: number
  slideCount: number
  /** The smallest visible text of the deck at the last click steps, canvas px. */
  smallest?: { px: number, text: string, slide: number }
}

/** The viewport that renders the deck's canvas at scale 1 (Slidev: 980 wide, 16:9 by default). */
function viewportOf(deck: Deck): { width: number, height: number } {
  const width = Number(deck.headmatter.canvasWidth ?? 980)
  const ratio = parseAspectRatio((deck.headmatter.aspectRatio ?? '16/9') as string | number)
  return { width, height: Math.ceil(width / ratio) }
}

/** Collects problems during one slide visit; fed by the page's events. */
class Recorder {
  problems: string[] = []
  blocked = new Set<string>()

  async attach(context: BrowserContext): Promise<void> {
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (LOOPBACK.has(url.hostname)) return route.continue()
      this.blocked.add(url.href)
      this.problems.push(`request to ${url.href}`)
      return route.abort('blockedbyclient')
    })
  }
}

/** Visits every slide of `deck` as built at `origin` from `event` (the shipped data by default). */
export async function visitDeck(browser: Browser, origin: string, deck: Deck, event?: EventQueries): Promise<DeckVisit> {
  const { slides } = await loadDeck(deck, event)
  const defaultLayout = (deck.headmatter.defaults as { layout?: string } | undefined)?.layout
  const context = await browser.newContext({ viewport: viewportOf(deck) })
  // Bundlers may wrap named functions in __name() (esbuild keepNames); the functions sent to
  // page.evaluate then need it in the page too.
  await context.addInitScript('globalThis.__name ??= (fn) => fn')
  const recorder = new Recorder()
  await recorder.attach(context)
  const page = await context.newPage()
  page.on('console', (message) => {
    const text = message.text()
    // An aborted off-machine request also logs "Failed to load resource"; it is reported once already.
    if (message.type() === 'error' && recorder.blocked.has(message.location().url)) return
    if (message.type() === 'error' || text.includes('[Vue warn]'))
      recorder.problems.push(`console ${message.type()}: ${text.split('\n')[0]}`)
  })
  page.on('pageerror', error => recorder.problems.push(`uncaught ${error.name}: ${error.message}`))

  // problem text -> slides where it happened, so a deck-wide problem is one line.
  const found = new Map<string, string[]>()
  const stageProblems: string[] = []
  let stageFailingSlides = 0
  let smallest: DeckVisit['smallest']
  const visit = async (no: number, clicks: number, layout: string | undefined, label: string) => {
    recorder.problems = []
    await page.goto(`${origin}/${deck.slug}/${no}${clicks ? `?clicks=${clicks}` : ''}`)
    await page.evaluate(settleSlide, no)
    const problems = [...recorder.problems, ...await page.evaluate(inspectSlide, { no, layout })]
    for (const problem of new Set(problems)) found.set(problem, [...(found.get(problem) ?? []), label])
  }
  const stage = async (no: number, label: string) => {
    const report = await page.evaluate(inspectStage, { no, floors: STAGE_FLOORS })
    if (report.problems.length > 0) stageFailingSlides++
    for (const problem of report.problems) stageProblems.push(`${deck.slug} slide ${label}: ${problem}`)
    if (report.smallest && (!smallest || report.smallest.px < smallest.px)) smallest = { ...report.smallest, slide: no }
  }
  try {
    for (const slide of slides) {
      const layout = (slide.frontmatter.layout as string | undefined) ?? defaultLayout
      await visit(slide.no, 0, layout, `${slide.no}`)
      // Again at the last click step, where every v-click is shown; the stage check looks there.
      const clicks = await page.evaluate(slideClicksTotal) ?? ALL_CLICKS
      const label = clicks > 0 ? `${slide.no} (click ${clicks === ALL_CLICKS ? 'all' : clicks})` : `${slide.no}`
      if (clicks > 0) await visit(slide.no, clicks, layout, label)
      await stage(slide.no, label)
    }
  } finally {
    await context.close()
  }
  return {
    slideProblems: [...found].map(([problem, where]) => `${deck.slug} slide ${where.join(', ')}: ${problem}`),
    stageProblems,
    stageFailingSlides,
    slideCount: slides.length,
    smallest,
  }
}

/** Throws the deck's problems as one message, listing every failing slide. */
/**
 * The problems known and not fixed yet (issue #9 is open while this file is not empty), per data
 * set, deck and kind: tests/e2e/known-problems.json. A deck's test fails on any problem that is not
 * in it, so nothing gets worse while the rest is fixed; a known problem that no longer occurs is
 * said in the output, to be taken out of the file. `KNOWN_PROBLEMS=update` rewrites the file from
 * this run (look at the diff: every line added is a regression).
 */
const KNOWN_FILE = path.join(import.meta.dirname, 'known-problems.json')
type KnownProblems = Record<string, Record<string, Record<string, string[]>>>
const known: KnownProblems = existsSync(KNOWN_FILE) ? JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as KnownProblems : {}

export function assertNoProblems(site: string, deck: Deck, what: string, problems: readonly string[]): void {
  if (process.env.KNOWN_PROBLEMS === 'update') {
    const current: KnownProblems = existsSync(KNOWN_FILE) ? JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as KnownProblems : {}
    const kinds = ((current[site] ??= {})[deck.slug] ??= {})
    if (problems.length > 0) kinds[what] = [...problems]
    else delete kinds[what]
    writeFileSync(KNOWN_FILE, `${JSON.stringify(current, null, 2)}\n`)
    return
  }
  const expected = new Set(known[site]?.[deck.slug]?.[what] ?? [])
  const fresh = problems.filter(problem => !expected.has(problem))
  const gone = [...expected].filter(problem => !problems.includes(problem))
  if (gone.length > 0)
    console.log(`${site}, ${deck.relPath}: ${gone.length} known ${what} problem(s) no longer occur; take them out of tests/e2e/known-problems.json:\n${gone.join('\n')}`)
  if (fresh.length > 0)
    throw new Error(`${deck.relPath}: ${fresh.length} new ${what} problem${fresh.length === 1 ? '' : 's'} (${expected.size} known, in tests/e2e/known-problems.json)\n${fresh.join('\n')}`)
}

/**
 * With STAGE_REPORT=<file>, every deck's stage findings are appended to that file as well, for
 * whoever coordinates the fixes (the test output keeps them too).
 */
export function recordStage(site: string, deck: Deck, result: DeckVisit): void {
  const file = process.env.STAGE_REPORT
  if (!file) return
  const smallest = result.smallest ? `${result.smallest.px}px (slide ${result.smallest.slide}: "${result.smallest.text}")` : 'none'
  appendFileSync(file, [
    `## ${site}: ${deck.slug} — ${result.stageFailingSlides} of ${result.slideCount} slides fail the stage check; smallest text ${smallest}`,
    ...result.stageProblems,
    ...result.slideProblems.map(problem => `(slide check) ${problem}`),
    '',
  ].join('\n') + '\n')
}

export interface VisitedSite {
  browser: Browser
  origin: string
  decks: readonly Deck[]
  event?: EventQueries
}

/**
 * Visits each deck of a site once, on the first test that asks (its slide and stage tests share
 * the visit), and records its stage findings. `site` is read when a deck is first asked for, so a
 * suite can create it before its beforeAll has built the site.
 */
export function deckVisitor(siteName: string, site: () => VisitedSite): (slug: string) => Promise<DeckVisit> {
  const visits = new Map<string, Promise<DeckVisit>>()
  return (slug) => {
    let visit = visits.get(slug)
    if (!visit) {
      const { browser, origin, decks, event } = site()
      const deck = decks.find(d => d.slug === slug)
      visit = deck ? visitDeck(browser, origin, deck, event) : Promise.reject(new Error(`no deck ${slug} in the ${siteName} site`))
      if (deck) visit.then(result => recordStage(siteName, deck, result), () => undefined)
      visits.set(slug, visit)
    }
    return visit
  }
}
