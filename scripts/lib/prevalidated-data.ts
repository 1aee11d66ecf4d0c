// A deck's browser bundle gets the event's facts as the JSON the build already validated, not the
// validation itself: the build (vite.config.ts) loads data/event-data.ts in Node, which runs the
// zod schema and the integrity rules before any deck is bundled, so doing it again in every
// attendee's browser cost ~80 KB of zod on the first slide and proved nothing new. Node (the
// commands, the tests, the hub's server-side render) and `slidev dev` (where a data edit must reach
// the open deck) still import the validating module itself.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { REPO_ROOT } from './decks.ts'

const dataFile = (name: string) => path.join(REPO_ROOT, 'data', name)
/** The module whose export, `eventData`, the browser gets as JSON. */
export const VALIDATED_DATA_FILE = dataFile('event-data.ts')
/** Modules that only define the schema and the rules: data/index.ts re-exports them for Node, the browser uses none. */
export const NODE_ONLY_DATA_FILES = [dataFile('schema.ts'), dataFile('validate.ts')]

/** The JavaScript module that stands for data/event-data.ts in the browser. */
export async function prevalidatedDataModule(): Promise<string> {
  const { eventData } = await import('../../data/event-data.ts')
  // JSON.parse of a string literal: the facts as data, and V8 parses JSON faster than an object literal.
  return `export const eventData = JSON.parse(${JSON.stringify(JSON.stringify(eventData))})\n`
}

export function prevalidatedData(): Plugin {
  return {
    name: 'prevalidated-data',
    apply: 'build',
    async load(id, options) {
      if (options?.ssr) return undefined
      const file = id.split('?')[0]!
      if (file === VALIDATED_DATA_FILE) return { code: await prevalidatedDataModule(), moduleSideEffects: false }
      // Declared free of side effects, so the bundler drops them (and zod with them) when nothing
      // the browser runs imports from them: building the schema's objects is their only top-level work.
      if (NODE_ONLY_DATA_FILES.includes(file)) return { code: readFileSync(file, 'utf8'), moduleSideEffects: false }
      return undefined
    },
  }
}
