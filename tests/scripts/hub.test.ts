// @vitest-environment node
// The hub page's pure parts: the deck list joined with the event data, the page markup rendered
// from the real components, and the HTML document around it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { beamSummit, createEventQueries, loadEventData } from '../../data/index.ts'
import HubPage from '../../hub/HubPage.vue'
import { dateRangeLabel } from '../../hub/format.ts'
import { render } from '../../hub/render.ts'
import type { HubDeck } from '../../hub/types.ts'
import { parseHubArgs, UsageError } from '../../scripts/hub.ts'
import { secondEvent } from '../fixtures/second-event.ts'
import { deckLinks, exportedHandouts, hubDecks, hubDocument, HUB_ASSETS_DIR, roomLabel, welcomeDeck, withHandoutLinks, writeHub } from '../../scripts/lib/render-hub.ts'

const sources = [
  { slug: 'runinference', headmatter: { session: 'runinference', title: 'RunInference' } },
  { slug: 'welcome', headmatter: { session: 'welcome', title: 'Welcome to Beam Summit 2022' } },
  { slug: 'beam-at-twitter', headmatter: { session: 'beam-at-twitter' } },
  { slug: 'scratch', headmatter: { title: 'Scratch deck' } },
  { slug: 'google-investments-in-beam', headmatter: { session: 'google-investment-in-beam' } },
  { slug: 'scio-workshop', headmatter: { session: 'scio-workshop' } },
]

describe('hubDecks', () => {
  const decks = hubDecks(sources, beamSummit)

  it('links every deck to its slides, presenter view, PDF and calendar file', () => {
    expect(decks).toHaveLength(sources.length)
    for (const source of sources) {
      const deck = decks.find(d => d.slug === source.slug)!
      expect(deck.links.slides).toBe(`/${source.slug}/`)
      expect(deck.links.presenter).toBe(`/${source.slug}/presenter/`)
      expect(deck.links.pdf).toBe(`/${source.slug}/${source.slug}.pdf`)
      if (source.headmatter.session) expect(deck.links.ics).toBe(`/sessions/${source.headmatter.session}.ics`)
      else expect(deck.links.ics).toBeUndefined()
    }
  })

  it('takes title, speakers, day, time and room from the session in the data', () => {
    const twitter = decks.find(d => d.slug === 'beam-at-twitter')!
    expect(twitter).toMatchObject({
      title: 'The adoption, current state, and future of Apache Beam',
      kind: 'keynote',
      kindLabel: 'Keynote',
      speakers: ['Lohit Vijayarenu'],
      date: '2022-07-18',
      dayLabel: 'Monday, July 18',
      start: '11:15',
      end: '11:40',
      room: 'Room 204 (Amphitheatre)',
    })
    expect(decks.find(d => d.slug === 'scio-workshop')!.speakers).toHaveLength(5)
  })

  it('orders decks as the programme runs, decks without a session last', () => {
    expect(decks.map(d => d.slug)).toEqual(['welcome', 'google-investments-in-beam', 'beam-at-twitter', 'runinference', 'scio-workshop', 'scratch'])
    expect(decks.at(-1)).toMatchObject({ kind: 'other', kindLabel: 'Deck', title: 'Scratch deck', speakers: [] })
  })

  it('finds the welcome deck, whose first slide is the site image', () => {
    expect(welcomeDeck(decks)?.slug).toBe('welcome')
  })

  it('names the deck with an unknown session id', () => {
    expect(() => hubDecks([{ slug: 'x', relPath: 'slides/x.md', headmatter: { session: 'no-such-session' } }], beamSummit))
      .toThrow(/slides\/x\.md.*"no-such-session"/)
    expect(() => hubDecks([{ slug: 'x', headmatter: { session: 42 } }], beamSummit)).toThrow(/session id string/)
  })

  it('escapes slugs in URLs', () => {
    expect(deckLinks('a b').pdf).toBe('/a%20b/a%20b.pdf')
  })

  it('links every file under the site\'s base when it is served from a sub-path', () => {
    expect(deckLinks('welcome', 'welcome', '/conf/2022/')).toEqual({
      slides: '/conf/2022/welcome/',
      presenter: '/conf/2022/welcome/presenter/',
      pdf: '/conf/2022/welcome/welcome.pdf',
      ics: '/conf/2022/sessions/welcome.ics',
    })
    for (const deck of hubDecks(sources, beamSummit, '/conf/2022/')) {
      for (const href of Object.values(deck.links)) expect(href.startsWith('/conf/2022/'), href).toBe(true)
    }
  })

  it('labels rooms as the byline does', () => {
    expect(roomLabel(beamSummit.roomById('room-204'))).toBe('Room 204 (Amphitheatre)')
    expect(roomLabel(beamSummit.roomById('tejas-dining-room'))).toBe('Tejas Dining Room')
  })
})

describe('dateRangeLabel', () => {
  it('writes the event dates compactly', () => {
    expect(dateRangeLabel('2022-07-18', '2022-07-20')).toBe('July 18–20, 2022')
    expect(dateRangeLabel('2022-06-30', '2022-07-02')).toBe('June 30 – July 2, 2022')
    expect(dateRangeLabel('2022-07-18', '2022-07-18')).toBe('July 18, 2022')
    expect(dateRangeLabel('2022-12-31', '2023-01-01')).toBe('December 31, 2022 – January 1, 2023')
  })
})

describe('HubPage', async () => {
  const decks: HubDeck[] = hubDecks(sources, beamSummit)
  const html = await renderToString(createSSRApp(HubPage, { decks, scheduleIcs: '/schedule.ics' }))

  it('has the landmarks and one h1 naming the event, with its city, dates and venue', () => {
    for (const tag of ['header', 'nav', 'main', 'footer']) expect(html).toContain(`<${tag}`)
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    expect(html).toMatch(/<h1[^>]*>\s*Beam Summit 2022\s*<\/h1>/)
    expect(html).toContain('Austin, Texas')
    expect(html).toContain('July 18–20, 2022')
    expect(html).toContain('AT&amp;T Hotel and Conference Center')
  })

  it('has a card per deck with all its links', () => {
    for (const deck of decks) {
      expect(html).toContain(`data-deck="${deck.slug}"`)
      for (const href of Object.values(deck.links)) expect(html).toContain(`href="${href}"`)
    }
    expect(html).toContain('href="/schedule.ics"')
  })

  it('uses the shared SessionByline for every deck with a session', () => {
    expect(html.match(/class="bs-byline[ "]/g)?.length).toBe(decks.filter(d => d.sessionId).length)
  })

  it('shows the schedule of every day with the shared ScheduleGrid', () => {
    for (const day of beamSummit.eventDays()) {
      expect(html).toContain(`id="day-${day.date}"`)
    }
    expect(html.match(/class="schedule-grid/g)).toHaveLength(beamSummit.eventDays().length)
    for (const session of beamSummit.allSessions()) expect(html).toContain(`data-session="${session.id}"`)
  })

  it('nests headings h1 > h2 > h3 without skipping a level', () => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map(m => Number(m[1]))
    expect(levels[0]).toBe(1)
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1)
    expect(Math.max(...levels)).toBe(3)
  })

  it('gives every link text a screen reader can tell apart', () => {
    const texts = [...html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)].map(m => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim())
    expect(texts.every(text => text.length > 0)).toBe(true)
    const slideLinks = texts.filter(text => text.startsWith('Slides'))
    expect(new Set(slideLinks).size).toBe(slideLinks.length)
  })

  it('loads nothing from elsewhere (links out are fine)', () => {
    expect(html).not.toMatch(/\b(src|srcset)="(https?:)?\/\//)
  })
})

describe('hubDocument', () => {
  const page = hubDocument({
    appHtml: '<main>x</main>',
    css: 'body{color:red}',
    title: 'Beam Summit 2022: "slides" & schedule',
    description: 'Desc <b>',
    image: '/welcome/og.png',
    imageSize: { width: 980, height: 552 },
    siteUrl: 'https://decks.example.org',
  })

  it('is an English page with a viewport, inlined CSS and Open Graph tags', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(page).toContain('<style>\nbody{color:red}\n</style>')
    expect(page).toContain('<title>Beam Summit 2022: &quot;slides&quot; &amp; schedule</title>')
    expect(page).toContain('<meta property="og:title" content="Beam Summit 2022: &quot;slides&quot; &amp; schedule">')
    expect(page).toContain('<meta property="og:description" content="Desc &lt;b&gt;">')
    expect(page).toContain('<meta property="og:image" content="https://decks.example.org/welcome/og.png">')
    expect(page).toContain('<meta property="og:image:width" content="980">')
    expect(page).toContain('<meta property="og:url" content="https://decks.example.org/">')
  })

  it('keeps og:image a site path without a site URL', () => {
    expect(hubDocument({ appHtml: '', css: '', title: 't', description: 'd', image: '/welcome/og.png' }))
      .toContain('<meta property="og:image" content="/welcome/og.png">')
  })

  it('cannot be broken out of by the stylesheet', () => {
    expect(hubDocument({ appHtml: '', css: 'a{}</style><script>', title: 't', description: 'd' })).not.toContain('</style><script>')
  })
})

describe('writeHub', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-write-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes index.html and replaces the assets folder whole', () => {
    writeHub(dir, { html: 'one', assets: new Map([[`${HUB_ASSETS_DIR}/a.woff2`, Buffer.from('a')]]) })
    writeHub(dir, { html: 'two', assets: new Map([[`${HUB_ASSETS_DIR}/b.woff2`, Buffer.from('b')]]) })
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('two')
    expect(existsSync(path.join(dir, HUB_ASSETS_DIR, 'a.woff2'))).toBe(false)
    expect(readFileSync(path.join(dir, HUB_ASSETS_DIR, 'b.woff2'), 'utf8')).toBe('b')
  })

  it('refuses assets outside its folder', () => {
    expect(() => writeHub(dir, { html: '', assets: new Map([['../evil', Buffer.from('')]]) })).toThrow(/outside/)
  })
})

describe('parseHubArgs', () => {
  it('reads --out and --site-url, and rejects anything else', () => {
    expect(parseHubArgs(['--out', 'x'], {})).toMatchObject({ out: path.resolve('x') })
    // The build writes the hub apart from the decks' new outputs, and links the handouts found there.
    expect(parseHubArgs(['--out', 'x', '--handouts-from', 'staging'], {})).toMatchObject({ out: path.resolve('x'), handoutsFrom: path.resolve('staging') })
    expect(parseHubArgs(['--site-url=https://a.org'], {})).toMatchObject({ siteUrl: 'https://a.org' })
    expect(parseHubArgs([], { SITE_URL: 'https://b.org' })).toMatchObject({ siteUrl: 'https://b.org' })
    expect(parseHubArgs(['--help'], {})).toBe('help')
    expect(() => parseHubArgs(['--nope'], {})).toThrow(UsageError)
    expect(() => parseHubArgs(['--out'], {})).toThrow(/needs a value/)
    expect(() => parseHubArgs(['--site-url', 'ftp://x'], {})).toThrow(/http/)
  })
})

describe('HubPage on another event', () => {
  it('shows the event render() is handed, its name, place, organizers and schedule, and nothing of the data module\'s', async () => {
    const second = createEventQueries(loadEventData(secondEvent(), 'tests/fixtures/second-event.ts'))
    const html = await render({ decks: [], scheduleIcs: '/schedule.ics' }, second)
    expect(html).toMatch(/<h1[^>]*>\s*Example Data Days 2027\s*<\/h1>/)
    expect(html).toContain('Madrid')
    expect(html).toContain('Example Congress Hall')
    for (const person of second.organizers()) expect(html).toContain(person.name)
    for (const room of second.roomsOn(second.eventDays()[0]!.date)) expect(html).toContain(room.name)
    expect(html).not.toContain(beamSummit.event.edition)
    expect(html).not.toContain(beamSummit.venue().name.replace('&', '&amp;'))
  })
})

describe('handout links', () => {
  it('links a deck\'s handout only when the file is in the site', async () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'hub-handouts-'))
    try {
      mkdirSync(path.join(site, 'scratch'), { recursive: true })
      writeFileSync(path.join(site, 'scratch', 'scratch-handout.pdf'), '%PDF-1.7')
      mkdirSync(path.join(site, 'beam-at-twitter'), { recursive: true })
      const handouts = exportedHandouts(site, sources)
      expect([...handouts]).toEqual(['scratch'])
      const decks = withHandoutLinks(hubDecks(sources, beamSummit), handouts)
      expect(decks.find(d => d.slug === 'scratch')!.links.handout).toBe('/scratch/scratch-handout.pdf')
      expect(decks.filter(d => d.links.handout)).toHaveLength(1)
      const html = await renderToString(createSSRApp(HubPage, { decks, scheduleIcs: '/schedule.ics' }))
      expect(html.match(/-handout\.pdf"/g)).toHaveLength(1)
      expect(html).toContain('href="/scratch/scratch-handout.pdf"')
    } finally {
      rmSync(site, { recursive: true, force: true })
    }
  })
})
