// A site served from a sub-path of its host, as a GitHub Pages project site or a folder of an
// existing site is: in a copy of the repo, `npm run build -- --base /conf/2022/` builds two decks
// and the hub, `npm run export` prints one deck from it, and the site is served at /conf/2022/
// only (tests/e2e/sandbox-site.ts serves it with scripts/preview.ts, which reads the base the
// build wrote). Every slide gets the shipped decks' checks there; the hub's links, the decks'
// requests and their navigation stay under the base.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { type Deck, discoverDecks } from '../../scripts/lib/decks.ts'
import { assertNoProblems, deckVisitor } from './deck-visit.ts'
import { settleSlide } from './slide-checks.ts'
import { buildSandboxSite, type SandboxSite } from './sandbox-site.ts'

const SITE = 'sub-path site'
const BASE = '/conf/2022/'
const DECKS = ['welcome', 'beam-at-twitter']
const EXPORTED = 'beam-at-twitter'

let browser: Browser
let site: SandboxSite
let decks: Deck[]

beforeAll(async () => {
  browser = await chromium.connect(inject('e2e').wsEndpoint)
  site = await buildSandboxSite(`a site built for ${BASE}`, {
    decks: DECKS,
    symlinkNodeModules: true,
    commands: [['build', '--', '--base', BASE, ...DECKS], ['export', '--', '--deck', EXPORTED]],
  })
  decks = discoverDecks(site.root).filter(deck => DECKS.includes(deck.slug))
}, 10 * 60_000)
afterAll(async () => {
  await site?.close()
  await browser?.close()
})

// The visitor opens `${origin}/<slug>/<n>`: the site's URL without its last slash.
const visited = deckVisitor(SITE, () => ({ browser, origin: `${site.origin}${BASE.slice(0, -1)}`, decks }))

/**
 * Every response a page gets while `act` runs, with its status, and every request that failed
 * (status 0). A request the next navigation cancels (net::ERR_ABORTED) is not a failure.
 */
async function requestsDuring(url: string, act: (page: import('playwright-core').Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const requests: { url: string, status: number }[] = []
  page.on('response', (response) => {
    if (response.url().startsWith('http')) requests.push({ url: response.url(), status: response.status() })
  })
  page.on('requestfailed', (request) => {
    if (request.url().startsWith('http') && request.failure()?.errorText !== 'net::ERR_ABORTED') requests.push({ url: request.url(), status: 0 })
  })
  try {
    await page.goto(url)
    await act(page)
  } finally {
    await context.close()
  }
  return requests
}

describe('a site built for a sub-path', () => {
  test('is served at its base only: the top of the host redirects there, a deck outside it is not found', async () => {
    const top = await fetch(`${site.origin}/`, { redirect: 'manual' })
    expect([top.status, top.headers.get('location')]).toEqual([302, BASE])
    expect((await fetch(`${site.origin}/welcome/`)).status).toBe(404)
    expect((await fetch(`${site.origin}${BASE}welcome/`)).status).toBe(200)
    expect(readFileSync(path.join(site.root, 'dist/_headers'), 'utf8')).toContain(`${BASE}assets/*`)
  })

  test('the hub links every deck, PDF and calendar under the base, and each link answers', async () => {
    const hub = readFileSync(path.join(site.root, 'dist/index.html'), 'utf8')
    const local = [...hub.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map(match => match[1]!)
    expect(local.length).toBeGreaterThan(10)
    for (const href of local) expect(href.startsWith(BASE), href).toBe(true)
    for (const slug of DECKS) expect(local).toContain(`${BASE}${slug}/`)
    expect(local).toContain(`${BASE}${EXPORTED}/${EXPORTED}.pdf`)
    for (const href of new Set(local)) {
      // The PDF of the deck that was not exported is linked but not there; everything else answers.
      if (href === `${BASE}welcome/welcome.pdf`) continue
      expect((await fetch(`${site.origin}${href}`)).status, href).toBe(200)
    }
    const fonts = [...hub.matchAll(/url\((\/[^)]+\.woff2)\)/g)].map(match => match[1]!)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(font.startsWith(BASE), font).toBe(true)
  })

  test.each(DECKS)('%s: every slide passes the slide and stage checks at the sub-path', async (slug) => {
    const deck = decks.find(d => d.slug === slug)!
    const visit = await visited(slug)
    expect(visit.slideCount).toBeGreaterThan(1)
    assertNoProblems(SITE, deck, 'slide', visit.slideProblems)
    assertNoProblems(SITE, deck, 'stage', visit.stageProblems)
  }, 10 * 60_000)

  test.each(DECKS)('%s: requests nothing outside the base, and the next slide and the presenter view route under it', async (slug) => {
    const requests = await requestsDuring(`${site.origin}${BASE}${slug}/1`, async (page) => {
      await page.evaluate(settleSlide, 1)
      await page.keyboard.press('ArrowRight')
      await page.waitForURL(`${site.origin}${BASE}${slug}/2`)
      await page.goto(`${site.origin}${BASE}${slug}/presenter/1`)
      await page.locator('.slidev-presenter').first().waitFor()
      await page.keyboard.press('ArrowRight')
      await page.waitForURL(`${site.origin}${BASE}${slug}/presenter/2`)
    })
    expect(requests.length).toBeGreaterThan(5)
    for (const request of requests) {
      expect(new URL(request.url).pathname.startsWith(BASE), request.url).toBe(true)
      expect([200, 304], request.url).toContain(request.status)
    }
    // The shared files come from the site's one folder, not the deck's.
    expect(requests.some(request => new URL(request.url).pathname.startsWith(`${BASE}assets/`))).toBe(true)
  }, 2 * 60_000)

  test('npm run export prints a deck from the sub-path site', async () => {
    const pdf = path.join(site.root, 'dist', EXPORTED, `${EXPORTED}.pdf`)
    expect(existsSync(pdf)).toBe(true)
    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false })
    expect(doc.getPageCount()).toBe((await visited(EXPORTED)).slideCount)
  })
})

