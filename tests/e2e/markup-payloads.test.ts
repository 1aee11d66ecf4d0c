// No path lets data or a title become markup or code in a built deck (issue 10). A copy of the
// repo (./sandbox-site.ts, as tests/e2e/fixture-site.ts does) whose data/event.ts serves the
// shipped facts with payloads (tests/fixtures/markup-payloads.ts) in a session's title, a
// keynote's title, a speaker's name, another's company, a sponsor's name and the survey link's
// label and address, and whose welcome deck's headmatter `title:` holds payloads too; the copy
// builds two decks: welcome (schedule, speakers, sponsors, keynotes, the survey's QR code) and
// rooms (room-202's sign). In Chromium, every slide, the presenter view, the overview, the
// notes page and the Goto dialog: no dialog opens, no element of a payload exists, and each
// payload reads as the text it is (`{{ 7*7 }}` literally, not 49).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { eventFacts } from '../../data/event.ts'
import { createEventQueries, loadEventData } from '../../data/index.ts'
import { loadDeck } from '../../scripts/lib/decks.ts'
import { PAYLOAD_TEXT, withMarkupPayloads } from '../fixtures/markup-payloads.ts'
import { settleSlide } from './slide-checks.ts'
import { buildSandboxSite, type SandboxSite } from './sandbox-site.ts'

const DECKS = ['welcome', 'rooms']
/** Past any slide's last click (Slidev does not clamp ?clicks=): everything a slide reveals. */
const ALL_CLICKS = 999

const EVENT_MODULE = `// The shipped facts with markup payloads (written by tests/e2e/markup-payloads.test.ts).
import { withMarkupPayloads } from '../tests/fixtures/markup-payloads.ts'
import { eventFacts as shipped } from './shipped-event.ts'

export const eventFacts = withMarkupPayloads(shipped)
`

let site: SandboxSite
let browser: Browser
const event = createEventQueries(loadEventData(withMarkupPayloads(eventFacts), 'data/event.ts'))

beforeAll(async () => {
  browser = await chromium.connect(inject('e2e').wsEndpoint)
  site = await buildSandboxSite(`${DECKS.join(', ')} with markup payloads`, {
    decks: DECKS,
    prepare: (root) => {
      const data = path.join(root, 'data')
      copyFileSync(path.join(data, 'event.ts'), path.join(data, 'shipped-event.ts'))
      writeFileSync(path.join(data, 'event.ts'), EVENT_MODULE)
      const welcome = path.join(root, 'slides/welcome/slides.md')
      const deck = readFileSync(welcome, 'utf8')
      const titled = deck.replace(/^title: .*$/m, `title: ${JSON.stringify(PAYLOAD_TEXT.deckTitle)}`)
      expect(titled, 'the welcome deck has a title: line to replace').not.toBe(deck)
      writeFileSync(welcome, titled)
    },
  })
  console.log(`markup payload site (${DECKS.join(', ')}) built in ${site.buildSeconds.toFixed(1)}s`)
}, 10 * 60_000)

afterAll(async () => {
  await site?.close()
  await browser?.close()
})

/** What a visit saw: the page's text, and any sign that a payload became markup or code. */
interface Seen { text: string, title: string, markup: string[] }

/** In the page: elements and attributes a payload would make, and the visible text. */
function inspectPage(): Seen {
  const markup: string[] = []
  if (document.querySelector('img[src="x"], [onerror]')) markup.push('an <img src=x onerror> element')
  for (const script of document.querySelectorAll('script')) {
    if (script.textContent?.includes('alert(1)')) markup.push('a <script> holding alert(1)')
  }
  for (const element of document.querySelectorAll('b, strong')) {
    if (element.textContent === 'bold') markup.push('a <b>bold</b> element')
  }
  for (const element of document.querySelectorAll('em, i')) {
    if (element.textContent?.includes('click')) markup.push('markdown emphasis around "click"')
  }
  for (const element of document.querySelectorAll('code')) {
    if (element.textContent === 'ls') markup.push('a markdown code span "ls"')
  }
  for (const link of document.querySelectorAll('a[href]')) {
    if (/^\s*javascript:/i.test(link.getAttribute('href') ?? '')) markup.push('a javascript: link')
  }
  return { text: document.body.innerText, title: document.title, markup }
}

/** Whitespace collapsed (wrapped lines, <wbr> parts) and case folded (text-transform). */
function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

interface Visit { url: string, dialogs: string[], errors: string[], seen: Seen }

async function visit(page: Page, url: string, act?: (page: Page) => Promise<void>): Promise<Visit> {
  const dialogs: string[] = []
  const errors: string[] = []
  const onDialog = (dialog: { message: () => string, dismiss: () => Promise<void> }) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  }
  const onError = (error: Error) => errors.push(error.message)
  page.on('dialog', onDialog)
  page.on('pageerror', onError)
  try {
    await page.goto(`${site.origin}${url}`, { waitUntil: 'networkidle' })
    const no = /^\/[^/]+\/(\d+)/.exec(url)?.[1]
    if (no) await page.evaluate(settleSlide, Number(no))
    if (act) await act(page)
    // A payload's onerror fires when its image fails to load: give it that moment.
    await page.waitForTimeout(300)
    return { url, dialogs, errors, seen: await page.evaluate(inspectPage) }
  } finally {
    page.off('dialog', onDialog)
    page.off('pageerror', onError)
  }
}

/** Every visit of `slug`: each slide at its last click, then `extra` pages of the deck. */
type Extra = Array<[string, ((page: Page) => Promise<void>)?]>
type Slides = Awaited<ReturnType<typeof loadDeck>>['slides']

async function visitDeck(slug: string, slideQuery: string, extraOf: (slides: Slides) => Extra): Promise<Visit[]> {
  const deck = site.decks.find(d => d.slug === slug)!
  const { slides } = await loadDeck(deck, event)
  const extra = extraOf(slides)
  const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
  await context.route('**/*', route => new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'))
  const page = await context.newPage()
  const visits: Visit[] = []
  try {
    for (const slide of slides) visits.push(await visit(page, `/${slug}/${slide.no}?clicks=${ALL_CLICKS}${slideQuery}`))
    for (const [url, act] of extra) visits.push(await visit(page, `/${slug}${url}`, act))
  } finally {
    await context.close()
  }
  return visits
}

/** Fails on any dialog, page error or payload element, naming the page. */
function expectNoMarkup(visits: readonly Visit[]): void {
  const problems = visits.flatMap(v => [
    ...v.dialogs.map(message => `${v.url}: a dialog opened ("${message}")`),
    ...v.errors.map(message => `${v.url}: uncaught ${message}`),
    ...v.seen.markup.map(what => `${v.url}: ${what}`),
  ])
  expect(problems).toEqual([])
}

/** The pages of `visits` whose visible text holds `text` exactly. */
function pagesShowing(visits: readonly Visit[], text: string): string[] {
  return visits.filter(v => normalised(v.seen.text).includes(normalised(text))).map(v => v.url)
}

const welcome: { visits?: Promise<Visit[]> } = {}
const rooms: { visits?: Promise<Visit[]> } = {}

async function typeInGoto(page: Page): Promise<void> {
  await page.keyboard.press('g')
  const input = page.locator('#slidev-goto-input')
  await input.waitFor({ state: 'visible' })
  await expect.poll(() => input.evaluate(el => el === document.activeElement)).toBe(true)
  await input.fill('Welcome')
  // The matches are listed with Slidev's title renderer.
  await page.locator('#slidev-goto-dialog li').first().waitFor({ state: 'visible' })
}

function welcomeVisits(): Promise<Visit[]> {
  welcome.visits ??= visitDeck('welcome', '', slides => [
    // The presenter view (current slide, next slide, notes) of the first slide and of the first
    // slide of each component that shows the payloads (speakers, sponsors, keynotes, survey, schedule).
    ...[1, ...['<SpeakerWall', '<SponsorWall', '<KeynoteList', '<LinkQr', '<ScheduleGrid'].map(tag => slides.find(slide => slide.content.includes(tag))!.no)]
      .map(no => [`/presenter/${no}`] as [string]),
    ['/overview'],
    ['/notes'],
    // Slidev's Goto dialog (key g) lists matching slides by title, through its title renderer.
    ['/1', typeInGoto],
  ])
  return welcome.visits
}

function roomsVisits(): Promise<Visit[]> {
  // room-202's sign while RunInference is on, held on its slide.
  rooms.visits ??= visitDeck('rooms', '&room=room-202&at=2022-07-18T12:05&advance=off', () => [['/presenter/1?room=room-202&at=2022-07-18T12:05&advance=off']])
  return rooms.visits
}

describe('markup payloads in the data and the title reach the built decks as text', () => {
  test('welcome: no dialog, no payload element on any slide, the presenter view, the overview, the notes page or Goto', async () => {
    expectNoMarkup(await welcomeVisits())
  }, 10 * 60_000)

  test.each([
    ['session title (schedule)', PAYLOAD_TEXT.sessionTitle],
    ['keynote title (schedule, keynote list)', PAYLOAD_TEXT.keynoteTitle],
    ['speaker name (speaker wall, schedule)', PAYLOAD_TEXT.speakerName],
    ['speaker company (keynote list)', PAYLOAD_TEXT.speakerCompany],
    ['sponsor name (sponsor wall)', PAYLOAD_TEXT.sponsorName],
    ['link label (survey QR code)', PAYLOAD_TEXT.linkLabel],
    ['link address (survey QR code)', PAYLOAD_TEXT.linkUrl],
  ])('welcome shows the %s as text', async (_what, text) => {
    expect(pagesShowing(await welcomeVisits(), text).filter(url => /^\/welcome\/\d+\?/.test(url))).not.toEqual([])
  }, 10 * 60_000)

  test('welcome: the presenter view shows the slide and its notes', async () => {
    const presenter = (await welcomeVisits()).find(v => v.url === '/welcome/presenter/1')!
    expect(normalised(presenter.seen.text)).toContain(normalised('Doors open: this slide stays up'))
  }, 10 * 60_000)

  test('welcome: the deck title (headmatter) is text in the Goto dialog, the overview and the page title', async () => {
    const visits = await welcomeVisits()
    // Slide 1 visited last, with the Goto dialog open on "Welcome".
    const goto = visits.find(v => v.url === '/welcome/1')!
    expect(normalised(goto.seen.text)).toContain(normalised(PAYLOAD_TEXT.deckTitle))
    expect(pagesShowing(visits, PAYLOAD_TEXT.deckTitle)).toContain('/welcome/overview')
    // The tab's title, and index.html's <title> as served (Slidev used to drop the tags from it).
    for (const v of visits.filter(v => /^\/welcome\/\d+/.test(v.url))) expect(v.seen.title, v.url).toBe(`${PAYLOAD_TEXT.deckTitle} - Slidev`)
    const html = readFileSync(path.join(site.root, 'dist/welcome/index.html'), 'utf8')
    expect(html).toContain('<title>Welcome &lt;img src=x onerror=alert(1)&gt; {{ 7*7 }} &lt;b&gt;bold&lt;&#x2F;b&gt; - Slidev</title>')
  }, 10 * 60_000)

  test('hub: no dialog, no payload element; the programme\'s titles and names as text', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    await context.route('**/*', route => new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'))
    try {
      const hub = await visit(await context.newPage(), '/')
      expectNoMarkup([hub])
      for (const text of [PAYLOAD_TEXT.sessionTitle, PAYLOAD_TEXT.keynoteTitle, PAYLOAD_TEXT.speakerName]) {
        expect(normalised(hub.seen.text), text).toContain(normalised(text))
      }
    } finally {
      await context.close()
    }
  }, 10 * 60_000)

  test('rooms: room-202\'s sign shows the session title and speaker as text, no dialog, no payload element', async () => {
    const visits = await roomsVisits()
    expectNoMarkup(visits)
    for (const text of [PAYLOAD_TEXT.sessionTitle, PAYLOAD_TEXT.speakerName]) {
      expect(pagesShowing(visits, text), text).not.toEqual([])
    }
  }, 10 * 60_000)
})
