// The room signage deck (slides/rooms.md), built, in Chromium: the room and the instant come
// from the address (?room=, ?at=), the sign fits the canvas, nothing errs or leaves the machine,
// and the deck moves between its slides by itself.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest'
import { beamSummit } from '../../data/index.ts'
import { inspectSlide, settleSlide } from './slide-checks.ts'

const { origin, wsEndpoint } = inject('e2e')
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
const ROOM = 'room-202'

let browser: Browser
beforeAll(async () => {
  browser = await chromium.connect(wsEndpoint)
})
afterAll(async () => {
  await browser?.close()
})

interface Visit {
  context: BrowserContext
  page: Page
  /** Console errors, Vue warnings, uncaught errors and off-machine requests seen so far. */
  problems: string[]
}

let visit: Visit | undefined
afterEach(async () => {
  await visit?.context.close()
  visit = undefined
})

/** A fresh page at the signage deck's canvas size that records every problem. */
async function openPage(options: { clockAt?: Date } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
  await context.addInitScript('globalThis.__name ??= (fn) => fn')
  const problems: string[] = []
  const blocked = new Set<string>()
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (LOOPBACK.has(url.hostname)) return route.continue()
    blocked.add(url.href)
    problems.push(`request to ${url.href}`)
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  if (options.clockAt) await page.clock.install({ time: options.clockAt })
  page.on('console', (message) => {
    if (message.type() === 'error' && blocked.has(message.location().url)) return
    if (message.type() === 'error' || message.text().includes('[Vue warn]')) problems.push(`console ${message.type()}: ${message.text().split('\n')[0]}`)
  })
  page.on('pageerror', error => problems.push(`uncaught ${error.name}: ${error.message}`))
  visit = { context, page, problems }
  return visit
}

/** The slide number in the address (Slidev: /rooms/<no>). */
const slideNo = (page: Page) => Number(/\/rooms\/(\d+)/.exec(new URL(page.url()).pathname)?.[1] ?? Number.NaN)

async function show(page: Page, query: string): Promise<number> {
  // The deck's root: Slidev redirects /rooms/ to /rooms/1 and keeps the query.
  await page.goto(`${origin}/rooms/?${query}`)
  await page.waitForURL(/\/rooms\/1\?/)
  await page.evaluate(settleSlide, 1)
  return slideNo(page)
}

const signText = (page: Page) => page.locator('#slideshow .slidev-page[data-slidev-no="1"] .room-signage').innerText()

describe('room signage', () => {
  test('shows the session now in the room at ?at=, inside the canvas, with no error nor external request', async () => {
    const { page, problems } = await openPage()
    const at = '2022-07-18T14:10'
    expect(await show(page, `room=${ROOM}&at=${at}`)).toBe(1)
    const expected = beamSummit.nowNext(beamSummit.toInstant(at), { roomId: ROOM })
    expect(expected.now).toHaveLength(1)
    const sign = page.locator('#slideshow .slidev-page[data-slidev-no="1"] .room-signage')
    expect(await sign.getAttribute('data-state')).toBe('in-session')
    expect(await sign.getAttribute('data-room')).toBe(ROOM)
    expect(await sign.locator('.headline').innerText()).toBe(expected.now[0]!.title)
    expect(await sign.locator('.next-title').innerText()).toBe(expected.next[0]!.title)
    expect(await signText(page)).toContain('Room 202')
    expect(await page.evaluate(inspectSlide, { no: 1, layout: 'full' })).toEqual([])
    expect(problems).toEqual([])
  })

  test.each([
    ['2022-07-18T13:20', 'on-break', 'Lunch'],
    ['2022-07-18T08:00', 'before-day', 'RunInference'],
    ['2022-07-18T21:00', 'day-over', 'Day over — see you tomorrow'],
  ])('at %s: %s', async (at, state, words) => {
    const { page, problems } = await openPage()
    await show(page, `room=${ROOM}&at=${at}&advance=off`)
    const sign = page.locator('#slideshow .slidev-page[data-slidev-no="1"] .room-signage')
    expect(await sign.getAttribute('data-state')).toBe(state)
    expect(await signText(page)).toContain(words)
    expect(await page.evaluate(inspectSlide, { no: 1, layout: 'full' })).toEqual([])
    expect(problems).toEqual([])
  })

  test('names the valid rooms for an unknown ?room=, without crashing', async () => {
    const { page, problems } = await openPage()
    await show(page, 'room=room-999&at=2022-07-18T14:10&advance=off')
    const alert = page.locator('#slideshow .slidev-page[data-slidev-no="1"] [role="alert"]')
    expect(await alert.innerText()).toContain('Unknown room “room-999”')
    for (const id of ['room-204', 'room-203', 'room-202', 'room-201']) expect(await alert.innerText()).toContain(id)
    expect(await page.evaluate(inspectSlide, { no: 1, layout: 'full' })).toEqual([])
    expect(problems).toEqual([])
  })

  test('runs by itself on the live clock: ticks, moves to the day list after 20 s and wraps to the start', async () => {
    // 14:24 in Austin: the session in room 202 ends at 14:25.
    const { page, problems } = await openPage({ clockAt: new Date('2022-07-18T19:24:00Z') })
    await show(page, `room=${ROOM}`)
    const sign = page.locator('#slideshow .slidev-page[data-slidev-no="1"] .room-signage')
    expect(await sign.locator('.headline').innerText()).toBe('State of the Go SDK 2022')
    expect(await sign.locator('.clock').innerText()).toBe('14:24')

    await page.clock.fastForward(20_000)
    await page.waitForURL(/\/rooms\/2\?room=room-202/)
    await page.evaluate(settleSlide, 2)
    const day = page.locator('#slideshow .slidev-page[data-slidev-no="2"] .room-signage')
    expect(await day.locator('.day-row.is-now').getAttribute('data-row')).toBe('state-of-the-go-sdk-2022')
    expect(await page.evaluate(inspectSlide, { no: 2, layout: 'full' })).toEqual([])

    await page.clock.fastForward(20_000)
    await page.waitForURL(/\/rooms\/1\?room=room-202/)
    await page.evaluate(settleSlide, 1)
    await page.clock.fastForward(30_000) // past 14:25
    await expect.poll(() => sign.locator('.headline').innerText()).toBe('How to break Wordle with Beam and BigQuery')
    expect(problems).toEqual([])
  })
})
