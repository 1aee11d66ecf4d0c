// The exporter (scripts/lib/pdf.ts) steps through a deck with what setup/main.ts exposes
// (window.__deckControl__: Slidev's public useNav), not Vue's internals. On the built speaker
// guide, whose stepped code has clicks: going to a slide and a click moves the deck there, and the
// click range is the slide's.
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { waitForSlide } from '../../scripts/lib/pdf'

const { origin, wsEndpoint } = inject('e2e')
let browser: Browser
beforeAll(async () => {
  browser = await chromium.connect(wsEndpoint)
})
afterAll(async () => {
  await browser?.close()
})

test('window.__deckControl__ goes to a slide and click, and reads the slide\'s click range', async () => {
  const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  await page.goto(`${origin}/speaker-guide/1`)
  await page.waitForFunction(() => window.__deckControl__ !== undefined)
  let stepped = 0
  for (let no = 1; no <= 12; no++) {
    await page.evaluate(n => window.__deckControl__!.go(n, 0), no)
    await page.waitForURL(new RegExp(`/speaker-guide/${no}(\\?|$)`))
    // The slide's clicks are counted once it has mounted, as the exporter waits for it.
    await waitForSlide(page, no, 15_000)
    const range = await page.evaluate(() => window.__deckControl__!.clickRange())
    expect(range.first).toBeLessThanOrEqual(range.last)
    if (range.last > 0) {
      stepped++
      await page.evaluate(({ n, last }) => window.__deckControl__!.go(n, last), { n: no, last: range.last })
      await page.waitForURL(new RegExp(`/speaker-guide/${no}\\?clicks=${range.last}`))
    }
  }
  // The guide shows stepped code: some slide has clicks.
  expect(stepped).toBeGreaterThan(0)
  await page.close()
})
