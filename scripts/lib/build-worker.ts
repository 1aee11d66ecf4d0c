// A long-lived builder process, started by scripts/build.ts (through scripts/lib/deck-workers.ts)
// with child_process.fork(). It receives one job at a time over IPC: a deck, which it builds with
// Slidev's own build steps (scripts/lib/slidev-internals.ts), or the hub page, whose Vite build
// profits from the Vite and Vue already loaded here. It answers with everything the job printed
// and how it ended. Output goes over IPC rather than the stdout pipe so that a job's log arrives,
// in order, before its result.
import path from 'node:path'
import { peakRssMb } from './peak-rss.ts'
import { createDeckBuilder } from './slidev-internals.ts'

export type WorkerJob =
  | { kind: 'deck', file: string, base: string, outDir: string, inputsFile: string }
  /** `only`: the slugs of the decks built (all when absent). */
  | { kind: 'hub', outDir: string, siteUrl?: string, base?: string, only?: string[], handoutsFrom?: string }
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'log', text: string }
  | { type: 'done', ok: boolean, error?: string, rssMb: number, peakRssMb?: number }

const send = (message: WorkerMessage) => new Promise<void>(resolve => process.send!(message, () => resolve()))

/** Sends what the jobs print to the parent instead of the terminal. */
function captureOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.write = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()
      process.send!({ type: 'log', text } satisfies WorkerMessage)
      const done = typeof encoding === 'function' ? encoding : callback
      if (typeof done === 'function') queueMicrotask(done as () => void)
      return true
    }) as typeof stream.write
  }
}

async function buildHub(outDir: string, siteUrl: string | undefined, base: string | undefined, only: readonly string[] = [], handoutsFrom = outDir): Promise<void> {
  // Loaded on the first hub job only: the event data and the hub renderer are not needed for decks.
  const [{ eventQueries }, { discoverDecks }, { exportedHandouts, renderHub, writeHub }] = await Promise.all([
    import('../../data/index.ts'), import('./decks.ts'), import('./render-hub.ts'),
  ])
  const decks = discoverDecks().filter(deck => only.length === 0 || only.includes(deck.slug))
  writeHub(outDir, await renderHub({ decks, queries: eventQueries, siteUrl, base, handouts: exportedHandouts(handoutsFrom, decks) }))
}

async function main(): Promise<void> {
  // argv[2]: where this worker may write (copies of Slidev for decks of a second folder).
  const scratch = path.join(process.argv[2] ?? path.join(process.cwd(), '.cache/worker'), String(process.pid))
  const buildDeck = await createDeckBuilder(process.cwd(), scratch, {
    // scripts/build.ts shows neither gzip sizes nor Rolldown's plugin timings; both cost time per deck.
    build: { reportCompressedSize: false, rollupOptions: { checks: { pluginTimings: false } } },
  })
  captureOutput()
  process.on('message', async (job: WorkerJob) => {
    let result: WorkerMessage
    try {
      if (job.kind === 'deck') {
        process.env.DECK_INPUTS_FILE = job.inputsFile
        await buildDeck(job.file, job.base, job.outDir)
      } else {
        await buildHub(job.outDir, job.siteUrl, job.base, job.only, job.handoutsFrom)
      }
      result = { type: 'done', ok: true, rssMb: 0 }
    } catch (error) {
      const err = error as Error
      result = { type: 'done', ok: false, error: err.stack ?? String(err), rssMb: 0 }
    }
    // The finished job's caches are garbage now; collect them before the next one.
    globalThis.gc?.()
    result.rssMb = Math.round(process.memoryUsage.rss() / 2 ** 20)
    result.peakRssMb = peakRssMb('self')
    await send(result)
  })
  await send({ type: 'ready' })
}

main().catch((error: Error) => {
  console.error(`build worker could not start: ${error.stack ?? error}`)
  process.exit(1)
})
