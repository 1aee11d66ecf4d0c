// @vitest-environment node
// The pure parts of the PDF export and the preview server: outline building, PDF assembly
// (metadata, outline, pages), argument parsing, metadata from the event data, the SPA fallback.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, StandardFonts } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { beamSummit } from '../../data/index.ts'
import { canvasOf, parseExportArgs, pdfMetadataFor, UsageError as ExportUsageError } from '../../scripts/export.ts'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'
import { addOutline, assemblePdf, buildOutlineTree } from '../../scripts/lib/pdf.ts'
import { hubDecks } from '../../scripts/lib/render-hub.ts'
import { SITE_BASE_FILE } from '../../scripts/lib/site-base.ts'
import { type DistServer, fallbackFor, parsePreviewArgs, serveDist, UsageError as PreviewUsageError } from '../../scripts/preview.ts'

describe('buildOutlineTree', () => {
  it('nests entries under the nearest preceding lower level', () => {
    const tree = buildOutlineTree([
      { title: 'Intro', pageIndex: 0, level: 1 },
      { title: 'Why', pageIndex: 1, level: 2 },
      { title: 'How', pageIndex: 2, level: 2 },
      { title: 'Detail', pageIndex: 3, level: 3 },
      { title: 'Next part', pageIndex: 4, level: 1 },
      { title: '   ', pageIndex: 5, level: 1 },
      { title: 'Thanks\n  all', pageIndex: 6, level: 2 },
    ])
    expect(tree.map(n => n.title)).toEqual(['Intro', 'Next part'])
    expect(tree[0]!.children.map(n => n.title)).toEqual(['Why', 'How'])
    expect(tree[0]!.children[1]!.children.map(n => n.title)).toEqual(['Detail'])
    expect(tree[1]!.children.map(n => n.title)).toEqual(['Thanks all'])
  })

  it('keeps a deck that starts below level 1 flat at the top', () => {
    const tree = buildOutlineTree([{ title: 'A', pageIndex: 0, level: 2 }, { title: 'B', pageIndex: 1, level: 2 }])
    expect(tree.map(n => [n.title, n.children.length])).toEqual([['A', 0], ['B', 0]])
  })
})

async function onePagePdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([735, 414])
  page.drawText(text, { x: 20, y: 200, size: 24, font: await doc.embedFont(StandardFonts.Helvetica) })
  return doc.save()
}

interface OutlineItem { title: string, page: number, children: OutlineItem[] }

function readOutline(doc: PDFDocument): { count: number, items: OutlineItem[] } {
  const pageRefs = doc.getPages().map(p => p.ref.toString())
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
  const walk = (first: unknown): OutlineItem[] => {
    const items: OutlineItem[] = []
    let item = first instanceof PDFRef ? doc.context.lookup(first, PDFDict) : undefined
    while (item) {
      const dest = item.lookup(PDFName.of('Dest'), PDFArray)
      items.push({
        title: item.lookup(PDFName.of('Title'), PDFHexString).decodeText(),
        page: pageRefs.indexOf(dest.get(0).toString()),
        children: walk(item.get(PDFName.of('First'))),
      })
      const next = item.get(PDFName.of('Next'))
      item = next instanceof PDFRef ? doc.context.lookup(next, PDFDict) : undefined
    }
    return items
  }
  return { count: root.lookup(PDFName.of('Count'), PDFNumber).asNumber(), items: walk(root.get(PDFName.of('First'))) }
}

describe('assemblePdf', () => {
  it('merges the pages, sets the metadata and writes a nested outline pointing at the pages', async () => {
    const pages = await Promise.all(['One', 'Two', 'Three'].map(onePagePdf))
    const bytes = await assemblePdf(pages, { title: 'Tailoring pipelines at Spotify', author: 'Rickard Zwahlen', subject: 'Keynote', keywords: ['Beam'] }, [
      { title: 'Tailoring pipelines', pageIndex: 0, level: 1 },
      { title: 'Scio', pageIndex: 1, level: 2 },
      { title: 'Thanks', pageIndex: 2, level: 1 },
    ])
    const doc = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(doc.getPageCount()).toBe(3)
    expect(doc.getTitle()).toBe('Tailoring pipelines at Spotify')
    expect(doc.getAuthor()).toBe('Rickard Zwahlen')
    expect(doc.getSubject()).toBe('Keynote')
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'))
    const outline = readOutline(doc)
    expect(outline.count).toBe(3)
    expect(outline.items).toEqual([
      { title: 'Tailoring pipelines', page: 0, children: [{ title: 'Scio', page: 1, children: [] }] },
      { title: 'Thanks', page: 2, children: [] },
    ])
  })

  it('writes no outline when no slide has a title', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    addOutline(doc, [])
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeUndefined()
  })

  it('refuses to make an empty PDF', async () => {
    await expect(assemblePdf([], { title: 't' }, [])).rejects.toThrow(/no pages/)
  })
})

describe('pdfMetadataFor', () => {
  const decks = hubDecks([
    { slug: 'welcome', headmatter: { session: 'welcome' } },
    { slug: 'tailoring-pipelines-at-spotify', headmatter: { session: 'tailoring-pipelines-at-spotify' } },
    { slug: 'vega', headmatter: { session: 'vega-mlops-credit-karma' } },
    { slug: 'poc', headmatter: { title: 'POC' } },
  ], beamSummit)
  const bySlug = (slug: string) => decks.find(d => d.slug === slug)!

  it('titles a talk with its session and credits its speakers', () => {
    expect(pdfMetadataFor(bySlug('tailoring-pipelines-at-spotify'), beamSummit)).toMatchObject({
      title: 'Tailoring pipelines at Spotify',
      author: 'Rickard Zwahlen',
      subject: expect.stringContaining('Monday, July 18, 10:50–11:15, Room 204 (Amphitheatre)'),
    })
    expect(pdfMetadataFor(bySlug('vega'), beamSummit).author).toBe('Debasish Das, Vishnu Venkataraman, Raj Katakam')
  })

  it('titles the welcome deck with the event and credits its organizers', () => {
    expect(pdfMetadataFor(bySlug('welcome'), beamSummit)).toMatchObject({ title: 'Beam Summit 2022', author: 'Pablo Estrada, Danielle Syse' })
  })

  it('keeps a deck without a session to its own title', () => {
    expect(pdfMetadataFor(bySlug('poc'), beamSummit)).toMatchObject({ title: 'POC' })
  })
})

describe('canvasOf', () => {
  it('follows Slidev: 980 wide, 16:9, height rounded up', () => {
    expect(canvasOf({})).toEqual({ width: 980, height: 552 })
    expect(canvasOf({ aspectRatio: '4/3', canvasWidth: 800 })).toEqual({ width: 800, height: 600 })
    expect(canvasOf({ aspectRatio: '16:9' })).toEqual({ width: 980, height: 552 })
    expect(canvasOf({ aspectRatio: 2 })).toEqual({ width: 980, height: 490 })
  })
})

describe('parseExportArgs', () => {
  it('reads decks, clicks, jobs and the folder', () => {
    expect(parseExportArgs(['--deck', 'a', '--deck=b', '--with-clicks', '--jobs', '3', '--dir', 'out'])).toEqual({
      decks: ['a', 'b'], withClicks: true, handout: false, jobs: 3, dir: path.resolve('out'), force: false,
    })
    expect(parseExportArgs(['--force'])).toMatchObject({ force: true })
    expect(parseExportArgs(['--handout'])).toMatchObject({ handout: true, withClicks: false })
    expect(parseExportArgs([])).toMatchObject({ decks: [], withClicks: false, jobs: 2, dir: path.join(REPO_ROOT, 'dist') })
    expect(parseExportArgs(['-h'])).toBe('help')
  })

  it('rejects unknown flags and bad values', () => {
    expect(() => parseExportArgs(['--bogus'])).toThrow(ExportUsageError)
    expect(() => parseExportArgs(['--deck'])).toThrow(/needs a value/)
    expect(() => parseExportArgs(['--deck', '--with-clicks'])).toThrow(/needs a value/)
    expect(() => parseExportArgs(['--jobs', '0'])).toThrow(/positive/)
    expect(() => parseExportArgs(['--with-clicks=yes'])).toThrow(/Unknown/)
    expect(() => parseExportArgs(['--handout', '--with-clicks'])).toThrow(/not with --with-clicks/)
  })
})

describe('export CLI', () => {
  const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx')
  const run = (...args: string[]) => spawnSync(tsx, ['scripts/export.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' })

  it('exits 2 on an unknown flag, with the usage', () => {
    const result = run('--frobnicate')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Unknown argument: --frobnicate')
    expect(result.stderr).toContain('Usage:')
  }, 60_000)

  it('says to build first when the site is missing', () => {
    const result = run('--dir', path.join(os.tmpdir(), `no-dist-${process.pid}`))
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('run npm run build first')
  }, 60_000)
})

describe('preview server', () => {
  let dir: string
  let server: DistServer
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-preview-'))
    mkdirSync(path.join(dir, 'deck', 'assets'), { recursive: true })
    mkdirSync(path.join(dir, 'sessions'), { recursive: true })
    writeFileSync(path.join(dir, 'index.html'), '<h1>hub</h1>')
    writeFileSync(path.join(dir, 'deck', 'index.html'), '<div id="app">deck</div>')
    writeFileSync(path.join(dir, 'deck', 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(path.join(dir, 'deck', 'deck.pdf'), '%PDF-1.7')
    writeFileSync(path.join(dir, 'sessions', 'welcome.ics'), 'BEGIN:VCALENDAR')
    server = await serveDist(dir, { port: 0 })
  })
  afterAll(async () => {
    await server?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const get = async (url: string) => {
    const response = await fetch(server.origin + url)
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() }
  }

  it('serves files and the hub', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: '<h1>hub</h1>' })
    expect(await get('/deck/')).toMatchObject({ status: 200, body: '<div id="app">deck</div>' })
    expect(await get('/deck/assets/app.js')).toMatchObject({ status: 200 })
    expect((await get('/deck/deck.pdf')).type).toContain('application/pdf')
    expect((await get('/sessions/welcome.ics')).status).toBe(200)
  })

  it('answers deck routes with the deck app, and missing files with 404', async () => {
    expect(await get('/deck/3')).toMatchObject({ status: 200, body: '<div id="app">deck</div>' })
    expect(await get('/deck/presenter/2?clicks=1')).toMatchObject({ status: 200, body: '<div id="app">deck</div>' })
    expect((await get('/deck/assets/gone.js')).status).toBe(404)
    expect((await get('/deck/other.pdf')).status).toBe(404)
    expect((await get('/nothing/here')).status).toBe(404)
  })

  it('falls back only for page-like paths of a built deck', () => {
    expect(fallbackFor(dir, '/deck/7')).toBe('/deck/index.html')
    expect(fallbackFor(dir, '/deck/assets/x')).toBeUndefined()
    expect(fallbackFor(dir, '/deck/x.png')).toBeUndefined()
    expect(fallbackFor(dir, '/nothing/7')).toBeUndefined()
    expect(fallbackFor(dir, '/')).toBeUndefined()
  })

  it('serves a site built for a sub-path there only, and sends the host\'s top to it', async () => {
    writeFileSync(path.join(dir, SITE_BASE_FILE), '/conf/2022/\n')
    try {
      expect(server.siteUrl).toBe(`${server.origin}/`) // read when the server started
      expect(await get('/conf/2022/')).toMatchObject({ status: 200, body: '<h1>hub</h1>' })
      expect(await get('/conf/2022')).toMatchObject({ status: 200, body: '<h1>hub</h1>' })
      expect(await get('/conf/2022/deck/3')).toMatchObject({ status: 200, body: '<div id="app">deck</div>' })
      expect((await get('/conf/2022/deck/assets/app.js')).status).toBe(200)
      expect((await get('/conf/2022/deck/assets/gone.js')).status).toBe(404)
      expect((await get('/deck/3')).status).toBe(404)
      expect((await get('/conf/2022/.site-base')).status).toBe(404)
      const top = await fetch(`${server.origin}/`, { redirect: 'manual' })
      expect(top.status).toBe(302)
      expect(top.headers.get('location')).toBe('/conf/2022/')
    } finally {
      rmSync(path.join(dir, SITE_BASE_FILE))
    }
  })

  it('parses its flags', () => {
    expect(parsePreviewArgs([])).toMatchObject({ port: 4173, host: '127.0.0.1' })
    expect(parsePreviewArgs(['--port', '0'])).toMatchObject({ port: 0 })
    expect(parsePreviewArgs(['--port=8080'])).toMatchObject({ port: 8080 })
    expect(() => parsePreviewArgs(['--port', 'x'])).toThrow(PreviewUsageError)
    expect(() => parsePreviewArgs(['--what'])).toThrow(/Unknown argument/)
  })
})
