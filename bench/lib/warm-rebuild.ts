// The shape bench/rebuild.ts and bench/retitle.ts share: one warm-up build of ours (not counted),
// then per run an optional edit of the sandbox, our build on the warm cache and the plain slidev
// build loop, side by side; the summary and the ratio against the target.
import { ourBuild, plainBuildLoop } from '../build.ts'
import { type BenchResult, combineRuns, type Context, type Figures, ratioTarget, runLine, secs, summaryLines } from './common.ts'

type OurRun = Awaited<ReturnType<typeof ourBuild>>

export interface WarmRebuild {
  /** The benchmark's name, its tags' prefix. */
  name: string
  heading: string
  /** The summary's label of our side. */
  oursLabel: string
  target: number
  /** Before run `i` (1-based): the edit the run measures, if any. */
  beforeRun?: (i: number) => void
  /** After our build of run `i`: a line about what it rebuilt. */
  afterOurs?: (i: number, ours: OurRun) => void
  /** After the last run's builds. */
  afterLast?: (ours: OurRun) => void
}

export async function warmRebuildBench(ctx: Context, bench: WarmRebuild): Promise<BenchResult> {
  const { runs } = ctx.options
  const n = ctx.sandbox.decks.length
  ctx.out()
  ctx.out(bench.heading)
  // Warm the cache (a no-op when an earlier benchmark in this sandbox left it warm).
  const warm = await ourBuild(ctx, `${bench.name}-warmup`, false)
  if (!warm.ok) return { name: bench.name, targets: [ratioTarget(bench.name, undefined, undefined, bench.target)], ok: false }
  ctx.out(`  warm-up build (not counted): ${secs(warm.m.seconds)}, ${warm.rebuilt ?? '?'} rebuilt, ${warm.cached ?? '?'} cached`)

  const oursRuns: Figures[] = []
  const plainRuns: Figures[] = []
  let allOk = true
  for (let i = 1; i <= runs; i++) {
    const tag = `${bench.name}-run${i}`
    bench.beforeRun?.(i)
    const ours = await ourBuild(ctx, tag, false)
    if (ours.ok) bench.afterOurs?.(i, ours)
    const plain = await plainBuildLoop(ctx, tag)
    if (ours.ok) oursRuns.push(ours.m)
    if (plain.ok) plainRuns.push(plain)
    allOk &&= ours.ok && plain.ok
    if (runs > 1) ctx.out(runLine(i, runs, [['ours', ours.ok ? ours.m : undefined], ['plain', plain.ok ? plain : undefined]]))
    if (i === runs && ours.ok) bench.afterLast?.(ours)
  }
  const ours = oursRuns.length === runs ? combineRuns(oursRuns) : undefined
  const plain = plainRuns.length === runs ? combineRuns(plainRuns) : undefined
  for (const line of summaryLines([
    { side: bench.oursLabel, f: ours },
    { side: `plain  slidev build × ${n} (sequential)`, f: plain },
  ])) ctx.out(line)
  const target = ratioTarget(bench.name, ours, plain, bench.target)
  ctx.out(`  ratio ours/plain: ${target.actual} (target ${target.target})`)
  return { name: bench.name, targets: [target], ok: allOk }
}
