// Builds every deck into dist/<slug>/ (served under /<slug>/).
//
//   tsx scripts/build.ts [--jobs N] [--force] [--isolated] [--base /path/] [<deck>...]
//
// Named decks (slugs, e.g. `programme rooms`) build alone, with the hub page listing them and the
// calendar and schedule exports as always: how a new event (`npm run import -- --new-event`) builds
// its schedule slides and signage while the previous event's decks still name its sessions.
// Decks build in parallel, in long-lived worker processes that run Slidev's own build steps one
// deck after another (scripts/lib/deck-workers.ts): about twice as fast per deck as a fresh
// `slidev build`, with the same output. --isolated runs one `slidev build` process per deck
// instead, and so does the build by itself when a Slidev upgrade breaks the workers.
// A deck whose inputs (SHARED_INPUTS, its markdown, the files its last build read, and the event
// facts it shows: scripts/lib/deck-facts.ts) hash the same as at its last good build is copied from
// .cache/decks/<slug>/ instead of rebuilt (hashes in .cache/build-manifest.json): retitling a
// session that no keynote names rebuilds the decks showing the whole programme, not the keynotes. Everything lands in a staging folder first, with the site
// around the decks (the hub page, dist/index.html, built in a worker too, and the calendar,
// dist/schedule.ics + dist/sessions/<id>.ics, and the programme for schedule apps, dist/schedule.json
// and dist/schedule.xml); dist/ is swapped in whole only when every deck
// succeeded, so a failed build never leaves a half-updated dist/. A deck's exported PDF and
// og.png (npm run export) carry over to the new dist/ while the deck's build is unchanged.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Deck, deckProblems, discoverDecks, loadDeck, REPO_ROOT, strayDeckFiles } from './lib/decks.ts'
import { deckFactsFingerprint, deckFactsScope, FACTS_FILES } from './lib/deck-facts.ts'
import type { EventQueries } from '../data/queries.ts'
import { loadEventQueries, parseCommandLine, siteBaseArgument, UsageError } from './lib/cli.ts'
import { formatMissingPhotos, scanMissingPhotos } from './lib/missing-photos.ts'
import { pool } from './lib/pool.ts'
import { peakRssMb } from './lib/peak-rss.ts'
import { bundleWorker, DeckWorkers, type JobResult } from './lib/deck-workers.ts'
import type { WorkerJob } from './lib/build-worker.ts'
import { runCalendar } from './calendar.ts'
import { scheduleJson, scheduleXml } from './lib/schedule-export.ts'
import { exportedHandouts, HUB_ASSETS_DIR } from './lib/render-hub.ts'
import { handoutFileName } from './lib/handout.ts'
import { adoptSharedCopies, SHARED_ASSETS_ENV, shareSiteAssets } from './lib/shared-assets.ts'
import { deckBaseOf, ROOT_BASE, SITE_BASE_FILE } from './lib/site-base.ts'

const DIST = path.join(REPO_ROOT, 'dist')
const CACHE = path.join(REPO_ROOT, '.cache')
const MANIFEST = path.join(CACHE, 'build-manifest.json')
const DECK_CACHE = path.join(CACHE, 'decks')
const LOGS = path.join(CACHE, 'logs')
const SLIDEV_BIN = path.join(REPO_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')

/**
 * Inputs of every deck that Vite's module graph does not show: folders Slidev scans by name (a
 * new components/Link.vue or layouts/cover.vue overrides a built-in), files read outside Vite
 * (setup/preparser.ts and what it imports), configs (slides/package.json names every deck's addon) and the lockfile. Everything else a deck's
 * build reads (data/, composables/, ...) is recorded per deck by scripts/lib/record-inputs.ts.
 */
export const SHARED_INPUTS = [
  'components', 'layouts', 'styles', 'setup', 'public', 'snippets', 'data', 'scripts/lib',
  'vite.config.ts', 'uno.config.ts', 'package-lock.json', 'slides/package.json',
]
/** Bump when the way decks are built changes (flags, layout of dist/), to invalidate caches. */
const RECIPE = 'slidev-build-v3-shared-assets'
const RSS_LIMIT_MB = 1024

const USAGE = `Usage: tsx scripts/build.ts [--jobs N] [--force] [--isolated] [--base /path/] [<deck>...]
  <deck>...    build only these decks (slugs such as welcome, rooms), with the hub and calendar; default: all
  --jobs N     build at most N decks at once (default: ${os.availableParallelism()}, this machine's parallelism)
  --force      rebuild every deck, ignoring .cache/
  --isolated   build each deck in its own \`slidev build\` process (slower; same output)
  --base /p/   the URL path the site is served from (default /): decks at /p/<slug>/, for a sub-path of a host
  --help       show this help`

interface Options { jobs: number, force: boolean, isolated: boolean, only: string[], base: string }

export { UsageError }

export function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = { jobs: os.availableParallelism(), force: false, isolated: false, only: [], base: ROOT_BASE }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--help' || arg === '-h') return 'help'
    if (arg === '--force') {
      options.force = true
    } else if (arg === '--isolated') {
      options.isolated = true
    } else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const value = arg === '--jobs' ? argv[++i] : arg.slice('--jobs='.length)
      if (value === undefined || !/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs needs a positive whole number, got ${value === undefined ? 'nothing' : `"${value}"`}`)
      options.jobs = Number(value)
    } else if (arg === '--base' || arg.startsWith('--base=')) {
      options.base = siteBaseArgument(arg === '--base' ? argv[++i] : arg.slice('--base='.length))
    } else if (/^[a-z0-9][a-z0-9-]*$/i.test(arg)) {
      if (!options.only.includes(arg)) options.only.push(arg)
    } else {
      throw new UsageError(`Unknown argument: ${arg}`)
    }
  }
  return options
}

// ---- input hashing ----------------------------------------------------------------------

type Hash = ReturnType<typeof createHash>

/** Adds a file or folder (recursively, sorted, without node_modules) to `hash`; absent counts too. */
function hashPath(hash: Hash, file: string): void {
  const rel = path.relative(REPO_ROOT, file)
  // The event's facts count per deck, by what the deck shows of them (deckFactsFingerprint).
  if (FACTS_FILES.includes(rel)) return
  let entries
  try {
    entries = readdirSync(file, { withFileTypes: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') hash.update(`absent:${rel}\0`)
    else if (code === 'ENOTDIR') hash.update(`file:${rel}\0`).update(readFileSync(file)).update('\0')
    else throw error
    return
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name !== 'node_modules' && entry.name !== '.DS_Store') hashPath(hash, path.join(file, entry.name))
  }
}

function sharedInputsHash(base: string): string {
  // The base is in every URL a deck's build writes.
  const hash = createHash('sha256').update(RECIPE).update(`base:${base}\0`)
  for (const input of SHARED_INPUTS) hashPath(hash, path.join(REPO_ROOT, input))
  return hash.digest('hex')
}

/**
 * A deck's hash: the shared inputs, its markdown and its folder's components/, the files its last build recorded reading, and
 * the facts it shows (`facts`, from deckFactsFingerprint: not the fact files themselves, so an edit
 * to a session no deck names rebuilds only the decks that show the whole programme).
 */
function deckHash(deck: Deck, shared: string, recorded: string[], facts: string): string {
  const hash = createHash('sha256').update(shared).update(`${deck.slug}\0`).update(`facts:${facts}\0`)
  // The deck folder's components/ is scanned by name, like the shared one (SHARED_INPUTS).
  for (const file of [deck.file, path.join(path.dirname(deck.file), 'components'), ...recorded]) hashPath(hash, file)
  return hash.digest('hex')
}

interface Manifest {
  /** Per deck: the hash of its inputs at its last good build, and the files that build read. */
  decks: Record<string, { hash: string, inputs: string[], builtAt: string, seconds?: number }>
  /** The hash of the hub and calendar's inputs at their last good build. */
  site?: string
}

/** The manifest, keeping only well-formed entries (an old or broken one means rebuild). */
function readManifest(): Manifest {
  const manifest: Manifest = { decks: {} }
  try {
    const data = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Partial<Manifest>
    for (const [slug, entry] of Object.entries(data.decks ?? {})) {
      if (typeof entry?.hash === 'string' && Array.isArray(entry.inputs)) manifest.decks[slug] = entry
    }
    if (typeof data.site === 'string') manifest.site = data.site
  } catch {
    // none yet, or unreadable: everything is rebuilt
  }
  return manifest
}

// ---- one deck ---------------------------------------------------------------------------

/** Files `npm run export` adds to a built deck. */
export const exportedFiles = (slug: string) => [`${slug}.pdf`, handoutFileName(slug), 'og.png']

/**
 * Keeps a deck's PDF and og.png from the current dist/ when they were exported from the very build
 * being reused (same index.html, whose asset names are content hashes), so an unchanged deck is not
 * exported again.
 */
function carryOverExports(deck: Deck, cacheDir: string, out: string): void {
  const current = path.join(DIST, deck.slug)
  const sameBuild = existsSync(path.join(current, 'index.html'))
    && readFileSync(path.join(current, 'index.html')).equals(readFileSync(path.join(cacheDir, 'index.html')))
  if (!sameBuild) return
  for (const file of exportedFiles(deck.slug)) {
    if (existsSync(path.join(current, file))) cpSync(path.join(current, file), path.join(out, file))
  }
}

interface Result {
  deck: Deck
  ok: boolean
  cached: boolean
  seconds: number
  peakRssMb?: number
  error?: string
  log?: string
}

const running = new Set<ChildProcess>()

const ANSI = /\x1B\[[0-9;]*[A-Za-z]/g

/** The lines that explain a failed build: the deck guard's, else the end of the log. */
export function errorExcerpt(log: string): string {
  const lines = log.replace(ANSI, '').split('\n')
  const guard = [...new Set(lines.filter(l => l.includes('[deck-guard]')).map(l => l.replace(/^.*?(\[deck-guard\])/, '$1').trim()))]
  if (guard.length > 0) return guard.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).join('\n')
  return lines.filter(l => l.trim() !== '').slice(-30).join('\n')
}

/** One deck built by its own `slidev build` process, the way plain Slidev builds (--isolated). */
function runSlidevBuild(deck: Deck, deckBase: string, outDir: string, inputsFile: string): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SLIDEV_BIN, 'build', deck.file, '--out', outDir, '--base', deckBase], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', DECK_INPUTS_FILE: inputsFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    running.add(child)
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => { log += chunk })
    child.stderr.on('data', (chunk: Buffer) => { log += chunk })
    let peak: number | undefined
    const sampler = setInterval(() => { peak = peakRssMb(child.pid) ?? peak }, 250)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(sampler)
      running.delete(child)
      resolve({ ok: code === 0, log, peakRssMb: peak, error: code === 0 ? undefined : `slidev build exited with ${code}` })
    })
  })
}

type BuildOne = (deck: Deck, outDir: string, inputsFile: string) => Promise<JobResult>

interface Builders {
  buildOne: BuildOne
  /** Writes the hub page (index.html, _hub/) into a folder. */
  buildHub: (outDir: string, only: string[], handoutsFrom: string) => Promise<JobResult>
  close: () => void
}

/**
 * Builds decks and the hub page in workers (scripts/lib/deck-workers.ts) or, with --isolated or
 * when a worker cannot start, each in its own process: `slidev build`, `tsx scripts/hub.ts`.
 */
function builders(isolated: boolean, base: string): Builders {
  let workers: DeckWorkers | undefined // started with the first job that is not cached
  let unavailable = isolated
  const inWorker = async (job: WorkerJob, otherwise: () => Promise<JobResult>): Promise<JobResult> => {
    if (unavailable) return otherwise()
    workers ??= new DeckWorkers(bundleWorker(path.join(CACHE, 'worker')), REPO_ROOT)
    const result = await workers.run(job)
    if (!result.workerUnavailable) return result
    if (!unavailable) {
      writeFileSync(path.join(LOGS, 'build-worker.log'), result.log)
      console.log(`${result.log.trim().split('\n')[0] || result.error}\nBuilding each deck in its own process instead (the whole message: .cache/logs/build-worker.log).`)
    }
    unavailable = true
    return otherwise()
  }
  return {
    buildOne: (deck, outDir, inputsFile) => inWorker(
      { kind: 'deck', file: deck.file, base: deckBaseOf(base, deck.slug), outDir, inputsFile },
      () => runSlidevBuild(deck, deckBaseOf(base, deck.slug), outDir, inputsFile),
    ),
    buildHub: (outDir, only, handoutsFrom) => inWorker(
      { kind: 'hub', outDir, siteUrl: process.env.SITE_URL || undefined, base, only, handoutsFrom },
      async () => {
        const { code, log } = await runChild(TSX_BIN, ['scripts/hub.ts', '--out', outDir, '--base', base, '--handouts-from', handoutsFrom, ...only.flatMap(slug => ['--deck', slug])])
        return { ok: code === 0, log, error: code === 0 ? undefined : `scripts/hub.ts exited with ${code}` }
      },
    ),
    close: () => workers?.close(),
  }
}

async function buildDeck(deck: Deck, buildOne: BuildOne, shared: string, facts: string, manifest: Manifest, staging: string, force: boolean): Promise<Result> {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  const out = path.join(staging, deck.slug)
  const cacheDir = path.join(DECK_CACHE, deck.slug)
  const last = manifest.decks[deck.slug]
  if (!force && last && deckHash(deck, shared, last.inputs, facts) === last.hash && existsSync(path.join(cacheDir, 'index.html'))) {
    cpSync(cacheDir, out, { recursive: true })
    carryOverExports(deck, cacheDir, out)
    return { deck, ok: true, cached: true, seconds: seconds() }
  }
  const inputsFile = path.join(LOGS, `${deck.slug}.inputs.json`)
  rmSync(inputsFile, { force: true })
  const { ok, error, log, peakRssMb } = await buildOne(deck, out, inputsFile)
  const logFile = path.join(LOGS, `${deck.slug}.log`)
  writeFileSync(logFile, log)
  if (!ok || !existsSync(path.join(out, 'index.html'))) {
    const why = !ok ? error : 'slidev build wrote no index.html'
    return { deck, ok: false, cached: false, seconds: seconds(), peakRssMb, error: `${why}\n${errorExcerpt(log)}`, log: logFile }
  }
  // Keep this output for the next run; replace the old copy only once the new one is complete.
  const fresh = `${cacheDir}.tmp-${process.pid}`
  rmSync(fresh, { recursive: true, force: true })
  cpSync(out, fresh, { recursive: true })
  rmSync(cacheDir, { recursive: true, force: true })
  renameSync(fresh, cacheDir)
  // Without the record (a vite.config.ts without recordInputs) the deck is rebuilt every time.
  const inputs = existsSync(inputsFile) ? JSON.parse(readFileSync(inputsFile, 'utf8')) as string[] : undefined
  if (inputs) manifest.decks[deck.slug] = { hash: deckHash(deck, shared, inputs, facts), inputs, builtAt: new Date().toISOString(), seconds: Math.round(seconds()) }
  else delete manifest.decks[deck.slug]
  return { deck, ok: true, cached: false, seconds: seconds(), peakRssMb }
}

/**
 * One build at a time in this tree (several people and the e2e setup may start one): two at once
 * would race on dist/ and .cache/. Waits for a running build; takes over a dead process's lock.
 */
async function takeLock(): Promise<() => void> {
  const lock = path.join(CACHE, 'build.lock')
  let told = false
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' })
      return () => rmSync(lock, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = Number(readFileSync(lock, 'utf8'))
    if (!isAlive(owner)) {
      rmSync(lock, { force: true })
      continue
    }
    if (!told) console.log(`Waiting for another build in this tree (pid ${owner}) to finish...`)
    told = true
    await new Promise(resolve => setTimeout(resolve, 2000))
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}


// ---- main -------------------------------------------------------------------------------

function formatLine(r: Result, width: number): string {
  const status = r.ok ? (r.cached ? 'cached' : 'rebuilt') : 'FAILED'
  const rss = r.peakRssMb ? `  peak RSS ${r.peakRssMb} MB${r.peakRssMb > RSS_LIMIT_MB ? ` (over ${RSS_LIMIT_MB} MB!)` : ''}` : ''
  return `${r.ok ? '✓' : '✗'} ${r.deck.slug.padEnd(width)}  ${r.seconds.toFixed(1).padStart(5)}s  ${status}${rss}`
}

async function main(): Promise<number> {
  const options = parseCommandLine(parseArgs, USAGE)
  if (typeof options === 'number') return options
  const { jobs, force, isolated, base } = options

  const allDecks = discoverDecks()
  if (allDecks.length === 0) {
    console.error('No decks found in slides/<slug>/slides.md')
    return 1
  }
  const unknown = options.only.filter(slug => !allDecks.some(deck => deck.slug === slug))
  if (unknown.length > 0) {
    console.error(`No deck ${unknown.map(slug => `"${slug}"`).join(', ')}: the decks are ${allDecks.map(deck => deck.slug).join(', ')}`)
    return 2
  }
  const decks = options.only.length === 0 ? allDecks : allDecks.filter(deck => options.only.includes(deck.slug))
  // The event data first: every deck reads it, so one clear message beats a failure per deck.
  const queries = await loadEventQueries('build', text => console.error(`${text} No deck built; dist/ left untouched.`))
  if (typeof queries === 'number') return queries
  const problems = [...strayDeckFiles(), ...decks.flatMap(deck => deckProblems(deck, queries))]
  // Each deck's facts fingerprint (what of the data it shows) needs the deck's slides, generated
  // ones included: a generated slide that names no day of the event is refused here, with the rest.
  const factsOf = new Map<string, string>()
  // Loaded only now, as loadDeck does: the module reads the event data when it loads.
  const { GeneratedSlidesError } = await import('./lib/generated-slides.ts')
  for (const deck of decks) {
    try {
      const { files } = await loadDeck(deck, queries)
      factsOf.set(deck.slug, deckFactsFingerprint(queries, deckFactsScope(files.map(file => readFileSync(file, 'utf8')))))
    } catch (error) {
      if (!(error instanceof GeneratedSlidesError)) throw error
      problems.push(error.message)
    }
  }
  if (problems.length > 0) {
    console.error(`Build failed, dist/ left untouched:\n${problems.map(p => `  ${p}`).join('\n')}`)
    return 1
  }

  const started = performance.now()
  mkdirSync(DECK_CACHE, { recursive: true })
  mkdirSync(LOGS, { recursive: true })
  const unlock = await takeLock()
  try {
    return await buildAll(decks, allDecks, { jobs, force, isolated, base }, started, queries, factsOf)
  } finally {
    unlock()
  }
}

async function buildAll(decks: Deck[], allDecks: Deck[], { jobs, force, isolated, base }: Pick<Options, 'jobs' | 'force' | 'isolated' | 'base'>, started: number, queries: EventQueries, factsOf: ReadonlyMap<string, string>): Promise<number> {
  const staging = path.join(CACHE, `staging-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  // Every deck refers to the site's one assets/ folder (scripts/lib/shared-assets.ts); workers and
  // `slidev build` children inherit this.
  process.env[SHARED_ASSETS_ENV] = base
  const builder = builders(isolated, base)
  const cleanUp = () => {
    builder.close()
    for (const child of running) child.kill('SIGTERM')
    rmSync(staging, { recursive: true, force: true })
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cleanUp()
      rmSync(path.join(CACHE, 'build.lock'), { force: true })
      process.exit(130)
    })
  }

  const manifest = readManifest()
  const shared = sharedInputsHash(base)
  // The hub and the calendar show every fact.
  const siteInputs = createHash('sha256').update(shared).update(deckFactsFingerprint(queries, { wholeProgramme: true, sessionIds: [] })).digest('hex')
  // Decks left out by name keep their cache: only decks that no longer exist are forgotten.
  const slugs = new Set(allDecks.map(deck => deck.slug))
  const width = Math.max(...decks.map(d => d.slug.length))
  console.log(`Building ${decks.length} deck${decks.length === 1 ? '' : 's'}, ${jobs} at a time`)
  // Longest builds first, so that short ones fill the end: by the times of the last build (new
  // decks count as longest), else by markdown size. The site comes after the decks: the hub links
  // the handouts the new site holds (carried over with unchanged decks' PDFs), so it needs them all.
  const expected = (deck: Deck) => manifest.decks[deck.slug]?.seconds ?? Number.POSITIVE_INFINITY
  const size = (deck: Deck) => statSync(deck.file).size
  const queue = [...decks].sort((a, b) => (expected(b) - expected(a)) || (size(b) - size(a)))
  const siteOut = path.join(CACHE, `site-${process.pid}`)
  rmSync(siteOut, { recursive: true, force: true })
  mkdirSync(siteOut, { recursive: true })
  let site: SiteResult = { ok: false, cached: false, seconds: 0, error: 'not built' }
  const results: Result[] = []
  try {
    await pool(queue, jobs, async (job) => {
      const result = await buildDeck(job, builder.buildOne, shared, factsOf.get(job.slug)!, manifest, staging, force)
        .catch((error: Error): Result => ({ deck: job, ok: false, cached: false, seconds: 0, error: error.stack ?? String(error) }))
      console.log(formatLine(result, width))
      results.push(result)
    })
    site = await buildSite(decks, allDecks, builder, siteInputs, manifest, siteOut, force, queries, staging)
      .catch((error: Error): SiteResult => ({ ok: false, cached: false, seconds: 0, error: error.stack ?? String(error) }))
  } finally {
    builder.close()
  }
  results.sort((a, b) => a.deck.slug.localeCompare(b.deck.slug))

  // Forget decks that no longer exist, so the cache does not grow forever.
  for (const slug of Object.keys(manifest.decks)) {
    if (!slugs.has(slug)) delete manifest.decks[slug]
  }
  for (const name of readdirSync(DECK_CACHE)) {
    if (!slugs.has(name)) rmSync(path.join(DECK_CACHE, name), { recursive: true, force: true })
  }
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`)

  const total = ((performance.now() - started) / 1000).toFixed(1)
  const failed = results.filter(r => !r.ok)
  if (failed.length > 0) {
    rmSync(staging, { recursive: true, force: true })
    rmSync(siteOut, { recursive: true, force: true })
    console.error(`\nBuild failed (${failed.map(r => r.deck.slug).join(', ')}); dist/ left untouched.`)
    for (const r of failed) {
      console.error(`\n--- ${r.deck.slug} (${r.deck.relPath}) ---\n${r.error}`)
      if (r.log) console.error(`(full log: ${path.relative(REPO_ROOT, r.log)})`)
    }
    return 1
  }

  console.log(`${'site'.padEnd(width)}  ${site.seconds.toFixed(1).padStart(6)}s  ${site.ok ? (site.cached ? 'cached' : 'rebuilt') : 'FAILED'}  (hub page and calendar)`)
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`)
  if (!site.ok) {
    rmSync(staging, { recursive: true, force: true })
    rmSync(siteOut, { recursive: true, force: true })
    console.error(`\nBuild failed (hub page or calendar); dist/ left untouched.\n${site.error}`)
    return 1
  }
  for (const entry of readdirSync(siteOut)) renameSync(path.join(siteOut, entry), path.join(staging, entry))
  rmSync(siteOut, { recursive: true, force: true })
  try {
    const shared = shareSiteAssets(staging, decks.map(deck => deck.slug), base)
    const adopted = adoptSharedCopies(staging, 'index.html', HUB_ASSETS_DIR, base)
    // Preview and export serve the site where it was built for.
    writeFileSync(path.join(staging, SITE_BASE_FILE), `${base}\n`)
    console.log(`${'assets'.padEnd(width)}  ${shared.files} files shared by the decks in assets/ (${adopted} of them by the hub too), ${(shared.bytesSaved / 2 ** 20).toFixed(1)} MB of copies not stored`)
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    console.error(`\nBuild failed: ${(error as Error).message}; dist/ left untouched.`)
    return 1
  }

  // Swap staging in as dist/ with renames, so dist/ is never half-written.
  const old = path.join(CACHE, `dist-old-${process.pid}`)
  if (existsSync(DIST)) renameSync(DIST, old)
  renameSync(staging, DIST)
  const rebuilt = results.filter(r => !r.cached).length
  console.log(`Built ${decks.length} deck${decks.length === 1 ? '' : 's'} into dist/ in ${total}s: ${rebuilt} rebuilt, ${decks.length - rebuilt} cached`)
  const photos = formatMissingPhotos(scanMissingPhotos(REPO_ROOT, decks))
  if (photos) console.log(photos)
  rmSync(old, { recursive: true, force: true })
  return 0
}

// ---- the site around the decks ------------------------------------------------------------

const SITE_CACHE = path.join(CACHE, 'site')
const SITE_ENTRIES = ['index.html', '_hub', 'schedule.ics', 'sessions', 'schedule.json', 'schedule.xml']
/** What the hub page and the calendar read besides SHARED_INPUTS. */
const SITE_INPUTS = ['hub', 'scripts/hub.ts', 'scripts/calendar.ts']
const TSX_BIN = path.join(REPO_ROOT, 'node_modules/.bin/tsx')

interface SiteResult { ok: boolean, cached: boolean, seconds: number, error?: string }

/** Writes the hub page and the calendar into `out`, or copies them from .cache/site/ when nothing they read changed. */
async function buildSite(decks: Deck[], allDecks: Deck[], builder: Builders, shared: string, manifest: Manifest, out: string, force: boolean, queries: EventQueries, decksDir: string): Promise<SiteResult> {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  const hash = createHash('sha256').update(shared)
  hash.update(JSON.stringify(decks.map(deck => [deck.slug, deck.relPath, deck.headmatter])))
  // The hub links the handouts of the decks' new outputs (in `decksDir`), so which there are counts.
  hash.update(JSON.stringify([...exportedHandouts(decksDir, decks)]))
  for (const input of SITE_INPUTS) hashPath(hash, path.join(REPO_ROOT, input))
  const digest = hash.digest('hex')
  if (!force && manifest.site === digest && existsSync(path.join(SITE_CACHE, 'index.html'))) {
    for (const entry of readdirSync(SITE_CACHE)) cpSync(path.join(SITE_CACHE, entry), path.join(out, entry), { recursive: true })
    return { ok: true, cached: true, seconds: seconds() }
  }
  const only = decks.length === allDecks.length ? [] : decks.map(deck => deck.slug)
  const hub = await builder.buildHub(out, only, decksDir)
  if (!hub.ok) return { ok: false, cached: false, seconds: seconds(), error: `the hub page failed: ${hub.error}\n${errorExcerpt(hub.log)}` }
  let calendarLog = ''
  const io = { stdout: (text: string) => { calendarLog += `${text}\n` }, stderr: (text: string) => { calendarLog += `${text}\n` }, cwd: REPO_ROOT, env: process.env }
  if (runCalendar(['--out', out], io, queries) !== 0) return { ok: false, cached: false, seconds: seconds(), error: `the calendar failed:\n${calendarLog}` }
  // The programme in the schedule interchange format (scripts/lib/schedule-export.ts), for EventFahrplan, Giggity, info-beamer.
  const siteUrl = process.env.SITE_URL || undefined
  writeFileSync(path.join(out, 'schedule.json'), scheduleJson(queries.facts(), { siteUrl }))
  writeFileSync(path.join(out, 'schedule.xml'), scheduleXml(queries.facts(), { siteUrl }))
  const fresh = `${SITE_CACHE}.tmp-${process.pid}`
  rmSync(fresh, { recursive: true, force: true })
  mkdirSync(fresh, { recursive: true })
  for (const entry of SITE_ENTRIES) {
    if (existsSync(path.join(out, entry))) cpSync(path.join(out, entry), path.join(fresh, entry), { recursive: true })
  }
  rmSync(SITE_CACHE, { recursive: true, force: true })
  renameSync(fresh, SITE_CACHE)
  manifest.site = digest
  return { ok: true, cached: false, seconds: seconds() }
}

function runChild(command: string, args: string[]): Promise<{ code: number | null, log: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    running.add(child)
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => { log += chunk })
    child.stderr.on('data', (chunk: Buffer) => { log += chunk })
    child.on('close', (code) => {
      running.delete(child)
      resolve({ code, log })
    })
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main()
