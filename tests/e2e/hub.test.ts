// The hub page (dist/index.html) in Chromium: every link on it resolves (HTTP 200 from the
// static server; a deck link renders the deck's first slide), nothing is loaded from another
// origin, no console error, the page is accessible (landmarks, headings, names, lang, AA
// contrast) and works on a phone. Screenshots at 1280 and 390 px go to test-results/hub/.
//
// PDFs come from `npm run export`; decks whose PDF is missing or stale are exported first.
// If dist/ has no hub page or calendar files (the build did not make them), they are made here,
// with a warning, so that this file tests the page itself.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { beamSummit } from '../../data/index.ts'
import { exportStale } from '../../scripts/export.ts'
import { discoverDecks, REPO_ROOT } from '../../scripts/lib/decks.ts'
import { hubDecks, renderHub, writeHub } from '../../scripts/lib/render-hub.ts'
import { type DistServer, serveDist } from '../../scripts/preview.ts'

const DIST = path.join(REPO_ROOT, 'dist')
const SHOTS = path.join(REPO_ROOT, 'test-results', 'hub')
const { wsEndpoint } = inject('e2e')

let browser: Browser
let server: DistServer

beforeAll(async () => {
  browser = await chromium.connect(wsEndpoint)
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.warn('[hub test] dist/index.html is missing (the build did not run scripts/hub.ts): making it now')
    writeHub(DIST, await renderHub({ decks: discoverDecks(), queries: beamSummit }))
  }
  if (!existsSync(path.join(DIST, 'schedule.ics'))) {
    console.warn('[hub test] dist/schedule.ics is missing (the build did not run scripts/calendar.ts): making it now')
    const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/calendar.ts', '--out', DIST], { cwd: REPO_ROOT, stdio: 'inherit' })
    if (run.status !== 0) throw new Error('scripts/calendar.ts failed')
  }
  server = await serveDist(DIST)
  const results = await exportStale({ dir: DIST, browser, origin: server.origin, log: line => console.log(`[export] ${line}`) })
  const failed = results.filter(r => !r.ok)
  if (failed.length > 0) throw new Error(`export failed for ${failed.map(r => `${r.slug}: ${r.error}`).join('\n')}`)
}, 30 * 60_000)

afterAll(async () => {
  await server?.close()
  await browser?.close()
})

interface Watch { external: string[], errors: string[] }

/** A context that blocks and records requests leaving the machine, and a page that records errors. */
async function watchedPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext, page: Page, watch: Watch }> {
  const context = await browser.newContext(options)
  await context.addInitScript('globalThis.__name ??= (fn) => fn')
  const watch: Watch = { external: [], errors: [] }
  await context.route(url => !url.href.startsWith(`${server.origin}/`), (route) => {
    watch.external.push(route.request().url())
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('ERR_BLOCKED_BY_CLIENT')) watch.errors.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', error => watch.errors.push(`uncaught: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) watch.errors.push(`HTTP ${response.status()} for ${response.url()}`)
  })
  return { context, page, watch }
}

describe('the hub page', () => {
  test('loads everything from this site, without a console error, fonts included', async () => {
    const { context, page, watch } = await watchedPage({ viewport: { width: 1280, height: 900 } })
    try {
      await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' })
      await page.evaluate(() => document.fonts.ready)
      const fonts = await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')))
      expect(fonts).toEqual(expect.arrayContaining(['Inter', 'Space Grotesk']))
      const stylesheets = await page.$$eval('link[rel="stylesheet"], script[src]', els => els.map(el => el.outerHTML))
      expect(stylesheets.filter(html => /(href|src)="(https?:)?\/\//.test(html))).toEqual([])
      expect(watch.external).toEqual([])
      expect(watch.errors).toEqual([])
    } finally {
      await context.close()
    }
  })

  test('has its document metadata: lang, viewport, title, description, Open Graph', async () => {
    const { context, page } = await watchedPage()
    try {
      await page.goto(`${server.origin}/`)
      expect(await page.getAttribute('html', 'lang')).toBe('en')
      const meta = async (selector: string) => page.getAttribute(selector, 'content')
      expect(await meta('meta[name="viewport"]')).toContain('width=device-width')
      expect(await page.title()).toContain(beamSummit.event.edition)
      expect(await meta('meta[name="description"]')).toContain(beamSummit.event.city)
      expect(await meta('meta[property="og:title"]')).toContain(beamSummit.event.edition)
      expect(await meta('meta[property="og:description"]')).toBeTruthy()
      const image = await meta('meta[property="og:image"]')
      const welcome = hubDecks(discoverDecks(), beamSummit).find(deck => deck.kind === 'welcome')
      if (welcome) expect(image).toMatch(new RegExp(`/${welcome.slug}/og\\.png$`))
      const response = await fetch(new URL(image!, `${server.origin}/`))
      expect(response.status, `og:image ${image}`).toBe(200)
      expect(response.headers.get('content-type')).toContain('image/png')
    } finally {
      await context.close()
    }
  })

  test('has landmarks, one h1, and headings that do not skip levels', async () => {
    const { context, page } = await watchedPage()
    try {
      await page.goto(`${server.origin}/`)
      for (const selector of ['header', 'nav', 'main', 'footer']) expect(await page.locator(selector).count(), selector).toBeGreaterThan(0)
      const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', els => els.map(el => Number(el.tagName.slice(1))))
      expect(levels.filter(l => l === 1)).toHaveLength(1)
      expect(levels[0]).toBe(1)
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1]!, `heading ${i} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(1)
      })
      // Every link and every scrollable region has a name.
      const unnamed = await page.$$eval('a, [role="region"]', els => els
        .filter(el => !(el.getAttribute('aria-label') || (el as HTMLElement).innerText.trim()))
        .map(el => el.outerHTML.slice(0, 80)))
      expect(unnamed).toEqual([])
    } finally {
      await context.close()
    }
  })

  test('lists every deck with its title and links', async () => {
    const decks = hubDecks(discoverDecks(), beamSummit)
    const { context, page } = await watchedPage()
    try {
      await page.goto(`${server.origin}/`)
      for (const deck of decks) {
        const card = page.locator(`[data-deck="${deck.slug}"]`)
        await expect(card.locator('h3').innerText()).resolves.toBe(deck.title)
        const hrefs = await card.locator('a').evaluateAll(els => els.map(el => el.getAttribute('href')))
        expect(hrefs).toEqual(expect.arrayContaining(Object.values(deck.links)))
        for (const speaker of deck.speakers) expect(await card.innerText()).toContain(speaker)
      }
    } finally {
      await context.close()
    }
  })

  test('every link resolves, and deck links render their first slide', async () => {
    const { context, page, watch } = await watchedPage({ viewport: { width: 980, height: 552 } })
    const problems: string[] = []
    try {
      await page.goto(`${server.origin}/`)
      const hrefs = await page.$$eval('a[href]', els => [...new Set(els.map(el => (el as HTMLAnchorElement).href))])
      const internal = hrefs.filter(href => href.startsWith(`${server.origin}/`))
      const external = hrefs.filter(href => !href.startsWith(`${server.origin}/`))
      // Links out of the site are plain https links to the event (nothing is fetched from them).
      for (const href of external) if (!href.startsWith('https://')) problems.push(`non-https external link ${href}`)

      for (const href of internal) {
        const url = new URL(href)
        if (url.pathname === '/' && url.hash) {
          if (await page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count() !== 1) problems.push(`no target for ${url.hash}`)
          continue
        }
        const response = await fetch(href)
        const body = Buffer.from(await response.arrayBuffer())
        if (response.status !== 200) {
          problems.push(`${url.pathname}: HTTP ${response.status}`)
          continue
        }
        const type = response.headers.get('content-type') ?? ''
        if (url.pathname.endsWith('.pdf') && !(type.includes('application/pdf') && body.subarray(0, 5).toString() === '%PDF-')) problems.push(`${url.pathname}: not a PDF (${type})`)
        if (url.pathname.endsWith('.ics') && !body.toString('utf8').startsWith('BEGIN:VCALENDAR')) problems.push(`${url.pathname}: not an iCalendar file`)
        if (url.pathname.endsWith('/')) {
          // A deck (or its presenter view): the app must render slide 1.
          watch.errors.length = 0
          await page.goto(href, { waitUntil: 'load' })
          const shown = await page.locator('[data-slidev-no="1"]').first().waitFor({ state: 'visible', timeout: 30_000 }).then(() => true, () => false)
          if (!shown) problems.push(`${url.pathname}: slide 1 did not render`)
          const uncaught = watch.errors.filter(error => error.startsWith('uncaught') || error.startsWith('HTTP'))
          if (uncaught.length > 0) problems.push(`${url.pathname}: ${uncaught.join('; ')}`)
        }
      }
      expect(internal.length).toBeGreaterThan(0)
    } finally {
      await context.close()
    }
    expect(problems).toEqual([])
  })

  test('text meets WCAG AA contrast', async () => {
    const { context, page } = await watchedPage({ viewport: { width: 1280, height: 900 } })
    try {
      await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' })
      const failures = await page.evaluate(() => {
        const parse = (color: string): number[] => {
          const m = color.match(/rgba?\(([^)]+)\)/)
          if (!m) return [0, 0, 0, 0]
          const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number)
          return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1]
        }
        const luminance = ([r, g, b]: number[]) => {
          const c = [r!, g!, b!].map((v) => {
            const s = v / 255
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
          })
          return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!
        }
        const background = (el: Element | null): number[] => {
          const layers: number[][] = []
          for (let node = el; node; node = node.parentElement) {
            const bg = parse(getComputedStyle(node).backgroundColor)
            if (bg[3]! > 0) layers.push(bg)
            if (bg[3] === 1) break
          }
          let color = [255, 255, 255]
          for (const layer of layers.reverse()) color = color.map((c, i) => layer[i]! * layer[3]! + c * (1 - layer[3]!))
          return color
        }
        const out: string[] = []
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        const checked = new Set<Element>()
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement
          if (!el || checked.has(el) || !node.textContent?.trim()) continue
          checked.add(el)
          const style = getComputedStyle(el)
          const box = el.getBoundingClientRect()
          if (style.visibility === 'hidden' || box.width <= 1 || box.height <= 1 || style.clip === 'rect(0px, 0px, 0px, 0px)') continue
          const fg = parse(style.color)
          const bg = background(el)
          const blended = fg.slice(0, 3).map((c, i) => c * fg[3]! + bg[i]! * (1 - fg[3]!))
          const [l1, l2] = [luminance(blended), luminance(bg)].sort((a, b) => b - a)
          const ratio = (l1! + 0.05) / (l2! + 0.05)
          const size = Number.parseFloat(style.fontSize)
          const bold = Number(style.fontWeight) >= 700
          const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5
          if (ratio < needed) out.push(`${ratio.toFixed(2)} < ${needed}: <${el.localName} class="${el.className}"> "${node.textContent.trim().slice(0, 40)}"`)
        }
        return out
      })
      expect(failures).toEqual([])
    } finally {
      await context.close()
    }
  })

  for (const [width, name] of [[1280, 'desktop'], [390, 'phone']] as const) {
    test(`fits a ${width}px wide screen (${name})`, async () => {
      const { context, page } = await watchedPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 })
      try {
        await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' })
        await page.evaluate(() => document.fonts.ready)
        mkdirSync(SHOTS, { recursive: true })
        await page.screenshot({ path: path.join(SHOTS, `hub-${width}.png`), fullPage: true })
        // The page never scrolls sideways; only the schedule grids may, inside their own region.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        const regions = await page.$$eval('[role="region"]', els => els.map(el => ({ scrolls: el.scrollWidth > el.clientWidth + 1, overflowX: getComputedStyle(el).overflowX })))
        expect(regions.length).toBe(beamSummit.eventDays().length)
        for (const region of regions) expect(region.overflowX).toBe('auto')
        if (width < 640) expect(regions.some(region => region.scrolls)).toBe(true)
        else expect(regions.every(region => !region.scrolls)).toBe(true)
        // Tap targets of the deck links are at least 44px tall.
        const heights = await page.$$eval('[data-deck] li a', els => els.map(el => el.getBoundingClientRect().height))
        expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)
      } finally {
        await context.close()
      }
    })
  }
})
