// Benchmark: building again after one session's title changes in the event data.
//   ours:  tsx scripts/build.ts on a warm cache, after retitling a session that no keynote deck
//          names (scripts/lib/deck-facts.ts: only the decks showing the whole programme rebuild)
//   plain: the same slidev build loop as bench/build.ts (plain Slidev rebuilds every deck)
// Both run in a temp copy of the repo (see lib/sandbox.ts); each run retitles the session anew.
//
//   tsx bench/retitle.ts [--decks a,b] [--runs N] [--keep] [--verbose]
//
// Target: ours/plain time ≤ 0.2x.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ourBuild, plainBuildLoop } from './build.ts'
import {
  type BenchResult, benchMain, combineRuns, COMMON_USAGE, type Context, decksLine, type Figures, ratioTarget, runLine,
  runsNote, secs, summaryLines,
} from './lib/common.ts'

export const RETITLE_RATIO_TARGET = 0.2
/** A session of the shipped data that no deck presents or promotes. */
export const RETITLED_SESSION = 'break-wordle-with-beam'

const USAGE = `Usage: tsx bench/retitle.ts [options]
Rebuild after one session's title changes: our tsx scripts/build.ts on a warm cache vs the plain slidev build loop.
${COMMON_USAGE}`

/** Appends " (run N)" to the session's title in the sandbox's data/programme.ts (one session a line, as the import writes it). */
function retitle(root: string, run: number): void {
  const file = path.join(root, 'data/programme.ts')
  const source = readFileSync(file, 'utf8')
  const pattern = new RegExp(`("id":"${RETITLED_SESSION}","title":"[^"]*?)(?: \\(run \\d+\\))?"`)
  if (!pattern.test(source)) throw new Error(`bench/retitle.ts: no session "${RETITLED_SESSION}" in data/programme.ts`)
  writeFileSync(file, source.replace(pattern, `$1 (run ${run})"`))
}

export async function benchRetitle(ctx: Context): Promise<BenchResult> {
  const { runs } = ctx.options
  const n = ctx.sandbox.decks.length
  ctx.out()
  ctx.out(`== rebuild after one session is retitled (${RETITLED_SESSION}), ${decksLine(ctx)}, ${runsNote(ctx)} ==`)
  const warm = await ourBuild(ctx, 'retitle-warmup', false)
  if (!warm.ok) return { name: 'retitle', targets: [ratioTarget('retitle', undefined, undefined, RETITLE_RATIO_TARGET)], ok: false }
  ctx.out(`  warm-up build (not counted): ${secs(warm.m.seconds)}, ${warm.rebuilt ?? '?'} rebuilt, ${warm.cached ?? '?'} cached`)

  const oursRuns: Figures[] = []
  const plainRuns: Figures[] = []
  let allOk = true
  for (let i = 1; i <= runs; i++) {
    const tag = `retitle-run${i}`
    retitle(ctx.sandbox.root, i)
    const ours = await ourBuild(ctx, tag, false)
    if (ours.ok) ctx.out(`  run ${i}: ours rebuilt ${ours.rebuilt ?? '?'} of ${n} decks, ${ours.cached ?? '?'} from .cache/`)
    const plain = await plainBuildLoop(ctx, tag)
    if (ours.ok) oursRuns.push(ours.m)
    if (plain.ok) plainRuns.push(plain)
    allOk &&= ours.ok && plain.ok
    if (runs > 1) ctx.out(runLine(i, runs, [['ours', ours.ok ? ours.m : undefined], ['plain', plain.ok ? plain : undefined]]))
  }
  const ours = oursRuns.length === runs ? combineRuns(oursRuns) : undefined
  const plain = plainRuns.length === runs ? combineRuns(plainRuns) : undefined
  for (const line of summaryLines([
    { side: 'ours   tsx scripts/build.ts (one session retitled)', f: ours },
    { side: `plain  slidev build × ${n} (sequential)`, f: plain },
  ])) ctx.out(line)
  const target = ratioTarget('retitle', ours, plain, RETITLE_RATIO_TARGET)
  ctx.out(`  ratio ours/plain: ${target.actual} (target ${target.target})`)
  return { name: 'retitle', targets: [target], ok: allOk }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await benchMain(USAGE, benchRetitle)
