// The same decks on a far bigger programme (tests/fixtures/big-programme.ts): built from a copy
// of the repo whose data/event.ts exports the fixture, then every slide of every deck gets the
// same checks as the shipped decks (tests/e2e/decks.test.ts): the slide checks at the first and
// last click, the stage check at the last. Two tests per deck, "<slug>" and "<slug> on stage".
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, inject, test } from 'vitest'
import { type Deck, discoverDecks } from '../../scripts/lib/decks.ts'
import { assertNoProblems, deckVisitor } from './deck-visit.ts'
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts'

let browser: Browser
let site: FixtureSite
beforeAll(async () => {
  browser = await chromium.connect(inject('e2e').wsEndpoint)
  site = await buildFixtureSite()
  console.log(`big programme site built in ${site.buildSeconds.toFixed(1)}s`)
}, 10 * 60_000)
afterAll(async () => {
  await site?.close()
  await browser?.close()
})

const visited = deckVisitor('big programme', () => ({ browser, origin: site.origin, decks: site.decks, event: site.event }))

// The repo's decks name the tests (the copy only exists once beforeAll has run).
const decks = discoverDecks().map(deck => [deck.slug, deck] as const)

// The big programme's welcome deck has some 80 slides (40 of them Monday's schedule): visiting
// each in its final click state takes longer than the suite's default on a loaded two-core runner.
const VISIT_TIMEOUT = 20 * 60_000

describe('big programme', () => {
  test.each(decks)('%s', async (slug, deck: Deck) => {
    assertNoProblems('big programme', deck, 'slide', (await visited(slug)).slideProblems)
  }, VISIT_TIMEOUT)

  test.each(decks)('%s on stage', async (slug, deck: Deck) => {
    assertNoProblems('big programme', deck, 'stage', (await visited(slug)).stageProblems)
  })
})
