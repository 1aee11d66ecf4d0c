// Benchmark: what the site costs an attendee, ours (tsx scripts/build.ts, one shared assets/)
// against plain Slidev (slidev build per deck, each with its own assets/), on the same decks:
//   - duplicate share: bytes of the site stored more than once (a file byte-identical to another
//     file of the site counts from its second copy), PDFs and preview images aside;
//   - the first slide of the first deck with a cold cache: bytes and requests until the network
//     is idle;
//   - a second deck opened after it in the same browser: the bytes it fetches over the network,
//     as a share of the first deck's (the worst over every other deck).
// Both sites are served by the same local server, which lets the browser keep a Vite assets folder's
// content-hashed files (Cache-Control: immutable), as a static host is told to (dist/_headers).
//
//   tsx bench/site-bytes.ts [--decks a,b] [--keep] [--verbose]
//
// Targets: duplicate share ≤ 5 %; first slide ≤ 600 KB and ≤ 25 requests; second deck ≤ 15 %.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import sirv from 'sirv'
import { plainBuildLoop, ourBuild } from './build.ts'
import { type BenchResult, benchMain, COMMON_USAGE, type Context, decksLine, type Target } from './lib/common.ts'
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/lib/chromium.ts'
import { type DuplicateShare, duplicateShare } from '../scripts/lib/shared-assets.ts'

export const DUPLICATE_SHARE_TARGET = 0.05
export const FIRST_SLIDE_BYTES_TARGET = 600 * 1000
export const FIRST_SLIDE_REQUESTS_TARGET = 25
export const SECOND_DECK_SHARE_TARGET = 0.15
/** The deck an attendee opens first: the welcome deck when there is one. */
const FIRST_DECK = 'welcome'

const USAGE = `Usage: tsx bench/site-bytes.ts [options]
What the site costs an attendee (duplicate bytes, first slide, second deck): ours vs plain slidev build.
${COMMON_USAGE}`

/** Files that are not the decks' app: exported PDFs and the link preview images. */
const isExport = (file: string) => file.endsWith('.pdf') || path.basename(file) === 'og.png'

function* siteFiles(dir: string): Generator<Buffer> {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name)
    if (entry.isFile() && !isExport(file)) yield readFileSync(file)
  }
}

/** A static server for a site: a Vite assets folder's files may be kept for good, everything else is revalidated. */
async function serveSite(dir: string): Promise<{ origin: string, close: () => Promise<void> }> {
  const serve = sirv(dir, {
    etag: true,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', /(^|\/)assets\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  const server = http.createServer((req, res) => serve(req, res, () => {
    res.writeHead(404).end()
  }))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

export interface Download { bytes: number, requests: number }

interface SiteFigures {
  duplicate: DuplicateShare
  first: Download
  /** Each other deck opened after the first, in the same browser. */
  second: Array<{ slug: string, download: Download }>
}

async function measureSite(dir: string, slugs: readonly string[]): Promise<SiteFigures> {
  const duplicate = duplicateShare(siteFiles(dir))
  const server = await serveSite(dir)
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS })
  try {
    const first = slugs.includes(FIRST_DECK) ? FIRST_DECK : slugs[0]!
    const second: SiteFigures['second'] = []
    let firstDownload: Download | undefined
    for (const slug of slugs.filter(s => s !== first)) {
      // A fresh browser context per pair: an empty cache, then the first deck, then this one.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      let download: Download = { bytes: 0, requests: 0 }
      const fromNetwork = new Set<string>()
      cdp.on('Network.responseReceived', (event) => {
        // data: URLs (inline icons) are no download.
        if (!event.response.url.startsWith('http')) return
        if (!event.response.fromDiskCache && !event.response.fromPrefetchCache && !event.response.fromServiceWorker) fromNetwork.add(event.requestId)
      })
      cdp.on('Network.loadingFinished', (event) => {
        if (!fromNetwork.has(event.requestId)) return
        download.bytes += event.encodedDataLength
        download.requests++
      })
      const open = async (deck: string) => {
        download = { bytes: 0, requests: 0 }
        fromNetwork.clear()
        await page.goto(`${server.origin}/${deck}/`, { waitUntil: 'networkidle' })
        await page.locator('[data-slidev-no="1"]').first().waitFor()
        await page.waitForLoadState('networkidle')
        return download
      }
      const opened = await open(first)
      firstDownload ??= opened
      second.push({ slug, download: await open(slug) })
      await context.close()
    }
    return { duplicate, first: firstDownload ?? { bytes: 0, requests: 0 }, second }
  } finally {
    await browser.close()
    await server.close()
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`
const pct = (share: number) => `${(100 * share).toFixed(1)} %`

function siteLines(name: string, f: SiteFigures): string[] {
  const worst = Math.max(...f.second.map(s => s.download.bytes))
  return [
    `  ${name}: site ${kb(f.duplicate.total)} (PDFs and preview images aside), of which stored more than once ${kb(f.duplicate.duplicate)} (${pct(f.duplicate.share)})`,
    `  ${name}: first slide of ${FIRST_DECK}, cold cache: ${kb(f.first.bytes)} in ${f.first.requests} requests`,
    `  ${name}: second deck after it: ${f.second.map(s => `${s.slug} ${kb(s.download.bytes)} (${s.download.requests} req)`).join(', ')}; worst ${pct(worst / f.first.bytes)} of the first`,
  ]
}

export async function benchSiteBytes(ctx: Context): Promise<BenchResult> {
  ctx.out()
  ctx.out(`== site bytes: ${decksLine(ctx)}; what an attendee downloads ==`)
  const ours = path.join(ctx.sandbox.root, 'dist')
  const plain = path.join(ctx.sandbox.plainOut, 'build')
  const slugs = ctx.sandbox.decks.map(deck => deck.slug)
  // After bench/build.ts both sites are there; run alone, build them.
  const built = (dir: string) => slugs.every(slug => existsSync(path.join(dir, slug, 'index.html')))
  let ok = true
  if (!built(ours)) ok &&= (await ourBuild(ctx, 'site-bytes', false)).ok
  if (!built(plain)) ok &&= (await plainBuildLoop(ctx, 'site-bytes')).ok
  if (!ok) return { name: 'site-bytes', targets: [], ok: false }

  ctx.progress('site-bytes: ours in Chromium')
  const o = await measureSite(ours, slugs)
  ctx.progress('site-bytes: plain in Chromium')
  const p = await measureSite(plain, slugs)
  for (const line of [...siteLines('ours ', o), ...siteLines('plain', p)]) ctx.out(line)

  const worst = (f: SiteFigures) => Math.max(...f.second.map(s => s.download.bytes)) / f.first.bytes
  const targets: Target[] = [
    { bench: 'site-bytes', what: 'bytes stored more than once, ours', target: `≤ ${pct(DUPLICATE_SHARE_TARGET)}`, actual: `${pct(o.duplicate.share)} (plain: ${pct(p.duplicate.share)})`, met: o.duplicate.share <= DUPLICATE_SHARE_TARGET },
    { bench: 'site-bytes', what: 'second deck downloads, of the first, ours', target: `≤ ${pct(SECOND_DECK_SHARE_TARGET)}`, actual: `${pct(worst(o))} (plain: ${pct(worst(p))})`, met: worst(o) <= SECOND_DECK_SHARE_TARGET },
    { bench: 'site-bytes', what: 'first slide, cold cache, bytes, ours', target: `≤ ${kb(FIRST_SLIDE_BYTES_TARGET)}`, actual: `${kb(o.first.bytes)} (plain: ${kb(p.first.bytes)}, ratio ${(o.first.bytes / p.first.bytes).toFixed(2)}x)`, met: o.first.bytes <= FIRST_SLIDE_BYTES_TARGET },
    { bench: 'site-bytes', what: 'first slide, cold cache, requests, ours', target: `≤ ${FIRST_SLIDE_REQUESTS_TARGET}`, actual: `${o.first.requests} (plain: ${p.first.requests})`, met: o.first.requests <= FIRST_SLIDE_REQUESTS_TARGET },
  ]
  return { name: 'site-bytes', targets, ok: true }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await benchMain(USAGE, benchSiteBytes)
