// The hub page (dist/index.html): the event, every deck with its links, and the schedule.
//
// The page is the Vue component hub/HubPage.vue rendered to HTML on the server with the same
// components the decks use (SessionByline, ScheduleGrid), so the hub and the slides cannot
// disagree. How: one Vite SSR build of hub/render.ts (plugin-vue, no project config) with
// `ssrEmitAssets` and no CSS code splitting, which yields both the render function and ONE
// stylesheet holding every <style scoped> block of the components rendered (their scope ids
// come from the same build, so they match the markup), styles/index.ts (brand tokens and the
// @fontsource faces) and the font files. The stylesheet is inlined in the page; the fonts are
// copied next to it under /_hub/. Nothing on the page loads from another origin, and the page
// needs no JavaScript.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { roomLabel } from '../../data/labels.ts'
import type { EventQueries, Person, Room, Session, SessionKind } from '../../data/index.ts'
import { dateRangeLabel } from '../../hub/format.ts'
import type { HubDeck, HubDeckKind, HubDeckLinks, HubPageProps } from '../../hub/types.ts'
import { REPO_ROOT } from './decks.ts'
import { handoutFileName } from './handout.ts'
import { deckBaseOf, ROOT_BASE } from './site-base.ts'
import { canvasOf } from './pdf.ts'

/** Where the hub's own files (fonts) go in the site; not a deck slug (decks have no `_`-prefix). */
export const HUB_ASSETS_DIR = '_hub'
/** The programme's calendar on a site served from `base`. */
export const scheduleIcsOf = (base: string = ROOT_BASE) => `${base}schedule.ics`

/** The part of a discovered deck the hub needs (scripts/lib/decks.ts's Deck fits). */
export interface DeckSource {
  slug: string
  relPath?: string
  headmatter: Record<string, unknown>
}

/** A deck's links on a site served from `siteBase` ('/' or a sub-path such as '/conf/2022/'). */
export function deckLinks(slug: string, sessionId?: string, siteBase: string = ROOT_BASE): HubDeckLinks {
  const base = deckBaseOf(siteBase, slug)
  return {
    slides: base,
    presenter: `${base}presenter/`,
    pdf: `${base}${encodeURIComponent(slug)}.pdf`,
    ...(sessionId ? { ics: `${siteBase}sessions/${encodeURIComponent(sessionId)}.ics` } : {}),
  }
}

const KIND_LABELS: Record<HubDeckKind, string> = {
  welcome: 'Welcome',
  keynote: 'Keynote',
  talk: 'Talk',
  workshop: 'Workshop',
  other: 'Deck',
}

export { roomLabel }

function sessionIdOf(deck: DeckSource): string | undefined {
  const id = deck.headmatter.session
  if (id === undefined || id === null || id === '') return undefined
  if (typeof id !== 'string') throw new Error(`${deck.relPath ?? deck.slug}: headmatter "session" must be a session id string, got ${JSON.stringify(id)}`)
  return id
}

const KIND_ORDER: Record<HubDeckKind, number> = { welcome: 0, keynote: 1, talk: 2, workshop: 2, other: 3 }

/**
 * Every deck joined with its session: title, speakers, day, time and room come from the event
 * data. Sorted as the programme runs (welcome, keynotes, then talks by start time and room);
 * decks without a session come last, by slug. An unknown session id throws, naming the deck.
 */
export function hubDecks(decks: readonly DeckSource[], queries: EventQueries, base: string = ROOT_BASE): HubDeck[] {
  const entries = decks.map((deck): HubDeck & { sortKey: string } => {
    const sessionId = sessionIdOf(deck)
    if (!sessionId) {
      const title = typeof deck.headmatter.title === 'string' && deck.headmatter.title.trim() ? deck.headmatter.title.trim() : deck.slug
      return { slug: deck.slug, title, kind: 'other', kindLabel: KIND_LABELS.other, speakers: [], links: deckLinks(deck.slug, undefined, base), sortKey: `9|${deck.slug}` }
    }
    if (!queries.hasSession(sessionId)) {
      throw new Error(`${deck.relPath ?? deck.slug}: headmatter session "${sessionId}" is not a session of the programme (data/programme.ts)`)
    }
    const session: Session = queries.sessionById(sessionId)
    const kind: SessionKind = session.kind
    const date = session.start.slice(0, 10)
    const room = queries.roomById(session.roomId)
    return {
      slug: deck.slug,
      title: session.title,
      sessionId,
      kind,
      kindLabel: KIND_LABELS[kind],
      speakers: queries.speakersOf(session).map((person: Person) => person.name),
      date,
      dayLabel: queries.eventDays().find(day => day.date === date)?.label ?? date,
      start: queries.clockOf(session.start),
      end: queries.clockOf(session.end),
      room: roomLabel(room),
      links: deckLinks(deck.slug, sessionId, base),
      sortKey: `${KIND_ORDER[kind] < 2 ? 0 : 1}|${session.start}|${KIND_ORDER[kind]}|${String(queries.roomsOn(date).findIndex(r => r.id === room.id)).padStart(3, '0')}|${deck.slug}`,
    }
  })
  return entries
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
    .map(({ sortKey: _sortKey, ...deck }) => deck)
}

/** The welcome deck (the one whose session is the welcome), whose first slide is the site's image. */
export function welcomeDeck(decks: readonly HubDeck[]): HubDeck | undefined {
  return decks.find(deck => deck.kind === 'welcome') ?? decks.find(deck => deck.slug === 'welcome')
}

// ---- the HTML document ------------------------------------------------------------------

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c]!)
}

export interface HubDocument {
  /** The rendered <body> content (HubPage's HTML). */
  appHtml: string
  /** Every style the page needs, inlined in a <style>. */
  css: string
  title: string
  description: string
  /** og:image, a path on the site (/welcome/og.png) or an absolute URL. */
  image?: string
  imageAlt?: string
  imageSize?: { width: number, height: number }
  /** The site's public origin (https://...), to make og:url and og:image absolute. */
  siteUrl?: string
  /** The page's path on the host, for og:url (default /). */
  path?: string
  /** Font files to preload (paths on the site). */
  preload?: string[]
  /** An SVG icon (path on the site). */
  icon?: string
  themeColor?: string
}

function absolute(url: string, siteUrl?: string): string {
  if (!siteUrl || /^[a-z]+:/i.test(url)) return url
  return new URL(url, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href
}

/** The whole page: head (title, description, viewport, Open Graph), inlined CSS, the body. */
export function hubDocument(doc: HubDocument): string {
  const e = escapeHtml
  const meta: string[] = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(doc.title)}</title>`,
    `<meta name="description" content="${e(doc.description)}">`,
    ...(doc.themeColor ? [`<meta name="theme-color" content="${e(doc.themeColor)}">`] : []),
    '<meta property="og:type" content="website">',
    `<meta property="og:title" content="${e(doc.title)}">`,
    `<meta property="og:description" content="${e(doc.description)}">`,
    ...(doc.siteUrl ? [`<meta property="og:url" content="${e(absolute(doc.path ?? '/', doc.siteUrl))}">`] : []),
  ]
  if (doc.image) {
    meta.push(`<meta property="og:image" content="${e(absolute(doc.image, doc.siteUrl))}">`)
    if (doc.imageSize) {
      meta.push(`<meta property="og:image:width" content="${doc.imageSize.width}">`, `<meta property="og:image:height" content="${doc.imageSize.height}">`)
    }
    if (doc.imageAlt) meta.push(`<meta property="og:image:alt" content="${e(doc.imageAlt)}">`)
    meta.push('<meta name="twitter:card" content="summary_large_image">')
  }
  if (doc.icon) meta.push(`<link rel="icon" href="${e(doc.icon)}" type="image/svg+xml">`)
  for (const href of doc.preload ?? []) {
    meta.push(`<link rel="preload" href="${e(href)}" as="font" type="font/woff2" crossorigin>`)
  }
  // `</style` cannot appear in CSS we produce, but make sure the inlined sheet cannot end early.
  const css = doc.css.replace(/<\/style/gi, '<\\/style')
  return `<!doctype html>
<html lang="en">
<head>
${meta.join('\n')}
<style>
${css}
</style>
</head>
<body>
${doc.appHtml}
</body>
</html>
`
}

// ---- rendering --------------------------------------------------------------------------

export interface RenderedHub {
  html: string
  /** Files to write next to index.html: path relative to the output folder -> contents. */
  assets: Map<string, Buffer>
}

export interface RenderHubOptions {
  decks: readonly DeckSource[]
  queries: EventQueries
  /** Site origin for absolute og:image / og:url (e.g. https://decks.example.org). */
  siteUrl?: string
  /** The URL path the site is served from (default /; scripts/lib/site-base.ts). */
  base?: string
  /** Slugs whose handout (<slug>-handout.pdf) is in the site: only these get a handout link. */
  handouts?: ReadonlySet<string>
  /** Scratch folder for the SSR build (deleted afterwards). */
  workDir?: string
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

/** Builds hub/render.ts for Node with Vite and returns its render function and its CSS and fonts. */
async function buildRenderer(workDir: string, base: string): Promise<{ render: (props: HubPageProps, queries?: EventQueries) => Promise<string>, css: string, assets: Map<string, Buffer> }> {
  const [{ build }, { default: vue }] = await Promise.all([import('vite'), import('@vitejs/plugin-vue')])
  rmSync(workDir, { recursive: true, force: true })
  await build({
    configFile: false,
    envDir: false,
    root: REPO_ROOT,
    // The fonts' URLs in the page's CSS.
    base,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [vue()],
    build: {
      ssr: path.join(REPO_ROOT, 'hub/render.ts'),
      outDir: workDir,
      emptyOutDir: true,
      ssrEmitAssets: true,
      cssCodeSplit: false,
      assetsDir: HUB_ASSETS_DIR,
      // Fonts stay files (the @font-face unicode-ranges pick the few a browser loads).
      assetsInlineLimit: 0,
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rollupOptions: { output: { entryFileNames: 'render.mjs' }, checks: { pluginTimings: false } },
    },
  })
  const files = filesUnder(workDir)
  const cssFiles = files.filter(file => file.endsWith('.css')).sort()
  if (cssFiles.length === 0) throw new Error('hub build produced no stylesheet')
  const css = cssFiles.map(file => readFileSync(file, 'utf8')).join('\n')
  const assets = new Map<string, Buffer>()
  for (const file of files) {
    if (/\.(css|m?js|map)$/.test(file)) continue
    assets.set(path.relative(workDir, file).split(path.sep).join('/'), readFileSync(file))
  }
  const module = await import(`${pathToFileURL(path.join(workDir, 'render.mjs')).href}?t=${Date.now()}`) as { render: (props: HubPageProps, queries?: EventQueries) => Promise<string> }
  return { render: module.render, css, assets }
}

/** The decks of `decks` whose handout is in the built site `siteDir`. */
export function exportedHandouts(siteDir: string, decks: readonly DeckSource[]): Set<string> {
  return new Set(decks.filter(deck => existsSync(path.join(siteDir, deck.slug, handoutFileName(deck.slug)))).map(deck => deck.slug))
}

/** `decks` with a handout link for those in `handouts` (and none for the others). */
export function withHandoutLinks(decks: readonly HubDeck[], handouts: ReadonlySet<string>): HubDeck[] {
  return decks.map(deck => handouts.has(deck.slug)
    ? { ...deck, links: { ...deck.links, handout: `${deck.links.slides}${encodeURIComponent(handoutFileName(deck.slug))}` } }
    : deck)
}

/** Renders the hub page; nothing is written to the output folder (see writeHub). */
export async function renderHub(options: RenderHubOptions): Promise<RenderedHub> {
  const { queries } = options
  const base = options.base ?? ROOT_BASE
  const decks = withHandoutLinks(hubDecks(options.decks, queries, base), options.handouts ?? new Set())
  const workDir = options.workDir ?? path.join(REPO_ROOT, '.cache', `hub-build-${process.pid}`)
  try {
    const renderer = await buildRenderer(workDir, base)
    const props: HubPageProps = { decks, scheduleIcs: scheduleIcsOf(base) }
    const appHtml = await renderer.render(props, queries)
    const { event, venue } = { event: queries.event, venue: queries.venue() }
    const welcome = welcomeDeck(decks)
    const welcomeSource = welcome && options.decks.find(deck => deck.slug === welcome.slug)
    // The favicon the decks use (public/favicon.svg), copied next to the fonts.
    const favicon = path.join(REPO_ROOT, 'public', 'favicon.svg')
    const icon = existsSync(favicon) ? `${HUB_ASSETS_DIR}/favicon.svg` : undefined
    if (icon) renderer.assets.set(icon, readFileSync(favicon))
    // Preload the two faces every visitor sees first (body text and headings, latin subset).
    const preload = [...renderer.assets.keys()]
      .filter(file => /inter-latin-400-normal.*\.woff2$|space-grotesk-latin-700-normal.*\.woff2$/.test(file))
      .map(file => `${base}${file}`)
    const html = hubDocument({
      appHtml,
      css: renderer.css,
      title: `${event.edition}: slides and schedule`,
      description: `Slides, PDFs and the schedule of ${event.edition}, ${event.city}, ${event.region}, ${dateRangeLabel(event.startDate, event.endDate)} at the ${venue.name}.`,
      image: welcome ? `${welcome.links.slides}og.png` : undefined,
      imageAlt: welcome ? `First slide of “${welcome.title}”` : undefined,
      imageSize: welcomeSource ? canvasOf(welcomeSource.headmatter) : undefined,
      icon: icon ? `${base}${icon}` : undefined,
      siteUrl: options.siteUrl,
      path: base,
      preload,
      themeColor: '#0f1d33',
    })
    return { html, assets: renderer.assets }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

/**
 * Writes index.html and the hub's assets into `outDir`, each atomically: the assets folder is
 * swapped in whole, then index.html is renamed into place, so a reader never sees a page
 * pointing at missing fonts or a half-written file.
 */
export function writeHub(outDir: string, hub: RenderedHub): string[] {
  mkdirSync(outDir, { recursive: true })
  const stamp = `${process.pid}-${Date.now()}`
  const assetsDir = path.join(outDir, HUB_ASSETS_DIR)
  const freshAssets = `${assetsDir}.tmp-${stamp}`
  const written: string[] = []
  rmSync(freshAssets, { recursive: true, force: true })
  for (const [rel, content] of hub.assets) {
    const [top, ...rest] = rel.split('/')
    if (top !== HUB_ASSETS_DIR || rest.length === 0) throw new Error(`hub asset outside ${HUB_ASSETS_DIR}/: ${rel}`)
    const file = path.join(freshAssets, ...rest)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
    written.push(rel)
  }
  if (hub.assets.size > 0) {
    const old = `${assetsDir}.old-${stamp}`
    if (existsSync(assetsDir)) renameSync(assetsDir, old)
    renameSync(freshAssets, assetsDir)
    rmSync(old, { recursive: true, force: true })
  }
  const index = path.join(outDir, 'index.html')
  const tmp = `${index}.tmp-${stamp}`
  writeFileSync(tmp, hub.html)
  renameSync(tmp, index)
  written.push('index.html')
  return written
}
