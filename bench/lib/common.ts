// What the benchmark scripts share: arguments, the sandbox lifecycle, the two sides' commands,
// aggregation of runs, and the printed report.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseCommandLine, readFlags, UsageError } from '../../scripts/lib/cli.ts'
import { discoverDecks } from '../../scripts/lib/decks.ts'
import { killRunning, type Measurement, measure, mib, ok, type ProcessPeak, type RunOptions, tail } from './measure.ts'
import { createSandbox, type Sandbox } from './sandbox.ts'

// ---- arguments --------------------------------------------------------------------------

export interface BenchOptions {
  /** Slugs to limit the decks to; undefined: every deck. */
  decks: string[] | undefined
  runs: number
  keep: boolean
  verbose: boolean
}

export { UsageError }

export const COMMON_USAGE = `  --decks a,b   only these decks (slugs, as in dist/<slug>/); default: every deck in slides/
  --runs N      run each side N times, alternating, and compare the medians (default 1)
  --keep        keep the temp folder (repo copy, outputs, logs) instead of deleting it
  --verbose     echo every command's output
  --help        show this help`

export function parseBenchArgs(argv: readonly string[]): BenchOptions | 'help' {
  const options: BenchOptions = { decks: undefined, runs: 1, keep: false, verbose: false }
  const help = readFlags(argv, ({ arg, flag, inline, value }) => {
    if ((flag === '--help' || flag === '-h') && !inline) return 'help'
    if (flag === '--decks') {
      const slugs = value().split(',').map(s => s.trim())
      if (slugs.some(s => s === '')) throw new UsageError(`--decks needs comma-separated deck slugs, got "${slugs.join(',')}"`)
      options.decks = [...new Set([...(options.decks ?? []), ...slugs])]
    } else if (flag === '--runs') {
      const v = value()
      if (!/^[1-9]\d*$/.test(v)) throw new UsageError(`--runs needs a positive whole number, got "${v}"`)
      options.runs = Number(v)
    } else if (flag === '--keep' && !inline) {
      options.keep = true
    } else if (flag === '--verbose' && !inline) {
      options.verbose = true
    } else {
      throw new UsageError(`Unknown argument: ${arg}`)
    }
  })
  if (help) return help
  if (options.decks) {
    const known = discoverDecks().map(d => d.slug)
    const unknown = options.decks.filter(s => !known.includes(s))
    if (unknown.length > 0) throw new UsageError(`Unknown deck${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Decks: ${known.join(', ')}`)
  }
  return options
}

// ---- context ----------------------------------------------------------------------------

export interface Context {
  options: BenchOptions
  sandbox: Sandbox
  /** Printed results (stdout); all.ts writes them to RESULTS.md. */
  out: (line?: string) => void
  /** Progress (stderr). */
  progress: (line: string) => void
  run: (label: string, command: string[], extra?: Partial<RunOptions>) => Promise<Measurement>
}

export interface Target {
  bench: string
  what: string
  target: string
  actual: string
  met: boolean | undefined
}

export interface BenchResult {
  name: string
  targets: Target[]
  /** False when a side failed (no ratio then). */
  ok: boolean
}

export function makeContext(options: BenchOptions, sandbox: Sandbox, printed: string[]): Context {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
  return {
    options,
    sandbox,
    out: (line = '') => {
      printed.push(line)
      console.log(line)
    },
    progress: line => console.error(`  … ${line}`),
    run: (label, command, extra) => measure({
      label,
      command,
      cwd: sandbox.root,
      env,
      logDir: sandbox.logDir,
      strip: [sandbox.root, sandbox.tmp],
      timeoutSeconds: 30 * 60,
      echo: options.verbose,
      ...extra,
    }),
  }
}

/** Runs `work` in a fresh sandbox, removed afterwards, and on Ctrl-C or SIGTERM after killing what still runs. */
export async function inSandbox<T>(options: BenchOptions, work: (sandbox: Sandbox) => Promise<T>): Promise<T> {
  const sandbox = createSandbox(options.decks, options.keep)
  const stop = () => {
    killRunning()
    sandbox.remove()
    process.exit(130)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    return await work(sandbox)
  } finally {
    killRunning()
    sandbox.remove()
  }
}

/** Runs `bench` in a fresh sandbox as a command-line program; exit 0 ok, 1 a side failed, 2 usage. */
export async function benchMain(usage: string, bench: (ctx: Context) => Promise<BenchResult>): Promise<number> {
  const options = parseCommandLine(parseBenchArgs, usage)
  if (typeof options === 'number') return options
  return inSandbox(options, async (sandbox) => {
    const ctx = makeContext(options, sandbox, [])
    ctx.out(machineLine())
    const result = await bench(ctx)
    ctx.out()
    for (const line of targetLines(result.targets)) ctx.out(line)
    return result.ok ? 0 : 1
  })
}

// ---- the two sides ----------------------------------------------------------------------

export const TSX = 'node_modules/.bin/tsx'
export const SLIDEV = 'node_modules/.bin/slidev'

/** Sum of per-deck runs of the plain loop, as one measurement of "the loop". */
export interface LoopMeasurement {
  seconds: number
  cpuSeconds: number
  otherCores: number
  maxProcess: ProcessPeak | undefined
  maxTreeKb: number
  perDeck: Array<{ slug: string, m: Measurement }>
  ok: boolean
}

export function loopOf(perDeck: Array<{ slug: string, m: Measurement }>): LoopMeasurement {
  const seconds = perDeck.reduce((s, d) => s + d.m.seconds, 0)
  const maxProcess = perDeck.map(d => d.m.maxProcess).filter(p => p !== undefined).sort((a, b) => b.peakKb - a.peakKb)[0]
  return {
    seconds,
    cpuSeconds: perDeck.reduce((s, d) => s + d.m.cpuSeconds, 0),
    otherCores: perDeck.reduce((s, d) => s + d.m.otherCores * d.m.seconds, 0) / Math.max(seconds, 0.001),
    maxProcess,
    maxTreeKb: Math.max(0, ...perDeck.map(d => d.m.maxTreeKb)),
    perDeck,
    ok: perDeck.every(d => ok(d.m)),
  }
}

/** Anything with the figures the summary table needs (one measurement or a loop of them). */
export interface Figures {
  seconds: number
  cpuSeconds: number
  otherCores: number
  maxProcess: ProcessPeak | undefined
  maxTreeKb: number
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Runs: median time, highest memory over all runs. */
export function combineRuns(runs: Figures[]): Figures {
  const mid = median(runs.map(r => r.seconds))
  const closest = [...runs].sort((a, b) => Math.abs(a.seconds - mid) - Math.abs(b.seconds - mid))[0]!
  return {
    seconds: mid,
    cpuSeconds: median(runs.map(r => r.cpuSeconds)),
    otherCores: closest.otherCores,
    maxProcess: runs.map(r => r.maxProcess).filter(p => p !== undefined).sort((a, b) => b.peakKb - a.peakKb)[0],
    maxTreeKb: Math.max(...runs.map(r => r.maxTreeKb)),
  }
}

/** Reports a failed command and whether it failed. */
export function checkRun(ctx: Context, m: Measurement, what: string): boolean {
  if (ok(m)) return true
  ctx.out(`  ✗ ${what} FAILED: ${m.timedOut ? 'timed out' : `exit ${m.code ?? m.signal}`} after ${m.seconds.toFixed(1)}s (log: ${m.logFile})`)
  ctx.out(tail(m))
  return false
}

// ---- printing ---------------------------------------------------------------------------

export const secs = (s: number): string => `${s.toFixed(1)}s`

export function summaryLines(rows: Array<{ side: string, f: Figures | undefined }>): string[] {
  const header = ['', 'wall', 'CPU', 'max process RSS', 'max tree RSS', 'others\' CPU']
  const table = rows.map(({ side, f }) => f
    ? [side, secs(f.seconds), secs(f.cpuSeconds), f.maxProcess ? `${mib(f.maxProcess.peakKb)} MiB  ${f.maxProcess.label}` : '-', `${mib(f.maxTreeKb)} MiB`, `${f.otherCores.toFixed(2)} cores`]
    : [side, 'FAILED', '', '', '', ''])
  const widths = header.map((h, i) => Math.max(h.length, ...table.map(r => r[i]!.length)))
  const right = new Set([1, 2, 4, 5])
  const fmt = (r: string[]) => `  ${r.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('   ')}`.trimEnd()
  return [fmt(header), ...table.map(fmt)]
}

export function ratioTarget(bench: string, ours: Figures | undefined, plain: Figures | undefined, limit: number): Target {
  if (!ours || !plain) return { bench, what: 'time ours/plain', target: `≤ ${limit}x`, actual: 'n/a (a side failed)', met: undefined }
  const ratio = ours.seconds / plain.seconds
  return {
    bench,
    what: 'time ours/plain',
    target: `≤ ${limit}x`,
    actual: `${ratio.toFixed(3)}x (${secs(ours.seconds)} / ${secs(plain.seconds)})`,
    met: ratio <= limit,
  }
}

export function targetLines(targets: readonly Target[]): string[] {
  if (targets.length === 0) return []
  const rows = targets.map(t => [t.bench, t.what, t.target, t.actual, t.met === undefined ? '?' : t.met ? 'MET' : 'MISSED'])
  const header = ['bench', 'measure', 'target', 'actual', '']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i]!.length)))
  const fmt = (r: string[]) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('   ')}`.trimEnd()
  return ['Targets:', fmt(header), ...rows.map(fmt)]
}

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'unknown'
  }
}

export function machineInfo(): Record<string, string> {
  const slidev = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../node_modules/@slidev/cli/package.json'), 'utf8')) as { version: string }
  return {
    'cpus (nproc)': String(os.availableParallelism()),
    'cpu': cpuModel(),
    'memory': `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    'node': process.version,
    'slidev': slidev.version,
    'chromium': version('/usr/bin/chromium', ['--version']),
    'kernel': os.release(),
  }
}

export function machineLine(): string {
  const m = machineInfo()
  const load = os.loadavg().map(l => l.toFixed(2)).join(' ')
  return `${new Date().toISOString()}  ${m['cpus (nproc)']} cpus (${m.cpu}), ${m.memory}, node ${m.node}, slidev ${m.slidev}, load average ${load}`
}

/** "3 decks (a, b, c)" */
export function decksLine(ctx: Context): string {
  const slugs = ctx.sandbox.decks.map(d => d.slug)
  return `${slugs.length} deck${slugs.length === 1 ? '' : 's'} (${slugs.join(', ')})`
}

export function runsNote(ctx: Context): string {
  return ctx.options.runs === 1 ? '1 run per side' : `${ctx.options.runs} runs per side, alternating; times are medians, memory the highest`
}

/** One line of a per-run log in the results: "run 2/3: ours 61.0s, plain 120.2s" */
export function runLine(i: number, total: number, parts: Array<[string, Figures | undefined]>): string {
  return `  run ${i}/${total}: ${parts.map(([side, f]) => `${side} ${f ? secs(f.seconds) : 'FAILED'}`).join(', ')}`
}
