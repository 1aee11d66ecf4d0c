// The built site stores a file several decks use once, in dist/assets/, and every deck fetches it
// from that one URL (scripts/lib/shared-assets.ts): no deck keeps an assets/ of its own, what a
// deck's page refers to is there, the site's duplicate bytes stay under 5 % (PDFs and preview
// images aside), and two decks opened one after the other load their common files (the fonts,
// the runtime) from the same URLs, which is what lets the browser's cache serve the second.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { discoverDecks, REPO_ROOT } from '../../scripts/lib/decks.ts'
import { ASSETS_DIR, duplicateShare, HEADERS_FILE, STYLES_CHUNK, VENDOR_CHUNK } from '../../scripts/lib/shared-assets.ts'

const DIST = path.join(REPO_ROOT, 'dist')
const decks = discoverDecks()
const { origin, wsEndpoint } = inject('e2e')
let browser: Browser
beforeAll(async () => {
  browser = await chromium.connect(wsEndpoint)
})
afterAll(async () => {
  await browser?.close()
})

test('every deck refers to the site\'s one assets/ folder, and what it names is there', () => {
  expect(existsSync(path.join(DIST, HEADERS_FILE)), 'dist/_headers tells a static host to keep /assets/ files').toBe(true)
  for (const deck of decks) {
    expect(existsSync(path.join(DIST, deck.slug, ASSETS_DIR)), `dist/${deck.slug}/assets/ should not exist`).toBe(false)
    const html = readFileSync(path.join(DIST, deck.slug, 'index.html'), 'utf8')
    const named = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map(match => match[1]!).filter(url => url.includes(`/${ASSETS_DIR}/`))
    expect(named.length, `${deck.slug}: its page loads scripts from assets/`).toBeGreaterThan(0)
    for (const url of named) {
      expect(url.startsWith(`/${ASSETS_DIR}/`), `${deck.slug}: ${url} is the shared folder's`).toBe(true)
      expect(existsSync(path.join(DIST, url)), `${deck.slug}: ${url} exists in dist/`).toBe(true)
    }
  }
})

test('every deck\'s page loads the same vendor code and the same shared stylesheet, one file each', () => {
  // What a second deck can take from the browser's cache: Vue and the Slidev client's libraries
  // (vendor/libs-*.js), Slidev's, the theme's and our stylesheets (vendor/styles-*.css).
  for (const [chunk, ext] of [[VENDOR_CHUNK, 'js'], [STYLES_CHUNK, 'css']] as const) {
    const pattern = new RegExp(`"(/${ASSETS_DIR}/${chunk}-[\\w-]+\\.${ext})"`, 'g')
    const urls = new Map(decks.map(deck => [deck.slug, [...readFileSync(path.join(DIST, deck.slug, 'index.html'), 'utf8').matchAll(pattern)].map(match => match[1]!)]))
    for (const [slug, named] of urls) expect(named, `${slug}: its page names ${chunk}.${ext} once`).toHaveLength(1)
    expect(new Set([...urls.values()].flat()), `one ${chunk}.${ext} for every deck: ${JSON.stringify(Object.fromEntries(urls))}`).toHaveProperty('size', 1)
  }
})

test('the site stores at most 5 % of its bytes twice', () => {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && !entry.name.endsWith('.pdf') && entry.name !== 'og.png')
    .map(entry => readFileSync(path.join(entry.parentPath, entry.name)))
  const { share, duplicate, total } = duplicateShare(files)
  expect(share, `${duplicate} of ${total} bytes are a copy of another file`).toBeLessThanOrEqual(0.05)
})

test('two decks opened one after the other load the files they share from the same URLs', async () => {
  const [first, second] = ['welcome', 'beam-at-twitter'].map(slug => decks.find(deck => deck.slug === slug)!)
  const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
  try {
    const page = await context.newPage()
    const loaded = async (slug: string) => {
      const urls = new Set<string>()
      const listener = (request: { url: () => string }) => urls.add(new URL(request.url()).pathname)
      page.on('request', listener)
      await page.goto(`${origin}/${slug}/1`, { waitUntil: 'networkidle' })
      await page.locator('[data-slidev-no="1"]').first().waitFor()
      page.off('request', listener)
      return urls
    }
    const a = await loaded(first!.slug)
    const b = await loaded(second!.slug)
    const own = (urls: Set<string>, slug: string) => [...urls].filter(url => url.startsWith(`/${slug}/${ASSETS_DIR}/`))
    expect(own(a, first!.slug), 'no file from the deck\'s own assets/').toEqual([])
    expect(own(b, second!.slug), 'no file from the deck\'s own assets/').toEqual([])
    const common = [...b].filter(url => a.has(url) && url.startsWith(`/${ASSETS_DIR}/`))
    expect(common.filter(url => url.endsWith('.woff2')).length, `fonts at one URL for both decks: ${common.join(', ')}`).toBeGreaterThan(0)
  } finally {
    await context.close()
  }
})
