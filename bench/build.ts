// Benchmark: a cold build of every deck.
//   ours:  tsx scripts/build.ts with an empty cache (.cache/decks and the manifest removed)
//   plain: node_modules/.bin/slidev build slides/<slug>/slides.md --base /<slug>/ --out <tmp>/<slug>,
//          one deck after the other (plain Slidev builds one deck per run)
// Both run in a temp copy of the repo (see lib/sandbox.ts); the real dist/ and .cache/ are not touched.
//
//   tsx bench/build.ts [--decks a,b] [--runs N] [--keep] [--verbose]
//
// Targets: ours/plain time ≤ 0.6x; no process of ours above 1 GiB RSS.
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type BenchResult, benchMain, checkRun, combineRuns, COMMON_USAGE, type Context, decksLine, type Figures, loopOf,
  type LoopMeasurement, ratioTarget, runLine, runsNote, secs, SLIDEV, summaryLines, type Target, TSX,
} from './lib/common.ts'
import { type Measurement, mib, ok } from './lib/measure.ts'

export const BUILD_RATIO_TARGET = 0.6
export const RSS_LIMIT_MIB = 1024

const USAGE = `Usage: tsx bench/build.ts [options]
Cold build of every deck: our tsx scripts/build.ts (empty cache) vs plain slidev build, one deck at a time.
${COMMON_USAGE}`

/** The plain Slidev way: one `slidev build` per deck, sequentially, into <tmp>/plain/build/<slug>. */
export async function plainBuildLoop(ctx: Context, tag: string): Promise<LoopMeasurement> {
  const outRoot = path.join(ctx.sandbox.plainOut, 'build')
  rmSync(outRoot, { recursive: true, force: true })
  mkdirSync(outRoot, { recursive: true })
  const perDeck: LoopMeasurement['perDeck'] = []
  for (const deck of ctx.sandbox.decks) {
    const out = path.join(outRoot, deck.slug)
    ctx.progress(`${tag}: plain slidev build ${deck.relPath}`)
    const m = await ctx.run(`${tag}-plain-build-${deck.slug}`, [SLIDEV, 'build', deck.relPath, '--base', `/${deck.slug}/`, '--out', out])
    if (ok(m) && !existsSync(path.join(out, 'index.html'))) m.code = -1 // exited 0 without a site: count as failed
    checkRun(ctx, m, `plain slidev build ${deck.relPath}`)
    perDeck.push({ slug: deck.slug, m })
  }
  return loopOf(perDeck)
}

/** Our build (tsx scripts/build.ts) in the sandbox; `cold` empties its cache first. */
export async function ourBuild(ctx: Context, tag: string, cold: boolean): Promise<{ m: Measurement, ok: boolean, rebuilt?: number, cached?: number }> {
  const cache = path.join(ctx.sandbox.root, '.cache')
  if (cold) {
    // Every cache scripts/build.ts keeps: the decks', the site's (hub page, calendar), and the manifest.
    for (const entry of ['decks', 'site', 'build-manifest.json']) rmSync(path.join(cache, entry), { recursive: true, force: true })
  }
  ctx.progress(`${tag}: ours tsx scripts/build.ts (${cold ? 'cold cache' : 'warm cache'})`)
  const m = await ctx.run(`${tag}-ours-build`, [TSX, 'scripts/build.ts'])
  const missing = ctx.sandbox.decks.filter(d => !existsSync(path.join(ctx.sandbox.root, 'dist', d.slug, 'index.html')))
  if (ok(m) && missing.length > 0) {
    m.code = -1
    ctx.out(`  ✗ tsx scripts/build.ts exited 0 but dist/ lacks ${missing.map(d => d.slug).join(', ')}`)
  }
  const good = checkRun(ctx, m, 'tsx scripts/build.ts')
  const summary = m.lines.map(l => /(\d+) rebuilt, (\d+) cached/.exec(l.text)).find(Boolean)
  return { m, ok: good, rebuilt: summary ? Number(summary[1]) : undefined, cached: summary ? Number(summary[2]) : undefined }
}

/** Where our build's wall time goes: start-up, the decks, the site around them (hub, calendar), the swap. */
export function ourTimeline(ours: Measurement): string | undefined {
  const start = ours.lines.find(l => /^Building \d+ deck/.test(l.text))
  if (!start) return undefined
  const decksDone = Math.max(start.at, ...ours.lines.filter(l => /^[✓✗]\s/.test(l.text.trim())).map(l => l.at))
  const site = ours.lines.find(l => /^site\s+[\d.]+s/.test(l.text.trim()))
  return `  ours timeline: start-up (tsx, deck discovery, input hashing) until ${secs(start.at)}, decks until ${secs(decksDone)}`
    + `${site ? `, site (hub page, calendar) until ${secs(site.at)}` : ''}, swap into dist/ and exit at ${secs(ours.seconds)}`
}

/** Seconds a `slidev build` spent starting up (until Vite starts), transforming, and rendering/writing. */
function phaseSeconds(m: Measurement): { startup: number, transform: number, render: number } | undefined {
  const at = (pattern: RegExp) => m.lines.find(l => pattern.test(l.text))?.at
  const vite = at(/building client environment/)
  const transformed = at(/modules transformed/)
  if (vite === undefined || transformed === undefined) return undefined
  return { startup: vite, transform: transformed - vite, render: m.seconds - transformed }
}

function slidevPhases(m: Measurement): string {
  const p = phaseSeconds(m)
  return p ? `${p.startup.toFixed(1)} + ${p.transform.toFixed(1)} + ${p.render.toFixed(1)}` : '-'
}

/** Per deck: plain's time and peak, and ours' (build.ts's own per-deck lines, and our sampling). */
export function perDeckLines(ctx: Context, ours: Measurement, plain: LoopMeasurement): string[] {
  const deckLine = /^[✓✗]\s+(\S+)\s+([\d.]+)s\s+(cached|rebuilt|FAILED)(?:\s+peak RSS (\d+) MB)?/
  const oursBySlug = new Map<string, { seconds: number, status: string, doneAt: number, peakMib?: number }>()
  for (const line of ours.lines) {
    const match = deckLine.exec(line.text.trim())
    if (match) oursBySlug.set(match[1]!, { seconds: Number(match[2]), status: match[3]!, doneAt: line.at, peakMib: match[4] ? Number(match[4]) : undefined })
  }
  const rows = ctx.sandbox.decks.map((deck) => {
    const p = plain.perDeck.find(d => d.slug === deck.slug)?.m
    const o = oursBySlug.get(deck.slug)
    // A worker builds several decks: build.ts prints the peak of the process that built each one.
    const sampled = ours.processes.find(pr => pr.label.includes(deck.relPath))
    const oursPeak = o?.peakMib ?? (sampled ? mib(sampled.peakKb) : undefined)
    return [
      deck.slug,
      p ? secs(p.seconds) : '-',
      p ? secs(p.cpuSeconds) : '-',
      p ? slidevPhases(p) : '-',
      p?.maxProcess ? `${mib(p.maxProcess.peakKb)} MiB` : '-',
      o ? secs(o.seconds) : '-',
      o ? secs(o.doneAt) : '-',
      oursPeak !== undefined ? `${oursPeak} MiB` : '-',
      o?.status ?? '-',
    ]
  })
  const header = ['deck', 'plain', 'plain CPU', 'start-up + transform + render', 'plain peak', 'ours', 'ours done at', 'ours peak', 'ours status']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i]!.length)))
  const fmt = (r: string[]) => `    ${r.map((c, i) => (i === 0 || i === 8 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')}`.trimEnd()
  const lines = [
    '  per deck (last run; "ours" is the deck\'s time inside the parallel build; the phases are plain\'s, from Slidev\'s',
    '  output: start-up = until Vite starts, transform = until all modules are transformed, render = chunks, CSS, write):',
    fmt(header),
    ...rows.map(fmt),
  ]
  const phases = plain.perDeck.map(d => phaseSeconds(d.m)).filter(p => p !== undefined)
  if (phases.length > 0) {
    const sum = (k: 'startup' | 'transform' | 'render') => phases.reduce((s, p) => s + p[k], 0)
    const total = sum('startup') + sum('transform') + sum('render')
    const pct = (k: 'startup' | 'transform' | 'render') => `${secs(sum(k))} (${Math.round((100 * sum(k)) / total)}%)`
    lines.push(`  plain, all decks: start-up ${pct('startup')}, transform ${pct('transform')}, render ${pct('render')}; CPU ${secs(plain.cpuSeconds)} in ${secs(plain.seconds)} (${(plain.cpuSeconds / plain.seconds).toFixed(2)} cores)`)
  }
  lines.push(`  ours: CPU ${secs(ours.cpuSeconds)} in ${secs(ours.seconds)} (${(ours.cpuSeconds / ours.seconds).toFixed(2)} cores), while the rest of the machine used ${ours.otherCores.toFixed(2)} of ${os.availableParallelism()} cores`)
  const timeline = ourTimeline(ours)
  if (timeline) lines.push(timeline)
  return lines
}

export async function benchBuild(ctx: Context): Promise<BenchResult> {
  const { runs } = ctx.options
  ctx.out()
  ctx.out(`== build: cold cache, ${decksLine(ctx)}, ${runsNote(ctx)} ==`)
  const oursRuns: Figures[] = []
  const plainRuns: Figures[] = []
  let lastOurs: Measurement | undefined
  let lastPlain: LoopMeasurement | undefined
  let allOk = true
  for (let i = 1; i <= runs; i++) {
    const tag = `build-run${i}`
    const ours = await ourBuild(ctx, tag, true)
    const plain = await plainBuildLoop(ctx, tag)
    if (ours.ok) oursRuns.push(ours.m)
    if (plain.ok) plainRuns.push(plain)
    allOk &&= ours.ok && plain.ok
    lastOurs = ours.m
    lastPlain = plain
    if (ours.ok && ours.rebuilt !== ctx.sandbox.decks.length) ctx.out(`  ! run ${i}: ours rebuilt ${ours.rebuilt ?? '?'} of ${ctx.sandbox.decks.length} decks from a cold cache`)
    if (runs > 1) ctx.out(runLine(i, runs, [['ours', ours.ok ? ours.m : undefined], ['plain', plain.ok ? plain : undefined]]))
  }
  const ours = oursRuns.length === runs ? combineRuns(oursRuns) : undefined
  const plain = plainRuns.length === runs ? combineRuns(plainRuns) : undefined
  for (const line of summaryLines([
    { side: 'ours   tsx scripts/build.ts (parallel)', f: ours },
    { side: `plain  slidev build × ${ctx.sandbox.decks.length} (sequential)`, f: plain },
  ])) ctx.out(line)
  if (lastOurs && lastPlain) for (const line of perDeckLines(ctx, lastOurs, lastPlain)) ctx.out(line)

  const targets: Target[] = [ratioTarget('build', ours, plain, BUILD_RATIO_TARGET)]
  targets.push(ours?.maxProcess
    ? {
        bench: 'build',
        what: 'max process RSS, ours',
        target: `≤ ${RSS_LIMIT_MIB} MiB`,
        actual: `${mib(ours.maxProcess.peakKb)} MiB (${ours.maxProcess.label}); plain: ${plain?.maxProcess ? `${mib(plain.maxProcess.peakKb)} MiB` : 'n/a'}`,
        met: mib(ours.maxProcess.peakKb) <= RSS_LIMIT_MIB,
      }
    : { bench: 'build', what: 'max process RSS, ours', target: `≤ ${RSS_LIMIT_MIB} MiB`, actual: 'n/a (failed)', met: undefined })
  const result = { name: 'build', targets, ok: allOk }
  ctx.out(`  ratio ours/plain: ${targets[0]!.actual} (target ${targets[0]!.target})`)
  return result
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await benchMain(USAGE, benchBuild)
