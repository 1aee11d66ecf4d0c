// The PDF of every built deck (npm run export): one page per slide, each slide's title in the
// text of its page, our fonts embedded, an outline, title/author from the event data, the
// deck's external links clickable, and the og.png of its first slide.
//
// Decks whose PDF is missing or older than their build are exported first, in the shared browser.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { beamSummit } from '../../data/index.ts'
import { canvasOf, exportStale } from '../../scripts/export.ts'
import { type Deck, discoverDecks, loadDeck, REPO_ROOT } from '../../scripts/lib/decks.ts'
import { type DistServer, serveDist } from '../../scripts/preview.ts'
import { markdownTitle, normalizeText } from '../lib/slide-text.ts'

const DIST = path.join(REPO_ROOT, 'dist')
const { wsEndpoint } = inject('e2e')
const decks = discoverDecks().filter(deck => existsSync(path.join(DIST, deck.slug, 'index.html')))

let browser: Browser
let server: DistServer
beforeAll(async () => {
  browser = await chromium.connect(wsEndpoint)
  server = await serveDist(DIST)
  const results = await exportStale({ dir: DIST, decks, browser, origin: server.origin, log: line => console.log(`[export] ${line}`) })
  const failed = results.filter(r => !r.ok)
  if (failed.length > 0) throw new Error(`npm run export failed for ${failed.map(r => `${r.slug}: ${r.error}`).join('\n')}`)
}, 30 * 60_000)
afterAll(async () => {
  await server?.close()
  await browser?.close()
})

// ---- reading the markdown ---------------------------------------------------------------

async function slideTitles(deck: Deck): Promise<Array<string | undefined>> {
  return (await loadDeck(deck)).slides.map(slide => markdownTitle(slide.content))
}

// ---- reading the PDF --------------------------------------------------------------------

async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise
  const texts: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    texts.push(content.items.map(item => ('str' in item ? item.str : '')).join(' '))
  }
  await doc.destroy()
  return texts
}

interface FontInfo { name: string, embedded: boolean }

/** Every font the pages use (also inside form XObjects), and whether its program is embedded. */
function fontsOf(doc: PDFDocument): FontInfo[] {
  const fonts = new Map<string, FontInfo>()
  const seen = new Set<PDFDict>()
  const dict = (value: unknown): PDFDict | undefined => {
    const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value
    if (resolved instanceof PDFDict) return resolved
    if (resolved instanceof PDFStream) return resolved.dict
    return undefined
  }
  const visitResources = (resources: PDFDict | undefined) => {
    if (!resources || seen.has(resources)) return
    seen.add(resources)
    const fontDict = dict(resources.get(PDFName.of('Font')))
    for (const [, ref] of fontDict?.entries() ?? []) {
      const font = dict(ref)
      if (!font) continue
      const subtype = font.get(PDFName.of('Subtype'))?.toString()
      const name = font.get(PDFName.of('BaseFont'))?.toString().replace(/^\//, '') ?? '(unnamed)'
      if (subtype === '/Type3') {
        fonts.set(name, { name, embedded: true })
        continue
      }
      let descriptorOwner = font
      if (subtype === '/Type0') {
        const descendants = doc.context.lookup(font.get(PDFName.of('DescendantFonts'))) as PDFArray | undefined
        descriptorOwner = dict(descendants?.get(0)) ?? font
      }
      const descriptor = dict(descriptorOwner.get(PDFName.of('FontDescriptor')))
      const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor.get(PDFName.of(key)) !== undefined)
      fonts.set(name, { name, embedded: (fonts.get(name)?.embedded ?? true) && embedded })
    }
    const xobjects = dict(resources.get(PDFName.of('XObject')))
    for (const [, ref] of xobjects?.entries() ?? []) visitResources(dict(dict(ref)?.get(PDFName.of('Resources'))))
  }
  for (const page of doc.getPages()) visitResources(dict(page.node.get(PDFName.of('Resources'))))
  return [...fonts.values()]
}

function outlineTitles(doc: PDFDocument): string[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const titles: string[] = []
  const walk = (ref: unknown) => {
    let item = ref instanceof PDFRef ? doc.context.lookup(ref, PDFDict) : undefined
    while (item) {
      titles.push((item.lookup(PDFName.of('Title')) as unknown as { decodeText: () => string }).decodeText())
      walk(item.get(PDFName.of('First')))
      const next = item.get(PDFName.of('Next'))
      item = next instanceof PDFRef ? doc.context.lookup(next, PDFDict) : undefined
    }
  }
  walk(root?.get(PDFName.of('First')))
  return titles
}

function linkUris(doc: PDFDocument): Set<string> {
  const uris = new Set<string>()
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i, PDFDict)
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict)
      const uri = action?.get(PDFName.of('URI')) as { decodeText?: () => string, asString?: () => string } | undefined
      const text = uri?.decodeText?.() ?? uri?.asString?.()
      if (text) uris.add(text)
    }
  }
  return uris
}

function pngSize(file: string): { width: number, height: number } {
  const bytes = readFileSync(file)
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))).toBe(true)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** External links the built deck renders, from all its slides (print mode mounts every slide). */
async function renderedExternalLinks(deck: Deck): Promise<string[]> {
  const context = await browser.newContext({ viewport: canvasOf(deck.headmatter) })
  await context.route(url => !url.href.startsWith(`${server.origin}/`), route => route.abort('blockedbyclient'))
  try {
    const page = await context.newPage()
    await page.goto(`${server.origin}/${deck.slug}/1?print=true`, { waitUntil: 'load' })
    await page.waitForSelector('[data-slidev-no]', { state: 'attached' })
    await page.waitForLoadState('networkidle')
    return await page.$$eval('#slideshow a[href^="http"]', links => [...new Set(links.map(a => (a as HTMLAnchorElement).href))])
  } finally {
    await context.close()
  }
}

// ---- the checks -------------------------------------------------------------------------

describe('markdownTitle', () => {
  test('finds the first h1/h2 and strips markdown, and compares typography-insensitively', () => {
    expect(markdownTitle('# Hello **world**\n## Next')).toBe('Hello world')
    expect(markdownTitle('```md\n# not this\n```\n\n## [Linked](https://x.org) title')).toBe('Linked title')
    expect(markdownTitle('### Only h3')).toBeUndefined()
    expect(markdownTitle('<Component />')).toBeUndefined()
    expect(normalizeText('Before anything..!')).toBe(normalizeText('Before anything…!'))
    expect(normalizeText('It’s -- "quoted" (c)')).toBe(normalizeText('It\'s – “quoted” ©'))
  })
})

test('there are built decks to check', () => {
  expect(decks.length).toBeGreaterThan(0)
})

test.each(decks.map(deck => [deck.slug, deck] as const))('%s', async (slug, deck) => {
  const pdfFile = path.join(DIST, slug, `${slug}.pdf`)
  expect(existsSync(pdfFile), `${pdfFile} exists`).toBe(true)
  const bytes = new Uint8Array(readFileSync(pdfFile))
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const problems: string[] = []

  // One page per slide.
  const { slides } = await loadDeck(deck)
  if (doc.getPageCount() !== slides.length) problems.push(`${doc.getPageCount()} pages for ${slides.length} slides`)

  // Every slide's title is text on its page.
  const titles = await slideTitles(deck)
  const texts = (await pageTexts(bytes)).map(normalizeText)
  titles.forEach((title, i) => {
    if (!title) return
    const page = texts[i] ?? ''
    if (!page.includes(normalizeText(title))) problems.push(`slide ${i + 1}: title "${title}" is not in the text of page ${i + 1}`)
  })

  // Fonts: all embedded, and they are ours.
  const fonts = fontsOf(doc)
  const notEmbedded = fonts.filter(font => !font.embedded)
  if (notEmbedded.length > 0) problems.push(`fonts not embedded: ${notEmbedded.map(f => f.name).join(', ')}`)
  if (!fonts.some(font => /Inter|SpaceGrotesk/i.test(font.name))) problems.push(`none of the brand fonts is used (fonts: ${fonts.map(f => f.name).join(', ')})`)

  // Outline from the slide titles.
  const outline = outlineTitles(doc)
  const titled = titles.filter(Boolean).length
  if (outline.length < titled) problems.push(`outline has ${outline.length} entries, fewer than the ${titled} slides with a title`)
  if (outline.length === 0) problems.push('no outline')

  // Metadata from the event data.
  const sessionId = deck.headmatter.session as string | undefined
  if (sessionId) {
    const session = beamSummit.sessionById(sessionId)
    const expectedTitle = session.kind === 'welcome' ? beamSummit.event.edition : session.title
    const people = session.kind === 'welcome' ? beamSummit.organizers() : beamSummit.speakersOf(session)
    if (doc.getTitle() !== expectedTitle) problems.push(`title "${doc.getTitle()}", expected "${expectedTitle}"`)
    if (doc.getAuthor() !== people.map(p => p.name).join(', ')) problems.push(`author "${doc.getAuthor()}", expected ${people.map(p => p.name).join(', ')}`)
  } else if (!doc.getTitle()) {
    problems.push('no title')
  }

  // The deck's external links stay clickable.
  const uris = linkUris(doc)
  const links = await renderedExternalLinks(deck)
  const lost = links.filter(href => !uris.has(href))
  if (lost.length > 0) problems.push(`links not clickable in the PDF: ${lost.join(', ')}`)

  // og.png: the first slide at canvas size.
  const og = path.join(DIST, slug, 'og.png')
  if (!existsSync(og)) problems.push('no og.png')
  else expect(pngSize(og)).toEqual(canvasOf(deck.headmatter))

  // A failure on a build older than its sources may just be a stale dist/ (E2E_SKIP_BUILD=1).
  const built = statSync(path.join(DIST, slug, 'index.html')).mtimeMs
  const stale = (await loadDeck(deck)).files.some(file => statSync(file).mtimeMs > built)
  const hint = stale ? `\n(dist/${slug}/ is older than ${deck.relPath}: rebuild before trusting this)` : ''
  expect(problems, `${deck.relPath}:\n${problems.join('\n')}${hint}`).toEqual([])
})
