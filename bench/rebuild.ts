// Benchmark: building again with nothing changed.
//   ours:  tsx scripts/build.ts after a warm build (every deck comes from .cache/)
//   plain: the same slidev build loop as bench/build.ts (plain Slidev has no cache, so a
//          rebuild costs a full build)
// Both run in a temp copy of the repo (see lib/sandbox.ts).
//
//   tsx bench/rebuild.ts [--decks a,b] [--runs N] [--keep] [--verbose]
//
// Target: ours/plain time ≤ 0.05x.
import { fileURLToPath } from 'node:url'
import { ourBuild, ourTimeline, plainBuildLoop } from './build.ts'
import {
  type BenchResult, benchMain, combineRuns, COMMON_USAGE, type Context, decksLine, type Figures, ratioTarget, runLine,
  runsNote, secs, summaryLines,
} from './lib/common.ts'

export const REBUILD_RATIO_TARGET = 0.05

const USAGE = `Usage: tsx bench/rebuild.ts [options]
Rebuild with nothing changed: our tsx scripts/build.ts on a warm cache vs the plain slidev build loop.
${COMMON_USAGE}`

export async function benchRebuild(ctx: Context): Promise<BenchResult> {
  const { runs } = ctx.options
  const n = ctx.sandbox.decks.length
  ctx.out()
  ctx.out(`== rebuild: nothing changed, ${decksLine(ctx)}, ${runsNote(ctx)} ==`)
  // Warm the cache (a no-op when an earlier benchmark in this sandbox left it warm).
  const warm = await ourBuild(ctx, 'rebuild-warmup', false)
  if (!warm.ok) return { name: 'rebuild', targets: [ratioTarget('rebuild', undefined, undefined, REBUILD_RATIO_TARGET)], ok: false }
  ctx.out(`  warm-up build (not counted): ${secs(warm.m.seconds)}, ${warm.rebuilt ?? '?'} rebuilt, ${warm.cached ?? '?'} cached`)

  const oursRuns: Figures[] = []
  const plainRuns: Figures[] = []
  let allOk = true
  for (let i = 1; i <= runs; i++) {
    const tag = `rebuild-run${i}`
    const ours = await ourBuild(ctx, tag, false)
    if (ours.ok && ours.cached !== n) ctx.out(`  ! run ${i}: ours rebuilt ${ours.rebuilt ?? '?'} of ${n} decks although nothing changed (cache miss)`)
    const plain = await plainBuildLoop(ctx, tag)
    if (ours.ok) oursRuns.push(ours.m)
    if (plain.ok) plainRuns.push(plain)
    allOk &&= ours.ok && plain.ok
    if (runs > 1) ctx.out(runLine(i, runs, [['ours', ours.ok ? ours.m : undefined], ['plain', plain.ok ? plain : undefined]]))
    if (i === runs && ours.ok) {
      const timeline = ourTimeline(ours.m)
      if (timeline) ctx.out(timeline.replace('decks until', 'deck copies from .cache/ until'))
    }
  }
  const ours = oursRuns.length === runs ? combineRuns(oursRuns) : undefined
  const plain = plainRuns.length === runs ? combineRuns(plainRuns) : undefined
  for (const line of summaryLines([
    { side: 'ours   tsx scripts/build.ts (warm cache)', f: ours },
    { side: `plain  slidev build × ${n} (sequential)`, f: plain },
  ])) ctx.out(line)
  const target = ratioTarget('rebuild', ours, plain, REBUILD_RATIO_TARGET)
  ctx.out(`  ratio ours/plain: ${target.actual} (target ${target.target})`)
  return { name: 'rebuild', targets: [target], ok: allOk }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await benchMain(USAGE, benchRebuild)
