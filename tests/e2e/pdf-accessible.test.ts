// Every exported PDF and handout (npm run export -- --handout) is accessible: tagged (/MarkInfo
// /Marked true, a /StructTreeRoot), its structure tree's headings are the slide titles, every
// /Figure has alternative text; the handout is A4 and holds every slide's speaker notes as text.
//
// Decks whose PDF or handout is missing or older than their build are exported first, in the
// shared browser. PDF_DECKS=welcome,rooms checks only those decks (when iterating).
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { beamSummit } from '../../data/index.ts'
import { exportStale } from '../../scripts/export.ts'
import { discoverDecks, loadDeck, REPO_ROOT } from '../../scripts/lib/decks.ts'
import { handoutFileName, noteParagraphs } from '../../scripts/lib/handout.ts'
import { type DistServer, serveDist } from '../../scripts/preview.ts'
import { type StructElement, structureByPage, taggingProblems } from '../lib/pdf-structure.ts'
import { markdownTitle, normalizeText } from '../lib/slide-text.ts'

const DIST = path.join(REPO_ROOT, 'dist')
const { wsEndpoint } = inject('e2e')
const only = process.env.PDF_DECKS?.split(',').map(slug => slug.trim()).filter(Boolean)
const decks = discoverDecks()
  .filter(deck => existsSync(path.join(DIST, deck.slug, 'index.html')))
  .filter(deck => !only || only.includes(deck.slug))

let browser: Browser
let server: DistServer
beforeAll(async () => {
  browser = await chromium.connect(wsEndpoint)
  server = await serveDist(DIST)
  const results = await exportStale({ dir: DIST, decks, handout: true, browser, origin: server.origin, log: line => console.log(`[export] ${line}`) })
  const failed = results.filter(r => !r.ok)
  if (failed.length > 0) throw new Error(`npm run export -- --handout failed for ${failed.map(r => `${r.slug}: ${r.error}`).join('\n')}`)
}, 30 * 60_000)
afterAll(async () => {
  await server?.close()
  await browser?.close()
})

const headings = (elements: readonly StructElement[]) => elements.filter(el => /^H[1-6]?$/.test(el.role))

/** The page's headings hold the slide's title (as text, typography aside). */
function titleProblem(elements: readonly StructElement[], title: string, where: string): string | undefined {
  const wanted = normalizeText(title)
  const found = headings(elements).map(el => el.text)
  if (found.some(text => normalizeText(text) === wanted || normalizeText(text).includes(wanted))) return undefined
  return `${where}: no heading "${title}" in the structure tree (headings: ${found.map(t => JSON.stringify(t)).join(', ') || 'none'})`
}

function figureProblems(pages: readonly StructElement[][], file: string): string[] {
  return pages.flatMap((elements, i) => elements
    .filter(el => el.role === 'Figure' && !el.alt?.trim())
    .map(el => `${file} page ${i + 1}: a /Figure without /Alt${el.text ? ` (holding "${el.text.slice(0, 60)}")` : ''}`))
}

test('there are built decks to check', () => {
  expect(decks.length).toBeGreaterThan(0)
})

test.each(decks.map(deck => [deck.slug, deck] as const))('%s: tagged PDF and handout', async (slug, deck) => {
  const { slides } = await loadDeck(deck, beamSummit)
  const titles = slides.map(slide => markdownTitle(slide.content))
  const problems: string[] = []

  // The deck's PDF: a page per slide, its headings the slide titles, every figure named.
  const pdfFile = `${slug}.pdf`
  const bytes = new Uint8Array(readFileSync(path.join(DIST, slug, pdfFile)))
  problems.push(...taggingProblems(await PDFDocument.load(bytes, { updateMetadata: false })).map(p => `${pdfFile}: ${p}`))
  const pages = await structureByPage(bytes)
  if (pages.length !== slides.length) problems.push(`${pdfFile}: ${pages.length} pages for ${slides.length} slides`)
  titles.forEach((title, i) => {
    if (!title) return
    const problem = titleProblem(pages[i] ?? [], title, `${pdfFile} page ${i + 1}`)
    if (problem) problems.push(problem)
  })
  problems.push(...figureProblems(pages, pdfFile))

  // The handout: A4, tagged, each slide's block (from its "Slide N of M" label) with its title and notes.
  const handoutFile = handoutFileName(slug)
  const handoutPath = path.join(DIST, slug, handoutFile)
  expect(existsSync(handoutPath), `${handoutPath} exists`).toBe(true)
  const handoutBytes = new Uint8Array(readFileSync(handoutPath))
  const handout = await PDFDocument.load(handoutBytes, { updateMetadata: false })
  problems.push(...taggingProblems(handout).map(p => `${handoutFile}: ${p}`))
  const size = handout.getPage(0).getSize()
  if (Math.abs(size.width - 595.3) > 2 || Math.abs(size.height - 841.9) > 2) problems.push(`${handoutFile}: pages of ${size.width.toFixed(0)}x${size.height.toFixed(0)} pt, not A4 portrait`)
  const handoutPages = await structureByPage(handoutBytes)
  const pageTexts = handoutPages.map(elements => normalizeText(elements.filter(el => el.depth === 0).map(el => el.text).join(' ')))
  const firstPage = slides.map((_, i) => pageTexts.findIndex(text => text.includes(normalizeText(`Slide ${i + 1} of ${slides.length} · speaker notes`))))
  slides.forEach((slide, i) => {
    const start = firstPage[i]!
    if (start < 0) {
      problems.push(`${handoutFile}: no page for slide ${i + 1}`)
      return
    }
    const end = firstPage.slice(i + 1).find(page => page >= 0) ?? pageTexts.length
    const block = handoutPages.slice(start, Math.max(end, start + 1)).flat()
    const title = titles[i]
    const problem = title && titleProblem(block, title, `${handoutFile} slide ${i + 1}`)
    if (problem) problems.push(problem)
    const text = pageTexts.slice(start, Math.max(end, start + 1)).join('')
    for (const paragraph of noteParagraphs(slide.note)) {
      if (!text.includes(normalizeText(paragraph))) problems.push(`${handoutFile} slide ${i + 1}: the notes' "${paragraph.slice(0, 60)}" is not in its text`)
    }
  })
  problems.push(...figureProblems(handoutPages, handoutFile))

  expect(problems, `${deck.relPath}:\n${problems.join('\n')}`).toEqual([])
})
