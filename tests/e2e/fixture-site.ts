// The site built on the big programme fixture, the way an organizer changes data and not code:
// a copy of the repo (./sandbox-site.ts) whose data/event.ts exports the fixture instead of the
// shipped facts, built by its own `npm run build` and served like dist/.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { createEventQueries, type EventQueries, loadEventData } from '../../data/index.ts'
import { bigProgramme } from '../fixtures/big-programme.ts'
import { buildSandboxSite, type SandboxSite } from './sandbox-site.ts'

export interface FixtureSite extends SandboxSite {
  /** The fixture's event, as the copy's data module serves it (its decks' generated slides come from it). */
  event: EventQueries
}

/** data/event.ts of the copy: the same export as the shipped module, from the fixture. */
export const FIXTURE_EVENT_MODULE = `// The big programme fixture in place of the shipped facts (written by tests/e2e/fixture-site.ts).
import { bigProgramme } from '../tests/fixtures/big-programme.ts'

export const eventFacts = bigProgramme()
`

export async function buildFixtureSite(): Promise<FixtureSite> {
  const site = await buildSandboxSite('the big programme fixture', {
    prepare: root => writeFileSync(path.join(root, 'data/event.ts'), FIXTURE_EVENT_MODULE),
  })
  return { ...site, event: createEventQueries(loadEventData(bigProgramme(), 'tests/fixtures/big-programme.ts')) }
}
