// PDF export of a built deck, in a browser page. By default the whole deck is printed in ONE
// page.pdf({ tagged: true }) call (printWholeDeck): Slidev's print mode (/<slug>/1?print=true)
// mounts every slide at its last click with transitions off; a stylesheet shows them all, each
// on a page of its own at canvas size, so Chromium writes a structure tree (headings, lists,
// tables, figures with /Alt, reading order) for the whole deck. pdf-lib then adds the outline and
// metadata and keeps the tree. The handout is a second print of the same page: A4 portrait, each
// slide at the page's width above its speaker notes, set as text.
//
// With `withClicks` (one page per click step) it follows Slidev 52's per-slide export instead:
// the deck is moved from slide to slide with its own router, each step printed alone and merged
// with copyPages, which keeps text, fonts and links but not the structure tree (untagged).
// The print mode and the DOM names read here (#slideshow, [data-slidev-no], .slidev-vclick-hidden,
// .slidev-slide-loading) are Slidev's, spelled out because the code runs in the page: assumption
// `print-mode-dom` of scripts/lib/slidev-internals.ts.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFRef } from 'pdf-lib'
import type { BrowserContext, Page } from 'playwright-core'
import type { FigureInfo } from './alt-text.ts'
import { handoutFirstPages } from './handout.ts'

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

/**
 * One PDF from the printed PDFs, with metadata and an outline. One PDF (the whole deck printed in
 * one page.pdf() call) is loaded and saved as it is, so Chromium's tagging (/StructTreeRoot,
 * /MarkInfo, /Lang) stays; several (one per click step) are merged with copyPages, which keeps
 * text, fonts and links but drops any structure tree.
 */
export async function assemblePdf(pagePdfs: readonly Uint8Array[], metadata: PdfMetadata, outline: readonly OutlineEntry[]): Promise<Uint8Array> {
  if (pagePdfs.length === 0) throw new Error('assemblePdf: no pages')
  let doc: PDFDocument
  if (pagePdfs.length === 1) {
    doc = await PDFDocument.load(pagePdfs[0]!, { updateMetadata: false })
  } else {
    doc = await PDFDocument.create({ updateMetadata: false })
    for (const bytes of pagePdfs) {
      const part = await PDFDocument.load(bytes)
      for (const page of await doc.copyPages(part, part.getPageIndices())) doc.addPage(page)
    }
  }
  doc.setTitle(metadata.title, { showInWindowTitleBar: true })
  if (metadata.author) doc.setAuthor(metadata.author)
  if (metadata.subject) doc.setSubject(metadata.subject)
  if (metadata.keywords?.length) doc.setKeywords(metadata.keywords)
  doc.setLanguage('en')
  doc.setCreator('Slidev, with this repository\'s deck framework')
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
  /** Uncaught errors seen while the deck was open, and prints that came out wrong. */
  errors: string[]
  warnings: string[]
  /** True when `pages` is one tagged PDF of the whole deck (not with `withClicks`). */
  tagged: boolean
  /** The images, svg[role=img], canvases and QR codes of every slide, for altTextProblems (scripts/lib/alt-text.ts). */
  figures: FigureInfo[]
  /** With `handout`: the A4 handout, each slide above its speaker notes (scripts/lib/handout.ts). */
  handout?: { pdf: Uint8Array, firstPageOfSlide: number[] }
}

export interface CaptureOptions {
  /** One page per click step, merged from single-page prints (not tagged). */
  withClicks?: boolean
  /**
   * Also print the handout: each slide above these paragraphs of its notes (by slide number - 1,
   * from noteParagraphs in scripts/lib/handout.ts); not with `withClicks`.
   */
  handoutNotes?: readonly string[][]
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

    if (!options.withClicks) {
      const whole = await printWholeDeck(page, size, total, timeout, options.handoutNotes)
      return { ...whole, width: size.width, height: size.height, errors: [...errors, ...whole.errors], warnings }
    }

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
      const heading = await page.locator(`[data-slidev-no="${no}"]`).first().evaluate(slideHeading)
      if (heading?.title.trim()) titles.push({ no, title: heading.title.replace(/\s+/g, ' ').trim(), level: heading.level })
    }
    const figures = await page.evaluate(collectFigures)
    return { pages, firstPageOfSlide, titles, firstSlidePng: firstSlidePng!, width: size.width, height: size.height, errors, warnings, tagged: false, figures }
  } finally {
    await page.close()
  }
}

/**
 * The click steps of the current slide, from the deck's own navigation (setup/main.ts exposes
 * Slidev's public useNav() as window.__deckControl__); undefined when it cannot be read.
 */
async function clickRange(page: Page): Promise<{ first: number, last: number } | undefined> {
  return page.evaluate(() => {
    const range = window.__deckControl__?.clickRange()
    if (!range || !Number.isFinite(range.last) || range.last < 0 || range.last > 1000) return undefined
    return range
  })
}

/** Moves the deck to slide `no` (and click step `clicks`) with its own navigation, without reloading. */
async function goToSlide(page: Page, no: number, clicks: number | undefined): Promise<void> {
  await page.evaluate(async ({ no, clicks }) => {
    const control = window.__deckControl__
    if (control) return control.go(no, clicks)
    // A deck without setup/main.ts (not built with this repo's addon): through the address.
    const url = new URL(location.href)
    url.pathname = url.pathname.replace(/\/[^/]*$/, `/${no}`)
    if (clicks === undefined) url.searchParams.delete('clicks')
    else url.searchParams.set('clicks', String(clicks))
    if (url.href === location.href) return
    history.replaceState(history.state, '', url)
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
  }, { no, clicks })
}

/**
 * Waits until slide `no` alone is shown (or, with 'all', every slide is mounted), loaded
 * (components, images, fonts, diagrams), and painted.
 */
export async function waitForSlide(page: Page, no: number | 'all', timeout: number): Promise<void> {
  await page.waitForFunction((no) => {
    const slides = [...document.querySelectorAll<HTMLElement>('[data-slidev-no]')]
    let targets = slides
    if (no !== 'all') {
      targets = slides.filter(el => el.getAttribute('data-slidev-no') === String(no))
      if (targets.length === 0 || targets.some(el => getComputedStyle(el).display === 'none')) return false
      if (slides.some(el => !targets.includes(el) && getComputedStyle(el).display !== 'none')) return false
      targets = [targets[0]!]
    }
    for (const slide of targets) {
      if (slide.querySelector('.slidev-slide-loading')) return false
      if ([...slide.querySelectorAll('img')].some(img => !img.complete)) return false
      for (const waiting of slide.querySelectorAll<HTMLElement>('[data-waitfor]')) {
        const selector = waiting.getAttribute('data-waitfor')
        if (selector && !waiting.querySelector(selector)) return false
      }
    }
    if (document.querySelector('#mermaid-rendering-container div')) return false
    return document.fonts.status === 'loaded'
  }, no, { timeout, polling: 'raf' })
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

// ---- the whole deck in one print: tagged --------------------------------------------------

/** The first h1/h2 (else h3) of a slide element, for the outline; runs in the page. */
function slideHeading(el: Element): { title: string, level: number } | undefined {
  const found = el.querySelector('h1, h2') ?? el.querySelector('h3')
  return found ? { title: (found as HTMLElement).innerText || found.textContent || '', level: Number(found.tagName.slice(1)) } : undefined
}

/** Every image, svg[role=img], canvas and QR code of every slide, with its accessible name; runs in the page. */
function collectFigures(): FigureInfo[] {
  const text = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim()
  const nameOf = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby')
    if (labelledBy) {
      const label = text(labelledBy.split(/\s+/).map(id => document.getElementById(id)?.textContent ?? '').join(' '))
      if (label) return label
    }
    const label = text(el.getAttribute('aria-label'))
    if (label) return label
    if (el instanceof HTMLImageElement) return text(el.alt) || text(el.title)
    if (el instanceof SVGSVGElement) return text(el.querySelector(':scope > title')?.textContent) || text(el.getAttribute('title'))
    return text(el.getAttribute('title'))
  }
  const describe = (el: Element): string => {
    const tag = el.tagName.toLowerCase()
    if (el instanceof HTMLImageElement) return `<img src="${el.getAttribute('src') ?? ''}">`
    const owner = el.getAttribute('class') ? el : el.closest('[class]')
    const className = owner?.getAttribute('class')?.split(/\s+/).find(c => c && !c.startsWith('slidev-')) ?? ''
    return className ? `<${tag} class="${className}">` : `<${tag}>`
  }
  const figures: FigureInfo[] = []
  for (const slide of document.querySelectorAll('[data-slidev-no]')) {
    const no = Number(slide.getAttribute('data-slidev-no'))
    for (const el of slide.querySelectorAll('img, svg, canvas, [role="img"]')) {
      const role = el.getAttribute('role')
      if (el instanceof SVGSVGElement && role !== 'img') continue
      if (el.parentElement?.closest('svg')) continue
      const qr = el.closest('.qr-code')
      const decorative = !!el.closest('[aria-hidden="true"]') || role === 'presentation' || role === 'none'
        || (el instanceof HTMLImageElement && el.getAttribute('alt') === '')
      const url = qr ? text(qr.querySelector('.url')?.textContent) : undefined
      const kind = qr ? 'qr' : el instanceof HTMLImageElement ? 'img' : el instanceof SVGSVGElement ? 'svg' : el instanceof HTMLCanvasElement ? 'canvas' : 'img'
      figures.push({ slide: no, kind, element: qr ? `QR code for ${url}` : describe(el), name: nameOf(el), decorative, ...(url ? { url } : {}) })
    }
  }
  return figures
}

/** A4 portrait, for the handout. */
export const A4 = { widthMm: 210, heightMm: 297, marginMm: 12 }
const MM = 96 / 25.4

/**
 * The print stylesheet: every slide (already mounted by Slidev's print mode) shown, each on a page
 * of its own; the deck's controls hidden. With `handout`, the pages are A4 portrait, the slide at
 * the page's width above its notes.
 */
function printCss(size: { width: number, height: number }, handout: boolean): string {
  const zoom = handout ? ((A4.widthMm - 2 * A4.marginMm) * MM) / size.width : 1
  return `
@page { size: ${handout ? 'A4 portrait' : `${size.width}px ${size.height}px`}; margin: ${handout ? `${A4.marginMm}mm` : '0'}; }
html, body, #app, #page-root, #slide-container, #slide-content, #slideshow {
  width: auto !important; height: auto !important; min-height: 0 !important; overflow: visible !important;
  position: static !important; transform: none !important; display: block !important; background: ${handout ? '#fff' : 'transparent'} !important;
}
#page-root > :not(#slide-container), #slide-container > :not(#slide-content), #slide-content > :not(#slideshow),
#slideshow > :not([data-slidev-no]):not(.bs-handout-notes) { display: none !important; }
#slideshow > [data-slidev-no] {
  display: block !important; position: relative !important; inset: auto !important; transform: none !important;
  width: ${size.width}px !important; height: ${size.height}px !important; overflow: hidden !important;
  break-inside: avoid; ${handout ? `zoom: ${zoom.toFixed(4)}; box-shadow: inset 0 0 0 1px #c8ccd4;` : ''}
}
#slideshow > [data-print-break] { break-before: page; }
.bs-handout-notes { font-family: var(--bs-font-body, Inter, sans-serif); color: #1a1d23; font-size: 11.5pt; line-height: 1.45; margin-top: 6mm; }
.bs-handout-notes__label { font-size: 8.5pt; letter-spacing: 0.04em; text-transform: uppercase; color: #4a5060; margin: 0 0 2mm; }
.bs-handout-notes p { margin: 0 0 2.5mm; orphans: 2; widows: 2; }
`
}

interface WholeDeck {
  pages: Uint8Array[]
  firstPageOfSlide: number[]
  titles: SlideTitle[]
  firstSlidePng: Buffer
  figures: FigureInfo[]
  errors: string[]
  tagged: boolean
  handout?: { pdf: Uint8Array, firstPageOfSlide: number[] }
}

/**
 * Prints the whole deck (every slide at its last click, as Slidev's print mode mounts them) in
 * ONE page.pdf() call with `tagged: true`, so Chromium writes the structure tree: headings,
 * lists, tables, reading order, and a /Figure with /Alt for each named image and svg[role=img].
 * With `notes`, then prints the handout from the same page: A4, each slide above its notes.
 */
async function printWholeDeck(page: Page, size: { width: number, height: number }, total: number, timeout: number, notes: readonly string[][] | undefined): Promise<WholeDeck> {
  await waitForSlide(page, 1, timeout)
  const firstSlidePng = await page.screenshot({ type: 'png' })

  const order = await page.evaluate(() => {
    // Chromium tags an HTML <figure> as /Figure (an image, needing /Alt) even when it holds text,
    // lists or a table with a <figcaption>; as a group its content is read as what it is.
    for (const figure of document.querySelectorAll('[data-slidev-no] figure:not([role]):not([aria-label]):not([aria-labelledby])')) figure.setAttribute('role', 'group')
    const slides = [...document.querySelectorAll('#slideshow > [data-slidev-no]')]
    slides.forEach((slide, i) => {
      if (i > 0) slide.setAttribute('data-print-break', '')
    })
    return slides.map(slide => Number(slide.getAttribute('data-slidev-no')))
  })
  const expected = Array.from({ length: total }, (_, i) => i + 1)
  if (order.join() !== expected.join()) throw new Error(`the deck's print mode shows slides ${order.join(', ')}, expected 1 to ${total} in order`)

  const style = await page.addStyleTag({ content: printCss(size, false) })
  await waitForSlide(page, 'all', timeout)
  const errors: string[] = []
  const dimmed = await page.evaluate(() => [...document.querySelectorAll('[data-slidev-no]')]
    .filter(slide => slide.querySelector('.slidev-vclick-hidden'))
    .map(slide => Number(slide.getAttribute('data-slidev-no'))))
  if (dimmed.length > 0) errors.push(`slides ${dimmed.join(', ')} do not show their last click step in print mode`)
  const titles: SlideTitle[] = []
  for (let no = 1; no <= total; no++) {
    const heading = await page.locator(`#slideshow > [data-slidev-no="${no}"]`).evaluate(slideHeading)
    if (heading?.title.trim()) titles.push({ no, title: heading.title.replace(/\s+/g, ' ').trim(), level: heading.level })
  }
  const figures = await page.evaluate(collectFigures)

  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } })
  const pageCount = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount()
  if (pageCount !== total) errors.push(`the print has ${pageCount} pages for ${total} slides`)
  const whole: WholeDeck = { pages: [pdf], firstPageOfSlide: expected.map(no => no - 1), titles, firstSlidePng, figures, errors, tagged: true }
  if (!notes) return whole

  // The handout: the same slides at A4 width, each followed by its notes as text.
  await style.evaluate(el => (el as Element).remove())
  const handoutStyle = printCss(size, true)
  const pageHeights = await page.evaluate(({ notes, handoutStyle, contentWidth }) => {
    const style = document.createElement('style')
    style.textContent = handoutStyle
    document.head.append(style)
    const slides = [...document.querySelectorAll<HTMLElement>('#slideshow > [data-slidev-no]')]
    const blocks = slides.map((slide, i) => {
      const section = document.createElement('section')
      section.className = 'bs-handout-notes'
      section.setAttribute('aria-label', `Speaker notes, slide ${i + 1}`)
      const label = document.createElement('p')
      label.className = 'bs-handout-notes__label'
      label.textContent = `Slide ${i + 1} of ${slides.length} · speaker notes`
      section.append(label)
      const paragraphs = notes[i] ?? []
      for (const paragraph of paragraphs.length > 0 ? paragraphs : ['(No notes for this slide.)']) {
        const p = document.createElement('p')
        p.textContent = paragraph
        section.append(p)
      }
      slide.after(section)
      return { slide, section }
    })
    // Blocks laid out at the page's content width, to count the pages each takes.
    const slideshow = document.getElementById('slideshow')!
    slideshow.style.setProperty('width', `${contentWidth}px`, 'important')
    const heights = blocks.map(({ slide, section }) => slide.getBoundingClientRect().height + section.getBoundingClientRect().height + Number.parseFloat(getComputedStyle(section).marginTop))
    slideshow.style.removeProperty('width')
    return heights
  }, { notes, handoutStyle, contentWidth: (A4.widthMm - 2 * A4.marginMm) * MM })
  await waitForSlide(page, 'all', timeout)
  const contentHeight = (A4.heightMm - 2 * A4.marginMm) * MM
  const handoutPdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true })
  const firstPageOfSlide = handoutFirstPages(pageHeights.map(height => Math.ceil(height / contentHeight - 0.01)))
  const handoutPages = (await PDFDocument.load(handoutPdf, { updateMetadata: false })).getPageCount()
  const expectedPages = firstPageOfSlide.at(-1)! + Math.max(1, Math.ceil(pageHeights.at(-1)! / contentHeight - 0.01))
  if (handoutPages !== expectedPages) errors.push(`the handout has ${handoutPages} pages, expected ${expectedPages} for ${total} slides and their notes`)
  return { ...whole, errors, handout: { pdf: handoutPdf, firstPageOfSlide } }
}
