// Each deck that names a session: its cover and closing slides show that session as the data module
// has it (title, speakers, time, room), so nothing about a session is retyped in a deck.
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { beamSummit } from '../../data/index.ts'
import { discoverDecks, loadDeck } from '../../scripts/lib/decks.ts'

const { origin, wsEndpoint } = inject('e2e')
const sessionDecks = discoverDecks().filter(deck => typeof deck.headmatter.session === 'string')

let browser: Browser
beforeAll(async () => {
  browser = await chromium.connect(wsEndpoint)
})
afterAll(async () => {
  await browser?.close()
})

test('the welcome deck and the four keynotes name their sessions', () => {
  const named = sessionDecks.map(deck => deck.headmatter.session)
  expect(named).toEqual(expect.arrayContaining(['welcome', ...beamSummit.keynotes().map(session => session.id)]))
})

test.each(sessionDecks.map(deck => [deck.slug, deck] as const))('%s: cover and closing show its session from data', async (_slug, deck) => {
  const session = beamSummit.sessionById(deck.headmatter.session as string)
  const speakers = beamSummit.speakersOf(session).map(person => person.name)
  const { slides } = await loadDeck(deck)
  const covers = slides.filter(slide => slide.frontmatter.layout === 'session-cover')
  const closings = slides.filter(slide => slide.frontmatter.layout === 'session-closing')
  expect(covers.length, `${deck.relPath} has no session-cover slide`).toBeGreaterThan(0)

  const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  try {
    for (const cover of covers) {
      await page.goto(`${origin}/${deck.slug}/${cover.no}`, { waitUntil: 'networkidle' })
      const slide = page.locator(`.slidev-page-${cover.no}`)
      // The seed's own cover wording (coverTitle:, coverByline: in the slide or the deck) wins on the cover.
      const setting = (key: string): string | undefined => {
        const value = cover.frontmatter[key] ?? deck.headmatter[key]
        return typeof value === 'string' && value !== '' ? value : undefined
      }
      await expect.poll(() => slide.locator('.bs-session-cover__title').textContent()).toBe(setting('coverTitle') ?? session.title)
      const byline = setting('coverByline')
      if (byline)
        expect(await slide.locator('.bs-byline__text').textContent()).toBe(byline)
      else
        expect(await slide.locator('.bs-byline__name').allTextContents()).toEqual(speakers)
      const meta = await slide.locator('.bs-byline__meta dd').allTextContents()
      expect(meta.join(' | ')).toContain(`${beamSummit.clockOf(session.start)} – ${beamSummit.clockOf(session.end)}`)
      expect(meta.join(' | ')).toContain(beamSummit.roomById(session.roomId).name)
    }
    for (const closing of closings) {
      await page.goto(`${origin}/${deck.slug}/${closing.no}`, { waitUntil: 'networkidle' })
      const slide = page.locator(`.slidev-page-${closing.no}`)
      await expect.poll(() => slide.locator('.bs-session-closing__title').textContent()).toBe(session.title)
      expect(await slide.locator('.bs-session-closing__name').allTextContents()).toEqual(speakers)
    }
  } finally {
    await page.close()
  }
})
