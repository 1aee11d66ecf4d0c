// A site built in a throw-away copy of the repo (bench/lib/sandbox.ts: the real dist/ and .cache/
// untouched), the way an organizer changes data and not code: `prepare` edits the copy, then the
// copy's own npm commands run (by default `npm run build`), and its dist/ is served like the real one.
// E2E_KEEP_FIXTURE_SITE=1 keeps the copy for a look afterwards.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { createSandbox } from '../../bench/lib/sandbox.ts'
import type { Deck } from '../../scripts/lib/decks.ts'
import { serveDist } from '../../scripts/preview.ts'

export interface SandboxSite {
  /** The copy of the repo. */
  root: string
  origin: string
  /** The decks of the copy (same slugs as the repo's), paths inside it. */
  decks: Deck[]
  /** Seconds the commands took. */
  buildSeconds: number
  close: () => Promise<void>
}

export interface SandboxSiteOptions {
  /** Only these decks are copied (all by default). */
  decks?: readonly string[]
  /** Link node_modules rather than hard-link it: fine for builds, not for a Vite dev server. */
  symlinkNodeModules?: boolean
  /** Edits the copy before the commands run. */
  prepare?: (root: string) => void
  /** `npm run` argument lists, run in turn (default: one `npm run build`). */
  commands?: string[][]
}

/** `what` names the site in a failure: "npm run build on <what> failed ...". */
export async function buildSandboxSite(what: string, options: SandboxSiteOptions = {}): Promise<SandboxSite> {
  const sandbox = createSandbox(options.decks, !!process.env.E2E_KEEP_FIXTURE_SITE, { symlinkNodeModules: options.symlinkNodeModules })
  try {
    options.prepare?.(sandbox.root)
    const started = Date.now()
    for (const args of options.commands ?? [['build']]) {
      const result = spawnSync('npm', ['run', ...args], { cwd: sandbox.root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      if (result.status !== 0) {
        const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-40).join('\n')
        throw new Error(`npm run ${args.join(' ')} on ${what} failed (exit ${result.status}) in ${sandbox.root}:\n${output}`)
      }
    }
    const buildSeconds = (Date.now() - started) / 1000
    const server = await serveDist(path.join(sandbox.root, 'dist'))
    return {
      root: sandbox.root,
      origin: server.origin,
      decks: sandbox.decks,
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
