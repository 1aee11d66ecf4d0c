// The site built on the big programme fixture, the way an organizer changes data and not code:
// a copy of the repo (bench/lib/sandbox.ts: sources copied, node_modules hard-linked, the real
// dist/ and .cache/ untouched) whose data/event.ts exports the fixture instead of the shipped
// facts; then the copy's own `npm run build`, served like dist/.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { createSandbox } from '../../bench/lib/sandbox.ts'
import { createEventQueries, type EventQueries, loadEventData } from '../../data/index.ts'
import type { Deck } from '../../scripts/lib/decks.ts'
import { bigProgramme } from '../fixtures/big-programme.ts'
import { serveDist } from './static-server.ts'

export interface FixtureSite {
  origin: string
  /** The decks of the copy (same slugs as the repo's). */
  decks: Deck[]
  /** The fixture's event, as the copy's data module serves it (its decks' generated slides come from it). */
  event: EventQueries
  /** Seconds the copy's build took. */
  buildSeconds: number
  close: () => Promise<void>
}

/** data/event.ts of the copy: the same export as the shipped module, from the fixture. */
export const FIXTURE_EVENT_MODULE = `// The big programme fixture in place of the shipped facts (written by tests/e2e/fixture-site.ts).
import { bigProgramme } from '../tests/fixtures/big-programme.ts'

export const eventFacts = bigProgramme()
`

export async function buildFixtureSite(): Promise<FixtureSite> {
  const sandbox = createSandbox(undefined, !!process.env.E2E_KEEP_FIXTURE_SITE)
  try {
    writeFileSync(path.join(sandbox.root, 'data/event.ts'), FIXTURE_EVENT_MODULE)
    const started = Date.now()
    const build = spawnSync('npm', ['run', 'build'], { cwd: sandbox.root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const buildSeconds = (Date.now() - started) / 1000
    if (build.status !== 0) {
      const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.split('\n').slice(-40).join('\n')
      throw new Error(`npm run build on the big programme fixture failed (exit ${build.status}) in ${sandbox.root}:\n${output}`)
    }
    const server = await serveDist(path.join(sandbox.root, 'dist'))
    return {
      origin: server.origin,
      decks: sandbox.decks,
      event: createEventQueries(loadEventData(bigProgramme(), 'tests/fixtures/big-programme.ts')),
      buildSeconds,
      close: async () => {
        await server.close()
        sandbox.remove()
      },
    }
  } catch (error) {
    sandbox.remove()
    throw error
  }
}
