// PDF export of a built deck, in a browser page: one PDF page per slide (or per click step),
// merged with pdf-lib, then given an outline from the slide titles and the deck's metadata.
//
// How the pages are made follows Slidev 52's own per-slide export (node_modules/@slidev/cli/
// dist/export-*.mjs): the deck is opened at /<slug>/<no>?print=true (print mode: every slide
// mounted, clicks at their end, transitions off, `@page` sized to the canvas), in a viewport the
// size of the canvas, and page.pdf() prints one page with printBackground. Unlike Slidev, the
// deck is loaded once and moved from slide to slide with its own router, so a slide costs a
// re-render and a print, not a page load. page.pdf() keeps text as text, embeds the fonts
// (subsets) and turns <a href> into link annotations; pdf-lib's copyPages keeps all three.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFRef } from 'pdf-lib'
import type { BrowserContext, Page } from 'playwright-core'

// ---- outline ----------------------------------------------------------------------------

export interface OutlineEntry {
  title: string
  /** 0-based page index the entry opens. */
  pageIndex: number
  /** Heading level: 1 for h1, 2 for h2... */
  level: number
}

export interface OutlineNode extends OutlineEntry {
  children: OutlineNode[]
}

/**
 * Nests entries by heading level, the way Slidev nests its table of contents: an entry goes
 * under the nearest preceding entry of a lower level. Entries with blank titles are dropped.
 */
export function buildOutlineTree(entries: readonly OutlineEntry[]): OutlineNode[] {
  const roots: OutlineNode[] = []
  const stack: OutlineNode[] = []
  for (const entry of entries) {
    const title = entry.title.replace(/\s+/g, ' ').trim()
    if (!title) continue
    const node: OutlineNode = { ...entry, title, children: [] }
    while (stack.length > 0 && stack.at(-1)!.level >= node.level) stack.pop()
    const parent = stack.at(-1)
    if (parent) parent.children.push(node)
    else roots.push(node)
    stack.push(node)
  }
  return roots
}

/** Writes `tree` as the document's outline (bookmarks) and asks viewers to show it. */
export function addOutline(doc: PDFDocument, tree: readonly OutlineNode[]): void {
  if (tree.length === 0) return
  const { context } = doc
  const pages = doc.getPages()
  const rootRef = context.nextRef()

  // Returns the number of visible descendants (all entries open), for /Count.
  const writeLevel = (nodes: readonly OutlineNode[], parentRef: PDFRef): { first: PDFRef, last: PDFRef, count: number } => {
    const refs = nodes.map(() => context.nextRef())
    let count = 0
    nodes.forEach((node, i) => {
      const page = pages[Math.min(Math.max(node.pageIndex, 0), pages.length - 1)]!
      const dest = PDFArray.withContext(context)
      dest.push(page.ref)
      dest.push(PDFName.of('XYZ'))
      dest.push(PDFNull)
      dest.push(PDFNull)
      dest.push(PDFNull)
      const dict = PDFDict.withContext(context)
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title))
      dict.set(PDFName.of('Parent'), parentRef)
      dict.set(PDFName.of('Dest'), dest)
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!)
      if (i < nodes.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!)
      count += 1
      if (node.children.length > 0) {
        const sub = writeLevel(node.children, refs[i]!)
        dict.set(PDFName.of('First'), sub.first)
        dict.set(PDFName.of('Last'), sub.last)
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count))
        count += sub.count
      }
      context.assign(refs[i]!, dict)
    })
    return { first: refs[0]!, last: refs.at(-1)!, count }
  }

  const top = writeLevel(tree, rootRef)
  const root = PDFDict.withContext(context)
  root.set(PDFName.of('Type'), PDFName.of('Outlines'))
  root.set(PDFName.of('First'), top.first)
  root.set(PDFName.of('Last'), top.last)
  root.set(PDFName.of('Count'), PDFNumber.of(top.count))
  context.assign(rootRef, root)
  doc.catalog.set(PDFName.of('Outlines'), rootRef)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

// ---- assembling -------------------------------------------------------------------------

export interface PdfMetadata {
  title: string
  author?: string
  subject?: string
  keywords?: string[]
}

/** One PDF from single-page PDFs, with metadata and an outline. */
export async function assemblePdf(pagePdfs: readonly Uint8Array[], metadata: PdfMetadata, outline: readonly OutlineEntry[]): Promise<Uint8Array> {
  if (pagePdfs.length === 0) throw new Error('assemblePdf: no pages')
  const doc = await PDFDocument.create({ updateMetadata: false })
  for (const bytes of pagePdfs) {
    const part = await PDFDocument.load(bytes)
    for (const page of await doc.copyPages(part, part.getPageIndices())) doc.addPage(page)
  }
  doc.setTitle(metadata.title, { showInWindowTitleBar: true })
  if (metadata.author) doc.setAuthor(metadata.author)
  if (metadata.subject) doc.setSubject(metadata.subject)
  if (metadata.keywords?.length) doc.setKeywords(metadata.keywords)
  doc.setLanguage('en')
  doc.setCreator('Beam Summit decks (Slidev)')
  doc.setProducer('Chromium page.pdf + pdf-lib')
  const now = new Date()
  doc.setCreationDate(now)
  doc.setModificationDate(now)
  addOutline(doc, buildOutlineTree(outline))
  return doc.save()
}

// ---- capturing a deck in the browser ----------------------------------------------------

/** The viewport that shows the deck's canvas at scale 1 (Slidev: 980 wide, 16:9, height rounded up). */
export function canvasOf(headmatter: Record<string, unknown>): { width: number, height: number } {
  const width = Number(headmatter.canvasWidth ?? 980)
  const raw = headmatter.aspectRatio ?? 16 / 9
  let ratio = typeof raw === 'number' ? raw : Number.NaN
  if (typeof raw === 'string') {
    const [a, b] = raw.split(/[:/x|]/).map(s => Number(s.trim()))
    ratio = b === undefined ? Number(a) : Number(a) / Number(b)
  }
  if (!(width > 0) || !(ratio > 0)) return { width: 980, height: 552 }
  return { width, height: Math.ceil(width / ratio) }
}

export interface SlideTitle {
  /** Slide number (1-based, as in the deck's URLs). */
  no: number
  title: string
  level: number
}

export interface CapturedDeck {
  /** One single-page PDF per slide, or per click step with `withClicks`. */
  pages: Uint8Array[]
  /** Index into `pages` of each slide's first page, by slide number - 1. */
  firstPageOfSlide: number[]
  /** The first h1/h2 (else h3) of each slide that has one. */
  titles: SlideTitle[]
  /** A PNG of the first slide at canvas size (its last click step). */
  firstSlidePng: Buffer
  width: number
  height: number
  /** Uncaught errors and console errors seen while the deck was open. */
  errors: string[]
  warnings: string[]
}

export interface CaptureOptions {
  withClicks?: boolean
  /** Milliseconds to wait for the deck to load and each slide to settle. */
  timeout?: number
  onSlide?: (no: number, total: number) => void
}

const MAX_CLICK_STEPS = 100

/**
 * Opens the built deck at `deckUrl` (`http://host/<slug>/`) in a new page of `context` and
 * prints every slide. The context's viewport should be the canvas size (default 980x552); if
 * the deck's canvas differs, the page is resized to it.
 */
export async function captureDeck(context: BrowserContext, deckUrl: string, options: CaptureOptions = {}): Promise<CapturedDeck> {
  const timeout = options.timeout ?? 30_000
  const page = await context.newPage()
  page.setDefaultTimeout(timeout)
  // Functions sent to page.evaluate may be wrapped in __name() by the bundler that loaded this file.
  await page.addInitScript('globalThis.__name ??= (fn) => fn')
  const errors: string[] = []
  const warnings: string[] = []
  page.on('pageerror', error => errors.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') warnings.push(`console error: ${message.text()}`)
  })
  page.on('requestfailed', (request) => {
    warnings.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`)
  })
  try {
    const printMode = options.withClicks ? 'clicks' : 'true'
    await page.goto(new URL(`1?print=${printMode}`, deckUrl).href, { waitUntil: 'load', timeout })
    await page.waitForSelector('[data-slidev-no]', { state: 'attached' })
    await page.waitForLoadState('networkidle')

    // The canvas size, from the slide content box (scale 1 when the viewport matches).
    const size = await page.evaluate(() => {
      const content = document.querySelector<HTMLElement>('#slide-content')
      return { width: Number.parseFloat(content?.style.width ?? ''), height: Number.parseFloat(content?.style.height ?? '') }
    })
    if (!(size.width > 0 && size.height > 0)) throw new Error(`${deckUrl}: no #slide-content with a size; is this a Slidev deck?`)
    const viewport = page.viewportSize()
    if (!viewport || viewport.width !== size.width || viewport.height !== size.height) {
      await page.setViewportSize({ width: Math.round(size.width), height: Math.round(size.height) })
    }

    const total = await page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('[data-slidev-no]')].map(el => Number(el.getAttribute('data-slidev-no')))))
    if (total === 0) throw new Error(`${deckUrl}: the deck rendered no slide`)

    const pages: Uint8Array[] = []
    const firstPageOfSlide: number[] = []
    const titles: SlideTitle[] = []
    let firstSlidePng: Buffer | undefined

    for (let no = 1; no <= total; no++) {
      options.onSlide?.(no, total)
      firstPageOfSlide.push(pages.length)
      let previous: string | undefined
      let steps = { first: 0, last: options.withClicks ? MAX_CLICK_STEPS - 1 : 0 }
      let counted = false
      for (let step = 0; step <= steps.last; step++) {
        const clicks = options.withClicks ? steps.first + step : undefined
        await goToSlide(page, no, clicks)
        await waitForSlide(page, no, timeout)
        if (options.withClicks && step === 0) {
          const known = await clickRange(page)
          if (known) {
            steps = { first: known.first, last: known.last - known.first }
            counted = true
          }
          if (known && clicks !== known.first) {
            await goToSlide(page, no, known.first)
            await waitForSlide(page, no, timeout)
          }
        }
        if (options.withClicks && !counted) {
          // Without Slidev's click count, stop when the slide no longer changes.
          const state = await page.locator(`[data-slidev-no="${no}"]`).first().evaluate(el => el.innerHTML)
          if (state === previous) break
          previous = state
        }
        pages.push(await page.pdf({
          width: `${size.width}px`,
          height: `${size.height}px`,
          margin: { top: 0, right: 0, bottom: 0, left: 0 },
          pageRanges: '1',
          printBackground: true,
          preferCSSPageSize: true,
        }))
        if (no === 1) firstSlidePng = await page.screenshot({ type: 'png' })
      }
      const heading = await page.locator(`[data-slidev-no="${no}"]`).first().evaluate((el) => {
        const found = el.querySelector('h1, h2') ?? el.querySelector('h3')
        return found ? { title: (found as HTMLElement).innerText || found.textContent || '', level: Number(found.tagName.slice(1)) } : undefined
      })
      if (heading?.title.trim()) titles.push({ no, title: heading.title.replace(/\s+/g, ' ').trim(), level: heading.level })
    }
    return { pages, firstPageOfSlide, titles, firstSlidePng: firstSlidePng!, width: size.width, height: size.height, errors, warnings }
  } finally {
    await page.close()
  }
}

/**
 * The click steps of the current slide, from Slidev's navigation state (the app provides it
 * under '$$slidev-context'); undefined when it cannot be read.
 */
async function clickRange(page: Page): Promise<{ first: number, last: number } | undefined> {
  return page.evaluate(() => {
    type Nav = { clicksTotal?: number, clicksContext?: { clicksStart?: number } }
    const app = (document.getElementById('app') as (HTMLElement & { __vue_app__?: { _context?: { provides?: Record<string, { nav?: Nav }> } } }) | null)?.__vue_app__
    const nav = app?._context?.provides?.['$$slidev-context']?.nav
    const last = nav?.clicksTotal
    if (typeof last !== 'number' || !Number.isFinite(last) || last < 0 || last > 1000) return undefined
    const first = nav?.clicksContext?.clicksStart ?? 0
    return { first: Math.min(first, last), last }
  })
}

/** Moves the deck to slide `no` (and click step `clicks`) with its own router, without reloading. */
async function goToSlide(page: Page, no: number, clicks: number | undefined): Promise<void> {
  await page.evaluate(async ({ no, clicks }) => {
    const url = new URL(location.href)
    url.pathname = url.pathname.replace(/\/[^/]*$/, `/${no}`)
    if (clicks === undefined) url.searchParams.delete('clicks')
    else url.searchParams.set('clicks', String(clicks))
    if (url.href === location.href) return
    type Router = { push: (to: string) => Promise<unknown>, options: { history: { base: string } } }
    const app = (document.getElementById('app') as (HTMLElement & { __vue_app__?: { config: { globalProperties: { $router?: Router } } } }) | null)?.__vue_app__
    const router = app?.config.globalProperties.$router
    if (router) {
      // The router's paths are relative to the deck's base (/<slug>/).
      const base = router.options.history.base.replace(/\/$/, '')
      await router.push(url.pathname.slice(base.length) + url.search)
      return
    }
    history.replaceState(history.state, '', url)
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
  }, { no, clicks })
}

/** Waits until slide `no` alone is shown, loaded (components, images, fonts), and painted. */
async function waitForSlide(page: Page, no: number, timeout: number): Promise<void> {
  await page.waitForFunction((no) => {
    const slides = [...document.querySelectorAll<HTMLElement>('[data-slidev-no]')]
    const current = slides.filter(el => el.getAttribute('data-slidev-no') === String(no))
    if (current.length === 0 || current.some(el => getComputedStyle(el).display === 'none')) return false
    if (slides.some(el => !current.includes(el) && getComputedStyle(el).display !== 'none')) return false
    const slide = current[0]!
    if (slide.querySelector('.slidev-slide-loading')) return false
    if ([...slide.querySelectorAll('img')].some(img => !img.complete)) return false
    for (const waiting of slide.querySelectorAll<HTMLElement>('[data-waitfor]')) {
      const selector = waiting.getAttribute('data-waitfor')
      if (selector && !waiting.querySelector(selector)) return false
    }
    if (document.querySelector('#mermaid-rendering-container div')) return false
    return document.fonts.status === 'loaded'
  }, no, { timeout, polling: 'raf' })
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}
