// Runs the benchmarks (build, what the site costs an attendee, rebuild, export, and a rebuild after one session is retitled) in one temp copy of the repo, prints their
// results and writes them to bench/RESULTS.md (the figures for the README's "Benchmarks").
//
//   tsx bench/all.ts [--decks a,b] [--runs N] [--keep] [--verbose] [--no-write]
//
// Order matters and saves time: the cold build leaves the cache warm for the rebuild benchmark,
// and a built dist/ for the export benchmark; the retitle benchmark edits the data, so it goes last.
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { benchBuild } from './build.ts'
import { benchExport } from './export.ts'
import {
  type BenchOptions, type BenchResult, COMMON_USAGE, type Context, inSandbox, machineInfo, machineLine, makeContext, parseBenchArgs,
  type Target, targetLines,
} from './lib/common.ts'
import { parseCommandLine } from '../scripts/lib/cli.ts'
import { benchRebuild } from './rebuild.ts'
import { benchRetitle } from './retitle.ts'
import { benchSiteBytes } from './site-bytes.ts'

const RESULTS = path.join(import.meta.dirname, 'RESULTS.md')

const USAGE = `Usage: tsx bench/all.ts [options]
Runs bench/build.ts, bench/site-bytes.ts, bench/rebuild.ts, bench/export.ts and bench/retitle.ts in one temp copy of the repo and writes bench/RESULTS.md.
${COMMON_USAGE}
  --no-write    print only; leave bench/RESULTS.md alone`

function markdown(options: BenchOptions, argv: string[], started: Date, loadStart: number[], loadEnd: number[], seconds: number, targets: Target[], printed: string[]): string {
  const machine = machineInfo()
  const load = (l: number[]) => l.map(x => x.toFixed(2)).join(' / ')
  const cell = (s: string) => s.replace(/\|/g, '\\|')
  return `# Benchmark results

Written by \`npm run bench\` (\`tsx bench/all.ts${argv.length ? ` ${argv.join(' ')}` : ''}\`) on ${started.toISOString()}; the suite took ${(seconds / 60).toFixed(1)} min.
${options.decks ? `\nOnly these decks: ${options.decks.join(', ')}.\n` : ''}
## Machine

| | |
|---|---|
${Object.entries(machine).map(([k, v]) => `| ${k} | ${cell(v)} |`).join('\n')}
| load average (1 / 5 / 15 min) at start | ${load(loadStart)} |
| load average (1 / 5 / 15 min) at end | ${load(loadEnd)} |

The machine was shared: other people's builds and tests ran meanwhile. The "others' CPU" column
is how many cores the rest of the machine kept busy, on average, during each measurement
(busy time in /proc/stat minus the measured command's own CPU time), so a slow figure can be
told apart from a loaded machine.

## Targets

| bench | measure | target | actual | |
|---|---|---|---|---|
${targets.map(t => `| ${t.bench} | ${cell(t.what)} | ${cell(t.target)} | ${cell(t.actual)} | ${t.met === undefined ? '?' : t.met ? 'met' : '**missed**'} |`).join('\n')}

## Output

\`\`\`text
${printed.join('\n')}
\`\`\`

## How it is measured

- Both sides run in a temp copy of the repo (sources only; node_modules hard-linked, so Vite's
  dev server serves it as part of the project), so the real dist/ and .cache/ are never touched
  (scripts/build.ts has no --out/--cache option) and both sides build the same snapshot.
- **build**: ours is \`tsx scripts/build.ts\` after deleting its caches (.cache/decks, .cache/site,
  the build manifest); it also writes the site around the decks (hub page, calendar), which plain
  Slidev has no counterpart for; plain is \`node_modules/.bin/slidev build slides/<slug>/slides.md --base /<slug>/ --out <tmp>/<slug>\`
  for each deck in turn. **rebuild**: ours is the same command again with nothing changed;
  plain is the same loop again (Slidev has no cache). **export**: ours is
  \`tsx scripts/export.ts --force\` on the built site (build not counted; --force so no deck is
  skipped as up to date); plain is
  \`node_modules/.bin/slidev export slides/<slug>/slides.md --output <tmp>/<slug>.pdf --executable-path /usr/bin/chromium\`
  for each deck in turn (no wrapper needed as root: Playwright adds --no-sandbox by default).
- **site-bytes**: the two sites the build benchmark left (ours: one shared \`assets/\`; plain: each
  deck's own), served by one local server that lets Chromium keep \`assets/\` files
  (\`Cache-Control: immutable\`, as \`dist/_headers\` tells a static host). Duplicate share: bytes
  of a file byte-identical to another file of the site, from its second copy on, PDFs and
  preview images aside. First slide: everything \`/welcome/\` fetches until the network is idle,
  empty cache, bytes as sent (no compression). Second deck: in the same browser right after, the
  bytes fetched over the network (not from the cache), the worst over every other deck.
- wall: from spawn to exit (a loop: the sum over its decks). CPU: user + system time of the
  whole process tree. With --runs N the sides alternate and the medians are compared.
- Before each command \`sync\` flushes dirty pages, so one measurement's writes are not paid for by
  the next one (on this disk, deleting files written seconds ago, like the previous dist/, is
  several times slower than deleting flushed ones). The /proc sampler costs about 0.05 of a core
  and is not counted in "others' CPU".
- Memory: the process tree (the command and all its descendants) is sampled every 100 ms
  from /proc. max process RSS is the highest VmHWM (peak RSS, so spikes between samples count)
  of any one process; max tree RSS the highest sum of VmRSS over the tree at one sample (RSS
  counts shared pages in every process that maps them, so for Chromium it overstates).
`
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2)
  const write = !argv.includes('--no-write')
  const options = parseCommandLine(parseBenchArgs, USAGE, argv.filter(a => a !== '--no-write'))
  if (typeof options === 'number') return options
  const started = new Date()
  const loadStart = os.loadavg()
  return inSandbox(options, async (sandbox) => {
    const printed: string[] = []
    const results: BenchResult[] = []
    const ctx: Context = makeContext(options, sandbox, printed)
    ctx.out(machineLine())
    for (const bench of [benchBuild, benchSiteBytes, benchRebuild, benchExport, benchRetitle]) results.push(await bench(ctx))
    const targets = results.flatMap(r => r.targets)
    ctx.out()
    for (const line of targetLines(targets)) ctx.out(line)
    ctx.out(`load average at end: ${os.loadavg().map(l => l.toFixed(2)).join(' ')}`)
    if (write) {
      const seconds = (Date.now() - started.getTime()) / 1000
      writeFileSync(RESULTS, markdown(options, argv.filter(a => a !== '--no-write'), started, loadStart, os.loadavg(), seconds, targets, printed))
      console.error(`\nwrote ${path.relative(process.cwd(), RESULTS) || RESULTS}`)
    }
    return results.every(r => r.ok) ? 0 : 1
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main()
