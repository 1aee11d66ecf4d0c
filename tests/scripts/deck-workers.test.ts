// @vitest-environment node
// The worker pool of scripts/build.ts, driven with small stand-in workers (plain .mjs files that
// speak the same IPC protocol as scripts/lib/build-worker.ts) so that each rule is checked fast:
// reuse, retirement above the memory limit or after a failure, a crash, a worker that cannot start.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { DeckWorkers, RETIRE_RSS_MB } from '../../scripts/lib/deck-workers.ts'

const dir = mkdtempSync(path.join(os.tmpdir(), 'deck-workers-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A stand-in worker: `behaviour` is the body of its job handler (job in `job`, answer with `done(...)`). */
function fakeWorker(name: string, behaviour: string, atStart = `process.send({ type: 'ready' })`): string {
  const file = path.join(dir, `${name}.mjs`)
  writeFileSync(file, [
    `const done = (fields) => process.send({ type: 'done', ok: true, rssMb: 100, peakRssMb: 120, ...fields })`,
    `const log = (text) => process.send({ type: 'log', text })`,
    `process.on('message', (job) => { ${behaviour} })`,
    atStart,
  ].join('\n'))
  return file
}

const deckJob = (file: string) => ({ kind: 'deck' as const, file, base: '/x/', outDir: path.join(dir, 'out'), inputsFile: path.join(dir, 'inputs.json') })
const pidIn = (log: string) => /pid (\d+)/.exec(log)?.[1]

let workers: DeckWorkers | undefined
afterEach(() => workers?.close())

describe('DeckWorkers', () => {
  test('runs a job in a worker and hands back what it printed; the next job reuses the idle worker', async () => {
    workers = new DeckWorkers(fakeWorker('echo', `log('pid ' + process.pid + ' building ' + job.file + '\\n'); done({})`), dir)
    const first = await workers.run(deckJob('slides/a.md'))
    const second = await workers.run(deckJob('slides/talks/b.md'))
    expect(first).toMatchObject({ ok: true, peakRssMb: 120 })
    expect(first.log).toMatch(/building slides\/a\.md/)
    expect(second.log).toMatch(/building slides\/talks\/b\.md/)
    expect(pidIn(second.log)).toBe(pidIn(first.log))
  })

  test('runs jobs side by side in separate workers', async () => {
    workers = new DeckWorkers(fakeWorker('slow', `log('pid ' + process.pid); setTimeout(() => done({}), 200)`), dir)
    const [a, b] = await Promise.all([workers.run(deckJob('a.md')), workers.run(deckJob('b.md'))])
    expect(pidIn(a.log)).not.toBe(pidIn(b.log))
  })

  test(`retires a worker whose memory stays above ${RETIRE_RSS_MB} MB after a job`, async () => {
    workers = new DeckWorkers(fakeWorker('heavy', `log('pid ' + process.pid); done({ rssMb: ${RETIRE_RSS_MB + 1} })`), dir)
    const first = await workers.run(deckJob('a.md'))
    const second = await workers.run(deckJob('b.md'))
    expect(pidIn(second.log)).not.toBe(pidIn(first.log))
  })

  test('a failed job reports the first line of its error, keeps the rest in the log, and retires its worker', async () => {
    workers = new DeckWorkers(fakeWorker('failing', `log('pid ' + process.pid); done({ ok: false, error: 'Error: [deck-guard] slides/x.md slide 2: unknown layout\\n    at stack' })`), dir)
    const first = await workers.run(deckJob('a.md'))
    expect(first).toMatchObject({ ok: false, error: 'Error: [deck-guard] slides/x.md slide 2: unknown layout' })
    expect(first.log).toMatch(/at stack/)
    const second = await workers.run(deckJob('b.md'))
    expect(pidIn(second.log)).not.toBe(pidIn(first.log))
  })

  test('a worker that dies during a job fails that job only', async () => {
    workers = new DeckWorkers(fakeWorker('dying', `if (job.file === 'die.md') process.exit(3); done({})`), dir)
    const died = await workers.run(deckJob('die.md'))
    expect(died.ok).toBe(false)
    expect(died.error).toMatch(/exited \(code 3\) during the job/)
    expect((await workers.run(deckJob('fine.md'))).ok).toBe(true)
  })

  test('a worker that dies while idle is not given the next job', async () => {
    workers = new DeckWorkers(fakeWorker('quitting', `log('pid ' + process.pid); done({}); if (job.file === 'last.md') setTimeout(() => process.exit(0), 50)`), dir)
    const first = await workers.run(deckJob('last.md'))
    await new Promise(resolve => setTimeout(resolve, 300))
    const second = await workers.run(deckJob('next.md'))
    expect(second.ok).toBe(true)
    expect(pidIn(second.log)).not.toBe(pidIn(first.log))
  })

  test('a worker that cannot start says so, so that the build can go on without workers', async () => {
    workers = new DeckWorkers(fakeWorker('broken', 'done({})', `console.error('build worker could not start: Slidev moved'); process.exit(1)`), dir)
    const result = await workers.run(deckJob('a.md'))
    expect(result).toMatchObject({ ok: false, workerUnavailable: true })
    expect(result.log).toMatch(/Slidev moved/)
  })
})
