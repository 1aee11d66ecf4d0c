// Every slide of every built deck, at its first and at its last click step, in Chromium:
// no console error, no request off this machine, no unknown layout or unrendered component,
// nothing outside the slide canvas; and, at the last click, the stage check (type sizes, QR
// sizes, developer wording, nothing dimmed). Two tests per deck from one visit, each listing
// every failing slide: "<slug>" for the slide checks, "<slug> on stage" for the stage check.
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, inject, test } from 'vitest'
import { type Deck, discoverDecks } from '../../scripts/lib/decks.ts'
import { assertNoProblems, type DeckVisit, recordStage, visitDeck } from './deck-visit.ts'

const { origin, wsEndpoint } = inject('e2e')

let browser: Browser
beforeAll(async () => {
  browser = await chromium.connect(wsEndpoint)
})
afterAll(async () => {
  await browser?.close()
})

// One visit per deck, whichever of its two tests runs first (either can run alone with -t).
const visits = new Map<string, Promise<DeckVisit>>()
function visited(deck: Deck): Promise<DeckVisit> {
  let visit = visits.get(deck.slug)
  if (!visit) {
    visit = visitDeck(browser, origin, deck)
    visit.then(result => recordStage('shipped data', deck, result), () => undefined)
    visits.set(deck.slug, visit)
  }
  return visit
}

const decks = discoverDecks().map(deck => [deck.slug, deck] as const)

test.each(decks)('%s', async (_slug, deck) => {
  assertNoProblems('shipped data', deck, 'slide', (await visited(deck)).slideProblems)
})

test.each(decks)('%s on stage', async (_slug, deck) => {
  assertNoProblems('shipped data', deck, 'stage', (await visited(deck)).stageProblems)
})
