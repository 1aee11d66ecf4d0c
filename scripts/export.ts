// Exports every built deck to PDF, next to its slides: dist/<slug>/<slug>.pdf, plus a PNG of its
// first slide, dist/<slug>/og.png (the hub's og:image is the welcome deck's).
//
//   tsx scripts/export.ts [--deck <slug>]... [--handout] [--with-clicks] [--jobs N] [--dir <dist>] [--force]
//
// It works on the BUILT site: dist/ is served on 127.0.0.1 and ONE Chromium prints the decks,
// two at a time, each in its own browser context (see scripts/lib/pdf.ts for how a deck is
// printed). Each PDF gets an outline from the slide titles and its metadata from the deck's
// session (title; speakers as author; the welcome deck: the event and its organizers).
// The PDF is tagged (a structure tree for screen readers) and the export fails, naming the slide,
// when an image, diagram, chart or QR code has no alternative text. With --handout, a second PDF,
// dist/<slug>/<slug>-handout.pdf: A4 portrait, each slide above its speaker notes.
// Nothing is requested from another origin. Exit codes: 0 exported, 1 failed, 2 usage error.
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PDFDocument } from 'pdf-lib'
import { type Browser, chromium } from 'playwright-core'
import type { EventQueries } from '../data/index.ts'
import type { HubDeck } from '../hub/types.ts'
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts'
import { type Deck, discoverDecks, loadDeck, REPO_ROOT } from './lib/decks.ts'
import { altTextProblems } from './lib/alt-text.ts'
import { handoutFileName, noteParagraphs } from './lib/handout.ts'
import { assemblePdf, canvasOf, captureDeck, type PdfMetadata } from './lib/pdf.ts'
import { exportedHandouts, hubDecks, renderHub, writeHub } from './lib/render-hub.ts'
import { serveDist } from './preview.ts'
import { loadEventQueries, parseCommandLine, readFlags, UsageError } from './lib/cli.ts'
import { pool } from './lib/pool.ts'
import { readSiteBase } from './lib/site-base.ts'

const USAGE = `Usage: tsx scripts/export.ts [--deck <slug>]... [--handout] [--with-clicks] [--jobs N] [--dir <dist>] [--force]
  --deck <slug>   export only this deck (repeatable); default: every deck in slides/
  --handout       also <slug>-handout.pdf: A4, each slide above its speaker notes
  --with-clicks   one PDF page per click step instead of one per slide
  --jobs N        decks printed at once in the one browser (default 2)
  --dir <dist>    the built site (default dist/)
  --force         export every deck, even those whose PDF is newer than their build
  --help          show this help`

export { canvasOf }

export { UsageError }

export interface ExportOptions {
  decks: string[]
  withClicks: boolean
  /** Also write <slug>-handout.pdf. */
  handout: boolean
  jobs: number
  dir: string
  /** Export even the decks whose PDF is newer than their build. */
  force: boolean
}

export function parseExportArgs(argv: string[]): ExportOptions | 'help' {
  const options: ExportOptions = { decks: [], withClicks: false, handout: false, jobs: 2, dir: path.join(REPO_ROOT, 'dist'), force: false }
  const help = readFlags(argv, ({ arg, flag, inline, value }) => {
    if (arg === '--help' || arg === '-h') return 'help'
    if (flag === '--deck') {
      options.decks.push(value())
    } else if (flag === '--force' && !inline) {
      options.force = true
    } else if (flag === '--with-clicks' && !inline) {
      options.withClicks = true
    } else if (flag === '--handout' && !inline) {
      options.handout = true
    } else if (flag === '--jobs') {
      const v = value()
      if (!/^[1-9]\d*$/.test(v)) throw new UsageError(`--jobs needs a positive whole number, got "${v}"`)
      options.jobs = Number(v)
    } else if (flag === '--dir') {
      options.dir = path.resolve(value())
    } else {
      throw new UsageError(`Unknown argument: ${arg}`)
    }
  })
  if (help) return help
  if (options.handout && options.withClicks) throw new UsageError('--handout shows each slide once, at its last click: not with --with-clicks')
  return options
}

/** The PDF's title, author, subject and keywords, from the deck's session in the event data. */
export function pdfMetadataFor(deck: HubDeck, queries: EventQueries): PdfMetadata {
  const { event } = queries
  const keywords = [event.edition, ...event.topics ?? [], event.hashtag]
  if (deck.kind === 'welcome') {
    return {
      title: event.edition,
      author: queries.organizers().map(person => person.name).join(', '),
      subject: `${deck.title}: ${deck.dayLabel}, ${deck.start}–${deck.end}, ${deck.room}, ${event.city}`,
      keywords,
    }
  }
  if (deck.kind === 'other') return { title: deck.title, subject: event.edition, keywords }
  return {
    title: deck.title,
    author: deck.speakers.join(', '),
    subject: `${event.edition} ${deck.kindLabel.toLowerCase()}: ${deck.dayLabel}, ${deck.start}–${deck.end}, ${deck.room}, ${event.city}`,
    keywords: [...keywords, deck.kindLabel],
  }
}

function writeAtomically(file: string, content: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.tmp-${process.pid}`
  writeFileSync(tmp, content)
  renameSync(tmp, file)
}

export interface DeckExport {
  slug: string
  ok: boolean
  pages?: number
  slides?: number
  /** Pages of the handout, when one was written. */
  handoutPages?: number
  seconds: number
  error?: string
  warnings: string[]
}

/**
 * Prints one deck in `browser` from the site at `siteUrl` (its origin and base, ending in '/');
 * writes its PDF, og.png and (with `handout`) its handout into `dir`.
 */
export async function exportDeck(browser: Browser, siteUrl: string, deck: Deck, hubDeck: HubDeck, options: { dir: string, withClicks: boolean, handout?: boolean, queries: EventQueries }): Promise<DeckExport> {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  const context = await browser.newContext({ viewport: canvasOf(deck.headmatter), deviceScaleFactor: 1 })
  const offOrigin = new Set<string>()
  const origin = new URL(siteUrl).origin
  await context.route(url => !url.href.startsWith(`${origin}/`), (route) => {
    offOrigin.add(route.request().url())
    return route.abort('blockedbyclient')
  })
  try {
    // The notes come from the deck's markdown (the built deck does not carry them), as plain text.
    const handoutNotes = options.handout ? (await loadDeck(deck, options.queries)).slides.map(slide => noteParagraphs(slide.note)) : undefined
    const captured = await captureDeck(context, `${siteUrl}${deck.slug}/`, { withClicks: options.withClicks, handoutNotes })
    const warnings = [
      ...[...offOrigin].map(url => `blocked a request off this machine: ${url}`),
      ...captured.warnings.filter(w => ![...offOrigin].some(url => w.includes(url)) && !w.includes('net::ERR_BLOCKED_BY_CLIENT')),
    ]
    const slides = captured.firstPageOfSlide.length
    const errors = [...captured.errors, ...altTextProblems(deck.relPath, captured.figures)]
    if (handoutNotes && handoutNotes.length !== slides) errors.push(`${deck.relPath}: the markdown has ${handoutNotes.length} slides, the built deck ${slides}: rebuild it`)
    if (errors.length > 0) {
      return { slug: deck.slug, ok: false, seconds: seconds(), error: errors.join('\n'), warnings }
    }
    const metadata = pdfMetadataFor(hubDeck, options.queries)
    const outlineFor = (firstPageOfSlide: readonly number[]) => captured.titles.map(t => ({ title: t.title, level: t.level, pageIndex: firstPageOfSlide[t.no - 1]! }))
    const pdf = await assemblePdf(captured.pages, metadata, outlineFor(captured.firstPageOfSlide))
    const handout = captured.handout && await assemblePdf([captured.handout.pdf], { ...metadata, subject: [metadata.subject, 'handout with the speaker\'s notes'].filter(Boolean).join(': ') }, outlineFor(captured.handout.firstPageOfSlide))
    writeAtomically(path.join(options.dir, deck.slug, `${deck.slug}.pdf`), pdf)
    writeAtomically(path.join(options.dir, deck.slug, 'og.png'), captured.firstSlidePng)
    const handoutFile = path.join(options.dir, deck.slug, handoutFileName(deck.slug))
    if (handout) writeAtomically(handoutFile, handout)
    // A handout of an older build than this PDF would tell another story: it goes.
    else if (existsSync(handoutFile) && statSync(handoutFile).mtimeMs < statSync(path.join(options.dir, deck.slug, 'index.html')).mtimeMs) rmSync(handoutFile)
    return {
      slug: deck.slug,
      ok: true,
      pages: captured.tagged ? slides : captured.pages.length,
      slides,
      ...(handout ? { handoutPages: (await PDFDocument.load(handout, { updateMetadata: false })).getPageCount() } : {}),
      seconds: seconds(),
      warnings,
    }
  } catch (error) {
    return { slug: deck.slug, ok: false, seconds: seconds(), error: (error as Error).message, warnings: [] }
  } finally {
    await context.close()
  }
}

export function isBuilt(dir: string, slug: string): boolean {
  return existsSync(path.join(dir, slug, 'index.html'))
}

/** True when the deck's PDF or og.png (and with `handout`, its handout) is missing or older than its built index.html. */
export function isExportStale(dir: string, slug: string, handout = false): boolean {
  const index = path.join(dir, slug, 'index.html')
  const built = statSync(index).mtimeMs
  return [`${slug}.pdf`, 'og.png', ...(handout ? [handoutFileName(slug)] : [])].map(file => path.join(dir, slug, file))
    .some(file => !existsSync(file) || statSync(file).mtimeMs < built)
}

export interface ExportRun {
  /** The built site. */
  dir: string
  /** Built decks to export. */
  decks: readonly Deck[]
  withClicks?: boolean
  /** Also write each deck's handout. */
  handout?: boolean
  jobs?: number
  /** A browser to print in (else one is launched and closed). */
  browser?: Browser
  /** Where dir/ is served already (else it is served on a free loopback port meanwhile). */
  origin?: string
  log?: (line: string) => void
  /** The event's facts (default: data/index.ts, loaded when the export runs). */
  queries?: EventQueries
  /** Where a failed deck's lines go (one line per problem, e.g. `slides/x/slides.md: slide 3: ...`); default `log`. */
  error?: (line: string) => void
}

/** Exports `decks` from the built site, `jobs` at a time in one browser. */
export async function exportDecks(run: ExportRun): Promise<DeckExport[]> {
  const log = run.log ?? (() => {})
  const queries = run.queries ?? (await import('../data/index.ts')).eventQueries
  // The site is served, and its decks are printed, at the base it was built for.
  const base = readSiteBase(run.dir)
  const hub = new Map(hubDecks(run.decks, queries, base).map(deck => [deck.slug, deck]))
  const server = run.origin ? undefined : await serveDist(run.dir)
  const siteUrl = `${run.origin ?? server!.origin}${base}`
  let browser = run.browser
  try {
    if (!browser) {
      const executablePath = findChromium()
      if (!executablePath) throw new Error('No Chromium found: run `tsx scripts/lib/chromium.ts` (installs one) or set CHROMIUM_PATH')
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    }
    const width = Math.max(...run.decks.map(deck => deck.slug.length))
    const using = browser
    return await pool(run.decks, run.jobs ?? 2, async (deck) => {
      const result = await exportDeck(using, siteUrl, deck, hub.get(deck.slug)!, { dir: run.dir, withClicks: run.withClicks ?? false, handout: run.handout ?? false, queries })
      const pages = result.ok ? `${String(result.pages).padStart(3)} page${result.pages === 1 ? ' ' : 's'}` : 'FAILED   '
      const handout = result.handoutPages ? `  handout ${result.handoutPages} pages` : ''
      log(`${result.ok ? '✓' : '✗'} ${deck.slug.padEnd(width)}  ${pages}  ${result.seconds.toFixed(1).padStart(5)}s${handout}`)
      for (const warning of result.warnings) log(`    warning: ${warning}`)
      if (!result.ok) (run.error ?? log)(result.error ?? '')
      return result
    })
  } finally {
    if (browser && !run.browser) await browser.close()
    await server?.close()
  }
}

/**
 * Exports the built decks of `dir` whose PDF or og.png is missing or older than the deck's build
 * (for tests and pipelines that want PDFs without re-printing unchanged decks).
 */
export async function exportStale(run: Omit<ExportRun, 'decks'> & { decks?: readonly Deck[] }): Promise<DeckExport[]> {
  const decks = (run.decks ?? discoverDecks()).filter(deck => isBuilt(run.dir, deck.slug) && isExportStale(run.dir, deck.slug, run.handout))
  if (decks.length === 0) return []
  return exportDecks({ ...run, decks })
}

async function main(): Promise<number> {
  const options = parseCommandLine(parseExportArgs, USAGE)
  if (typeof options === 'number') return options
  const queries = await loadEventQueries('export')
  if (typeof queries === 'number') return queries
  const relative = path.relative(process.cwd(), options.dir)
  const distName = relative === '' ? '.' : relative.startsWith('..') ? options.dir : relative
  if (!existsSync(options.dir) || !statSync(options.dir).isDirectory()) {
    console.error(`${distName}/ does not exist: run npm run build first`)
    return 1
  }

  const discovered = discoverDecks()
  const bySlug = new Map(discovered.map(deck => [deck.slug, deck]))
  const unknown = options.decks.filter(slug => !bySlug.has(slug))
  if (unknown.length > 0) {
    console.error(`Unknown deck${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Decks: ${[...bySlug.keys()].join(', ')}\n\n${USAGE}`)
    return 2
  }
  let wanted = options.decks.length > 0 ? [...new Set(options.decks)].map(slug => bySlug.get(slug)!) : discovered
  if (wanted.length === 0) {
    console.error('No decks found in slides/<slug>/slides.md')
    return 1
  }
  const missing = wanted.filter(deck => !isBuilt(options.dir, deck.slug))
  if (missing.length > 0) {
    console.error(`Not built: ${missing.map(deck => `${distName}/${deck.slug}/`).join(', ')}: run npm run build first`)
    return 1
  }
  // A PDF newer than its deck's build is up to date; pages per click are a different PDF, so always redone.
  const upToDate = options.force || options.withClicks || options.decks.length > 0
    ? []
    : wanted.filter(deck => !isExportStale(options.dir, deck.slug, options.handout))
  for (const deck of upToDate) console.log(`${deck.slug}: PDF up to date, kept (--force to export again)`)
  wanted = wanted.filter(deck => !upToDate.includes(deck))
  if (wanted.length === 0) {
    console.log('Every PDF is up to date')
    return 0
  }
  const started = performance.now()
  console.log(`Exporting ${wanted.length} deck${wanted.length === 1 ? '' : 's'} from ${distName}/, ${options.jobs} at a time${options.withClicks ? ', one page per click' : ''}${options.handout ? ', with handouts' : ''}`)
  // Playwright closes the browser it launched when the process exits.
  process.once('SIGINT', () => process.exit(130))
  process.once('SIGTERM', () => process.exit(143))
  let results: DeckExport[]
  try {
    results = await exportDecks({ dir: options.dir, decks: wanted, withClicks: options.withClicks, handout: options.handout, jobs: options.jobs, queries, log: line => console.log(line), error: line => console.error(line) })
  } catch (error) {
    console.error((error as Error).message)
    return 1
  }
  const failed = results.filter(r => !r.ok)
  const total = ((performance.now() - started) / 1000).toFixed(1)
  if (failed.length > 0) {
    console.error(`\nExport failed for ${failed.map(r => r.slug).join(', ')} (${total}s)`)
    return 1
  }
  console.log(`Exported ${results.length} PDF${results.length === 1 ? '' : 's'} in ${total}s`)
  // The hub was rendered by the build, before there were handouts: rendered again to link them.
  if (options.handout && existsSync(path.join(options.dir, 'index.html'))) {
    try {
      const handouts = exportedHandouts(options.dir, discovered)
      writeHub(options.dir, await renderHub({ decks: discovered, queries, siteUrl: process.env.SITE_URL || undefined, handouts }))
      console.log(`Hub page: links ${handouts.size} handout${handouts.size === 1 ? '' : 's'}`)
    } catch (error) {
      console.error(`Hub page failed: ${(error as Error).message}`)
      return 1
    }
  }
  return 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main()

