// Benchmark: PDF export of every deck.
//   ours:  tsx scripts/export.ts --force on a built dist/ (one shared Chromium, decks printed from
//          the built site; --force so that no deck is skipped as up to date); the build itself is
//          not counted (it is done once, untimed, if needed)
//   plain: node_modules/.bin/slidev export slides/<slug>/slides.md --output <tmp>/<slug>.pdf
//          --executable-path <chromium>, one deck after the other (each run starts a Vite dev
//          server and its own browser)
// Both run in a temp copy of the repo (see lib/sandbox.ts). Both use the same Chromium
// (scripts/lib/chromium.ts's findChromium(): /usr/bin/chromium here). Running as root needs
// no wrapper: Slidev launches it with Playwright's chromium.launch({ executablePath }), and
// Playwright adds --no-sandbox itself unless chromiumSandbox: true is asked for.
//
//   tsx bench/export.ts [--decks a,b] [--runs N] [--keep] [--verbose]
//
// Target: ours/plain time ≤ 0.35x.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PDFDocument } from 'pdf-lib'
import { findChromium } from '../scripts/lib/chromium.ts'
import { ourBuild } from './build.ts'
import {
  type BenchResult, benchMain, checkRun, combineRuns, COMMON_USAGE, type Context, decksLine, type Figures, loopOf,
  type LoopMeasurement, ratioTarget, runLine, runsNote, secs, SLIDEV, summaryLines, TSX,
} from './lib/common.ts'
import { type Measurement, mib, ok } from './lib/measure.ts'

export const EXPORT_RATIO_TARGET = 0.35

const USAGE = `Usage: tsx bench/export.ts [options]
PDF export of every deck: our tsx scripts/export.ts (built site, one Chromium) vs plain slidev export, one deck at a time.
${COMMON_USAGE}`

async function pageCount(file: string): Promise<number | undefined> {
  try {
    return (await PDFDocument.load(readFileSync(file), { ignoreEncryption: true, updateMetadata: false })).getPageCount()
  } catch {
    return undefined
  }
}

/** PDFs written since `since` (ms epoch), with their page counts; undefined for a deck without one. */
async function pdfsSince(files: Map<string, string>, since: number): Promise<Map<string, number | undefined>> {
  const pages = new Map<string, number | undefined>()
  for (const [slug, file] of files) {
    pages.set(slug, existsSync(file) && statSync(file).mtimeMs >= since ? await pageCount(file) : undefined)
  }
  return pages
}

async function ourExport(ctx: Context, tag: string): Promise<{ m: Measurement, ok: boolean, pages: Map<string, number | undefined> }> {
  ctx.progress(`${tag}: ours tsx scripts/export.ts`)
  const since = Date.now() - 1000
  // export.ts may skip decks whose PDF is newer than their build; every run must print them all.
  const force = readFileSync(path.join(ctx.sandbox.root, 'scripts/export.ts'), 'utf8').includes(`'--force'`) ? ['--force'] : []
  const m = await ctx.run(`${tag}-ours-export`, [TSX, 'scripts/export.ts', ...force])
  const pages = await pdfsSince(new Map(ctx.sandbox.decks.map(d => [d.slug, path.join(ctx.sandbox.root, 'dist', d.slug, `${d.slug}.pdf`)])), since)
  const missing = [...pages].filter(([, n]) => !n).map(([slug]) => slug)
  if (ok(m) && missing.length > 0) {
    m.code = -1
    ctx.out(`  ✗ tsx scripts/export.ts exited 0 but wrote no PDF for ${missing.join(', ')}`)
  }
  return { m, ok: checkRun(ctx, m, 'tsx scripts/export.ts'), pages }
}

async function plainExportLoop(ctx: Context, tag: string, chromium: string): Promise<LoopMeasurement & { pages: Map<string, number | undefined> }> {
  const outRoot = path.join(ctx.sandbox.plainOut, 'export')
  rmSync(outRoot, { recursive: true, force: true })
  mkdirSync(outRoot, { recursive: true })
  const perDeck: LoopMeasurement['perDeck'] = []
  const pages = new Map<string, number | undefined>()
  for (const deck of ctx.sandbox.decks) {
    const out = path.join(outRoot, `${deck.slug}.pdf`)
    ctx.progress(`${tag}: plain slidev export ${deck.relPath}`)
    const m = await ctx.run(`${tag}-plain-export-${deck.slug}`, [SLIDEV, 'export', deck.relPath, '--output', out, '--executable-path', chromium])
    const n = existsSync(out) ? await pageCount(out) : undefined
    if (ok(m) && !n) m.code = -1
    checkRun(ctx, m, `plain slidev export ${deck.relPath}`)
    perDeck.push({ slug: deck.slug, m })
    pages.set(deck.slug, n)
  }
  return { ...loopOf(perDeck), pages }
}

export async function benchExport(ctx: Context): Promise<BenchResult> {
  const { runs } = ctx.options
  ctx.out()
  ctx.out(`== export: PDF of ${decksLine(ctx)}, ${runsNote(ctx)} ==`)
  const chromium = findChromium()
  if (!chromium) {
    ctx.out('  ✗ no Chromium found (see scripts/lib/chromium.ts)')
    return { name: 'export', targets: [ratioTarget('export', undefined, undefined, EXPORT_RATIO_TARGET)], ok: false }
  }
  ctx.out(`  chromium: ${chromium} (both sides)`)
  const unbuilt = ctx.sandbox.decks.filter(d => !existsSync(path.join(ctx.sandbox.root, 'dist', d.slug, 'index.html')))
  if (unbuilt.length > 0) {
    const built = await ourBuild(ctx, 'export-setup', false)
    if (!built.ok) return { name: 'export', targets: [ratioTarget('export', undefined, undefined, EXPORT_RATIO_TARGET)], ok: false }
    ctx.out(`  built dist/ first (not counted): ${secs(built.m.seconds)}`)
  }

  const oursRuns: Figures[] = []
  const plainRuns: Figures[] = []
  let allOk = true
  let last: { ours: Awaited<ReturnType<typeof ourExport>>, plain: Awaited<ReturnType<typeof plainExportLoop>> } | undefined
  for (let i = 1; i <= runs; i++) {
    const tag = `export-run${i}`
    const ours = await ourExport(ctx, tag)
    const plain = await plainExportLoop(ctx, tag, chromium)
    if (ours.ok) oursRuns.push(ours.m)
    if (plain.ok) plainRuns.push(plain)
    allOk &&= ours.ok && plain.ok
    last = { ours, plain }
    if (runs > 1) ctx.out(runLine(i, runs, [['ours', ours.ok ? ours.m : undefined], ['plain', plain.ok ? plain : undefined]]))
  }
  const ours = oursRuns.length === runs ? combineRuns(oursRuns) : undefined
  const plain = plainRuns.length === runs ? combineRuns(plainRuns) : undefined
  for (const line of summaryLines([
    { side: 'ours   tsx scripts/export.ts (built site, 1 browser)', f: ours },
    { side: `plain  slidev export × ${ctx.sandbox.decks.length} (sequential)`, f: plain },
  ])) ctx.out(line)

  if (last) {
    // Per deck: pages (a check that both printed the same slides) and times.
    const deckLine = /^[✓✗]\s+(\S+)\s+.*?([\d.]+)s$/
    const oursSeconds = new Map<string, { seconds: number, doneAt: number }>()
    for (const line of last.ours.m.lines) {
      const match = deckLine.exec(line.text.trim())
      if (match) oursSeconds.set(match[1]!, { seconds: Number(match[2]), doneAt: line.at })
    }
    const rows = ctx.sandbox.decks.map((deck) => {
      const p = last!.plain.perDeck.find(d => d.slug === deck.slug)?.m
      const o = oursSeconds.get(deck.slug)
      return [
        deck.slug,
        String(last!.plain.pages.get(deck.slug) ?? '-'),
        String(last!.ours.pages.get(deck.slug) ?? '-'),
        p ? secs(p.seconds) : '-',
        p?.maxProcess ? `${mib(p.maxProcess.peakKb)} MiB` : '-',
        p ? `${mib(p.maxTreeKb)} MiB` : '-',
        o ? secs(o.seconds) : '-',
        o ? secs(o.doneAt) : '-',
      ]
    })
    const header = ['deck', 'plain pages', 'ours pages', 'plain', 'plain peak', 'plain tree', 'ours', 'ours done at']
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i]!.length)))
    const fmt = (r: string[]) => `    ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')}`.trimEnd()
    ctx.out('  per deck (last run; "ours" is the deck\'s time inside the shared browser, 2 decks at a time):')
    ctx.out(fmt(header))
    for (const row of rows) ctx.out(fmt(row))
    const start = last.ours.m.lines.find(l => /^Exporting \d+ deck/.test(l.text))
    if (start) {
      const lastDeck = Math.max(0, ...[...oursSeconds.values()].map(o => o.doneAt))
      ctx.out(`  ours timeline: start-up (tsx, imports, deck discovery) ${secs(start.at)}, decks until ${secs(lastDeck)}, exit at ${secs(last.ours.m.seconds)}`)
    }
    const mismatch = ctx.sandbox.decks.filter(d => last!.plain.pages.get(d.slug) !== last!.ours.pages.get(d.slug))
    if (mismatch.length > 0) ctx.out(`  ! page counts differ for ${mismatch.map(d => d.slug).join(', ')}`)
  }
  const target = ratioTarget('export', ours, plain, EXPORT_RATIO_TARGET)
  ctx.out(`  ratio ours/plain: ${target.actual} (target ${target.target})`)
  return { name: 'export', targets: [target], ok: allOk }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await benchMain(USAGE, benchExport)
