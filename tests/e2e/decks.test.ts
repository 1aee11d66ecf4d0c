// Every slide of every built deck, at its first and at its last click step, in Chromium:
// no console error, no request off this machine, no unknown layout or unrendered component,
// nothing outside the slide canvas. One test per deck, listing every failing slide.
import { parseAspectRatio } from '@slidev/parser/utils'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import { afterAll, beforeAll, inject, test } from 'vitest'
import { type Deck, discoverDecks, loadDeck } from '../../scripts/lib/decks.ts'
import { inspectSlide, settleSlide, slideClicksTotal } from './slide-checks.ts'

const { origin, wsEndpoint } = inject('e2e')
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
/** Past any slide's last click, for when the click count is unknown: Slidev does not clamp ?clicks=. */
const ALL_CLICKS = 999

let browser: Browser
beforeAll(async () => {
  browser = await chromium.connect(wsEndpoint)
})
afterAll(async () => {
  await browser?.close()
})

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

test.each(discoverDecks().map(deck => [deck.slug, deck] as const))('%s', async (_slug, deck) => {
  const { slides } = await loadDeck(deck)
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
  const visit = async (no: number, clicks: number, layout: string | undefined, label: string) => {
    recorder.problems = []
    await page.goto(`${origin}/${deck.slug}/${no}${clicks ? `?clicks=${clicks}` : ''}`)
    await page.evaluate(settleSlide, no)
    const problems = [...recorder.problems, ...await page.evaluate(inspectSlide, { no, layout })]
    for (const problem of new Set(problems)) found.set(problem, [...(found.get(problem) ?? []), label])
  }
  try {
    for (const slide of slides) {
      const layout = (slide.frontmatter.layout as string | undefined) ?? defaultLayout
      await visit(slide.no, 0, layout, `${slide.no}`)
      // Again at the last click step, where every v-click is shown.
      const clicks = await page.evaluate(slideClicksTotal) ?? ALL_CLICKS
      if (clicks > 0) await visit(slide.no, clicks, layout, `${slide.no} (click ${clicks === ALL_CLICKS ? 'all' : clicks})`)
    }
  } finally {
    await context.close()
  }

  const report = [...found].map(([problem, where]) => `${deck.slug} slide ${where.join(', ')}: ${problem}`)
  if (report.length > 0) throw new Error(`${deck.relPath}: ${report.length} problem${report.length === 1 ? '' : 's'}\n${report.join('\n')}`)
})
