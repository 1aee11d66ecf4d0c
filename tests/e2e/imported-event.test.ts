// An event that exists only as a schedule export: in a copy of the repo, `npm run import --
// <file> --new-event` replaces the programme and the hand-kept facts with the export's (Tiny Conf
// 2031, schedule.xml, Europe/Berlin, two days, rooms named "Hall A" and "Hall B"), then
// `npm run build -- programme rooms` builds its schedule deck and signage, the hub and the
// calendar; every slide of both decks gets the same checks as the shipped decks. Its last talk
// runs past midnight (23:30-00:30), as frab and pretalx programmes' late talks do.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { EventQueries } from '../../data/index.ts'
import { type Deck, discoverDecks } from '../../scripts/lib/decks.ts'
import { assertNoProblems, deckVisitor } from './deck-visit.ts'
import { inspectSlide, settleSlide } from './slide-checks.ts'
import { buildSandboxSite, type SandboxSite } from './sandbox-site.ts'
import { escapeHtml } from '../../scripts/lib/render-hub.ts'

const SITE = 'imported event'
const DECKS = ['programme', 'rooms']
// The same checks on another export, e.g. a real one kept outside the repo:
// E2E_IMPORT_FILE=/path/schedule.json [E2E_IMPORT_TIME_ZONE=Europe/Berlin] (with E2E_SKIP_BUILD=1).
const IMPORT_FILE = process.env.E2E_IMPORT_FILE ?? 'tests/fixtures/imports/tiny-conf.xml'
const IMPORT_ARGS = process.env.E2E_IMPORT_TIME_ZONE ? ['--time-zone', process.env.E2E_IMPORT_TIME_ZONE] : []
const TINY_CONF = process.env.E2E_IMPORT_FILE === undefined

let browser: Browser
let site: SandboxSite
let decks: Deck[]
let event: EventQueries

beforeAll(async () => {
  browser = await chromium.connect(inject('e2e').wsEndpoint)
  site = await buildSandboxSite(`an import of ${IMPORT_FILE}`, {
    symlinkNodeModules: true,
    commands: [['import', '--', path.resolve(IMPORT_FILE), '--new-event', '--force', ...IMPORT_ARGS], ['build', '--', ...DECKS]],
  })
  decks = discoverDecks(site.root).filter(deck => DECKS.includes(deck.slug))
  event = (await import(pathToFileURL(path.join(site.root, 'data/index.ts')).href) as { eventQueries: EventQueries }).eventQueries
}, 10 * 60_000)
afterAll(async () => {
  await site?.close()
  await browser?.close()
})

const visited = deckVisitor(SITE, () => ({ browser, origin: site.origin, decks, event }))

describe('an imported event', () => {
  test('is the export\'s event: its sessions in the data, the hub and the calendar', () => {
    if (TINY_CONF) expect([event.event.edition, event.event.timeZone]).toEqual(['Tiny Conf 2031', 'Europe/Berlin'])
    expect(event.allSessions().length).toBeGreaterThan(0)
    const hub = readFileSync(path.join(site.root, 'dist/index.html'), 'utf8')
    expect(hub).toContain(escapeHtml(event.event.edition))
    expect(hub).not.toMatch(/Beam Summit 2022/)
    const ics = readFileSync(path.join(site.root, 'dist/schedule.ics'), 'utf8')
    expect(ics).toContain(`TZID:${event.event.timeZone}`)
    for (const session of event.allSessions()) expect(ics).toContain(`UID:${session.id}@`)
    expect(existsSync(path.join(site.root, 'dist/schedule.xml'))).toBe(true)
  })

  test.each(DECKS)('%s', async (slug) => {
    const deck = decks.find(d => d.slug === slug)!
    const visit = await visited(slug)
    assertNoProblems(SITE, deck, 'slide', visit.slideProblems)
    assertNoProblems(SITE, deck, 'stage', visit.stageProblems)
  }, 10 * 60_000)

  test.runIf(TINY_CONF)('a talk that runs past midnight is on the room\'s sign at 00:15, and on its day\'s schedule', async () => {
    const late = event.sessionById('6-night-owls')
    expect(late.end).toBe('2031-05-08T00:30')
    const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
    const problems: string[] = []
    await context.route('**/*', route => ['127.0.0.1', 'localhost'].includes(new URL(route.request().url()).hostname) ? route.continue() : (problems.push(route.request().url()), route.abort()))
    const page = await context.newPage()
    page.on('console', message => message.type() === 'error' && problems.push(message.text()))
    page.on('pageerror', error => problems.push(error.message))
    await page.goto(`${site.origin}/rooms/?room=${late.roomId}&at=2031-05-08T00:15&advance=off`)
    await page.waitForURL(/\/rooms\/1\?/)
    await page.evaluate(settleSlide, 1)
    const sign = page.locator('#slideshow .slidev-page[data-slidev-no="1"] .room-signage')
    expect(await sign.getAttribute('data-state')).toBe('in-session')
    expect(await sign.locator('.headline').innerText()).toBe(late.title)
    expect(await page.evaluate(inspectSlide, { no: 1, layout: 'full' })).toEqual([])
    await context.close()
    expect(problems).toEqual([])
    expect(event.sessionsOn('2031-05-07').map(session => session.id)).toContain(late.id)
  }, 60_000)
})
