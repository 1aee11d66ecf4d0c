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
import { ourTimeline } from './build.ts'
import { type BenchResult, benchMain, COMMON_USAGE, type Context, decksLine, runsNote } from './lib/common.ts'
import { warmRebuildBench } from './lib/warm-rebuild.ts'

export const REBUILD_RATIO_TARGET = 0.05

const USAGE = `Usage: tsx bench/rebuild.ts [options]
Rebuild with nothing changed: our tsx scripts/build.ts on a warm cache vs the plain slidev build loop.
${COMMON_USAGE}`

export function benchRebuild(ctx: Context): Promise<BenchResult> {
  const n = ctx.sandbox.decks.length
  return warmRebuildBench(ctx, {
    name: 'rebuild',
    heading: `== rebuild: nothing changed, ${decksLine(ctx)}, ${runsNote(ctx)} ==`,
    oursLabel: 'ours   tsx scripts/build.ts (warm cache)',
    target: REBUILD_RATIO_TARGET,
    afterOurs: (i, ours) => {
      if (ours.cached !== n) ctx.out(`  ! run ${i}: ours rebuilt ${ours.rebuilt ?? '?'} of ${n} decks although nothing changed (cache miss)`)
    },
    afterLast: (ours) => {
      const timeline = ourTimeline(ours.m)
      if (timeline) ctx.out(timeline.replace('decks until', 'deck copies from .cache/ until'))
    },
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await benchMain(USAGE, benchRebuild)
