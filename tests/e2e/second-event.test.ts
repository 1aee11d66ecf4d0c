// The framework on another event, by changing data and not code: in a copy of the repo whose
// data/event.ts is the made-up Madrid event (tests/fixtures/second-event.ts: Europe/Madrid, two
// days, named rooms, other sponsor tiers, no social events), `npm run new` scaffolds a talk deck,
// a schedule deck is written from the import's template, and `npm run build` then
// `npm run export` give the signage, the schedule, the talk, the hub, the calendar and the PDFs.
// Every slide of every deck gets the shipped decks' slide and stage checks.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { createEventQueries, type EventQueries, loadEventData } from '../../data/index.ts'
import { type Deck, discoverDecks } from '../../scripts/lib/decks.ts'
import { programmeDeckText } from '../../scripts/lib/event-template.ts'
import { secondEvent } from '../fixtures/second-event.ts'
import { taggingProblems } from '../lib/pdf-structure.ts'
import { assertNoProblems, deckVisitor } from './deck-visit.ts'
import { buildSandboxSite, type SandboxSite } from './sandbox-site.ts'

const SITE = 'second event'
const TALK = 'talk-windows'
const EVENT_MODULE = `// The made-up Madrid event in place of the shipped facts (written by tests/e2e/second-event.test.ts).
import { secondEvent } from '../tests/fixtures/second-event.ts'

export const eventFacts = secondEvent()
`

const event: EventQueries = createEventQueries(loadEventData(secondEvent(), 'tests/fixtures/second-event.ts'))
let browser: Browser
let site: SandboxSite
let decks: Deck[]

beforeAll(async () => {
  browser = await chromium.connect(inject('e2e').wsEndpoint)
  site = await buildSandboxSite('the second event', {
    decks: ['rooms'],
    prepare: (root) => {
      writeFileSync(path.join(root, 'data/event.ts'), EVENT_MODULE)
      mkdirSync(path.join(root, 'slides/programme'))
      writeFileSync(path.join(root, 'slides/programme/slides.md'), programmeDeckText({ event: event.event, rooms: [], people: [], sessions: event.allSessions() }))
    },
    commands: [['new', '--', TALK], ['build'], ['export']],
  })
  decks = discoverDecks(site.root)
}, 15 * 60_000)
afterAll(async () => {
  await site?.close()
  await browser?.close()
})

const visited = deckVisitor(SITE, () => ({ browser, origin: site.origin, decks, event }))

describe('a second event', () => {
  test('has its own decks, hub and calendar, nothing of Beam Summit', () => {
    expect(decks.map(deck => deck.slug).sort()).toEqual(['programme', 'rooms', TALK])
    const hub = readFileSync(path.join(site.root, 'dist/index.html'), 'utf8')
    expect(hub).toContain('Example Data Days 2027')
    expect(hub).not.toMatch(/Beam Summit|Austin/)
    const ics = readFileSync(path.join(site.root, 'dist/schedule.ics'), 'utf8')
    expect(ics).toContain('TZID:Europe/Madrid')
    for (const session of event.allSessions()) expect(ics).toContain(`UID:${session.id}@`)
  })

  test('every deck has a tagged PDF whose metadata names that event', async () => {
    for (const deck of decks) {
      const pdf = path.join(site.root, 'dist', deck.slug, `${deck.slug}.pdf`)
      expect(existsSync(pdf), pdf).toBe(true)
      const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false })
      expect(taggingProblems(doc), pdf).toEqual([])
      const metadata = [doc.getTitle(), doc.getSubject(), doc.getKeywords(), doc.getAuthor()].join(' | ')
      expect(metadata).not.toMatch(/Beam Summit|Apache Beam/)
    }
  })

  test.each(['programme', 'rooms', TALK])('%s', async (slug) => {
    const deck = decks.find(d => d.slug === slug)!
    const visit = await visited(slug)
    assertNoProblems(SITE, deck, 'slide', visit.slideProblems)
    assertNoProblems(SITE, deck, 'stage', visit.stageProblems)
  }, 10 * 60_000)

  test('the talk\'s cover carries that event\'s name as its wordmark, not Beam Summit\'s drawing', async () => {
    const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
    await page.goto(`${site.origin}/${TALK}/1`)
    const mark = page.locator('.slidev-page[data-slidev-no="1"] svg.bs-wordmark').first()
    await mark.waitFor()
    expect(await mark.getAttribute('aria-label')).toBe('Example Data Days Madrid 2027')
    expect(await mark.locator('path').count()).toBe(0)
    await page.close()
  }, 60_000)
})
