// Long-lived processes that build decks (and the hub page) one after another
// (scripts/lib/build-worker.ts), for scripts/build.ts. A deck built in a process that has built
// one before takes about half the time of a fresh `slidev build`: Slidev, Vite and their plugins
// are loaded and V8 has compiled their hot code already. The output is byte-for-byte the same
// (tests/e2e/worker-build.test.ts).
//
// A worker's memory grows a little with every deck; one above RETIRE_RSS_MB after a build is
// stopped, and a fresh one takes the next deck, so no process nears the 1 GB budget.
import { type ChildProcess, fork } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'
import type { WorkerJob, WorkerMessage } from './build-worker.ts'

/** A build peaks some 20-60 MB above what stays resident after it: 900 keeps every worker under the 1 GB budget. */
export const RETIRE_RSS_MB = 900

export interface JobResult {
  ok: boolean
  /** Everything the job printed. */
  log: string
  /** Why it failed, in one line (the log has the details). */
  error?: string
  peakRssMb?: number
  /** The worker could not even start (Slidev's internals moved): build this deck another way. */
  workerUnavailable?: boolean
}

interface Worker {
  child: ChildProcess
  ready: Promise<void>
  /** The job in progress: where its output goes and how it ends. */
  job?: { log: string[], finish: (result: JobResult) => void }
  exited: boolean
  /** Output while no job runs (start-up, a crash while idle). */
  idleLog: string[]
  /** Resident memory after its last job, garbage collected. */
  rssMb: number
}

/**
 * Bundles the worker into one plain ES module in `outDir`, a folder inside the repo (its packages
 * resolve from the repo's node_modules). Not run under tsx: every module Slidev loads would
 * pass through tsx's loader, which costs each process about 280 MB and 2.5 s of CPU.
 */
export function bundleWorker(outDir: string): string {
  // Also clears the scratch folders of earlier workers (see build-worker.ts).
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const outfile = path.join(outDir, 'build-worker.mjs')
  const source = fileURLToPath(new URL('build-worker.ts', import.meta.url))
  buildSync({
    entryPoints: [source], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error',
    // The bundled modules find the repo from their own location (scripts/lib/decks.ts's REPO_ROOT).
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(source).href) },
  })
  return outfile
}

export class DeckWorkers {
  private idle: Worker[] = []
  private readonly all = new Set<Worker>()

  /** `script`: the bundled worker; its folder is the workers' scratch space. */
  constructor(private readonly script: string, private readonly cwd: string) {}

  /** Runs one job (a deck, the hub page) in an idle worker, or a new one. */
  async run(job: WorkerJob): Promise<JobResult> {
    const worker = this.idle.pop() ?? this.start()
    try {
      await worker.ready
    } catch (error) {
      return { ok: false, log: worker.idleLog.join(''), error: (error as Error).message, workerUnavailable: true }
    }
    const result = await new Promise<JobResult>((resolve) => {
      worker.job = { log: [], finish: resolve }
      worker.child.send(job)
    })
    worker.job = undefined
    // A failed job may leave state behind (a half-loaded config): the next one gets a fresh process.
    if (worker.exited || !result.ok || worker.rssMb > RETIRE_RSS_MB) this.stop(worker)
    else this.idle.push(worker)
    return result
  }

  /** Stops every worker (at the end, or when the build is interrupted). */
  close(): void {
    for (const worker of this.all) this.stop(worker)
    this.idle = []
  }

  private start(): Worker {
    const child = fork(this.script, [path.dirname(this.script)], {
      cwd: this.cwd,
      // --expose-gc: the worker collects a finished job's garbage before taking the next one.
      // A larger young generation (32 MB semi-spaces, above V8's default) means fewer scavenges
      // of a build's many short-lived objects: about 3% faster, some 30 MB more at the peak.
      execArgv: ['--expose-gc', '--max-semi-space-size=32'],
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    let markReady!: () => void
    let failStart!: (error: Error) => void
    const worker: Worker = {
      child,
      exited: false,
      idleLog: [],
      rssMb: 0,
      ready: new Promise<void>((resolve, reject) => { markReady = resolve; failStart = reject }),
    }
    worker.ready.catch(() => {}) // a start-up failure is reported by run()
    this.all.add(worker)
    // Output that bypasses process.stdout (Rolldown's progress lines are written by native code).
    const collect = (chunk: Buffer) => (worker.job?.log ?? worker.idleLog).push(chunk.toString())
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') markReady()
      else if (message.type === 'log') worker.job?.log.push(message.text)
      else if (message.type === 'done' && worker.job) {
        worker.rssMb = message.rssMb
        const { log, finish } = worker.job
        const errorLog = message.error ? `\n${message.error}\n` : ''
        const error = message.ok ? undefined : message.error?.split('\n')[0] ?? 'failed'
        finish({ ok: message.ok, log: log.join('') + errorLog, error, peakRssMb: message.peakRssMb })
      }
    })
    child.on('exit', (code, signal) => {
      worker.exited = true
      this.all.delete(worker)
      this.idle = this.idle.filter(w => w !== worker)
      const why = `build worker exited (${signal ?? `code ${code}`})`
      failStart(new Error(`${why} before it was ready`))
      if (worker.job) worker.job.finish({ ok: false, log: worker.job.log.join(''), error: `${why} during the job` })
    })
    return worker
  }

  private stop(worker: Worker): void {
    this.all.delete(worker)
    if (!worker.exited) worker.child.kill('SIGTERM')
  }
}
