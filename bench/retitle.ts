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
import { type BenchResult, benchMain, COMMON_USAGE, type Context, decksLine, runsNote } from './lib/common.ts'
import { warmRebuildBench } from './lib/warm-rebuild.ts'

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

export function benchRetitle(ctx: Context): Promise<BenchResult> {
  const n = ctx.sandbox.decks.length
  return warmRebuildBench(ctx, {
    name: 'retitle',
    heading: `== rebuild after one session is retitled (${RETITLED_SESSION}), ${decksLine(ctx)}, ${runsNote(ctx)} ==`,
    oursLabel: 'ours   tsx scripts/build.ts (one session retitled)',
    target: RETITLE_RATIO_TARGET,
    beforeRun: i => retitle(ctx.sandbox.root, i),
    afterOurs: (i, ours) => ctx.out(`  run ${i}: ours rebuilt ${ours.rebuilt ?? '?'} of ${n} decks, ${ours.cached ?? '?'} from .cache/`),
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await benchMain(USAGE, benchRetitle)
