// A throw-away copy of the repo in os.tmpdir(), where both sides of every benchmark run.
//
// scripts/build.ts has no --out or --cache option: it always writes <repo>/dist and
// <repo>/.cache (paths derived from its own location). Rather than move the real dist/ and
// .cache/ aside while the benchmarks run (other people use them meanwhile, and a crash would
// leave them moved), the benchmarks copy the repo's sources (no .git, dist, .cache, test output)
// to a temp folder, hard-link node_modules into it, and run everything there: our build
// writes the copy's dist/ and .cache/, the real ones are never touched. It also freezes the
// inputs: both sides build the same snapshot even while others edit the repo.
//
// With --decks, the other decks' markdown is left out of the copy, so our build (which builds
// every deck it finds) builds exactly the chosen decks, like the plain loop.
//
// node_modules is hard-linked (cp -al: new folders, same files, no extra disk, under a second),
// not symlinked: through a symlink, packages resolve to their real path outside the copy, and
// the Vite dev server that `slidev export` starts refuses to serve files outside its allow list
// (the @fontsource fonts would 403), which would make the plain export unrepresentative.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Deck, discoverDecks, REPO_ROOT } from '../../scripts/lib/decks.ts'

/** Top-level entries not copied: history, outputs, caches, test output. */
const SKIP_TOP = new Set(['.git', 'dist', '.cache', 'test-results', 'playwright-report'])

export interface Sandbox {
  /** The temp folder holding everything (the repo copy, plain outputs, logs). */
  tmp: string
  /** The repo copy. */
  root: string
  logDir: string
  /** Decks in the copy (the chosen ones), sorted by slug, paths inside the copy. */
  decks: Deck[]
  /** Scratch folder for the plain Slidev side's outputs. */
  plainOut: string
  remove: () => void
}

/**
 * `symlinkNodeModules`: link node_modules instead of hard-linking it, for runs that start no
 * Vite server (the unit tests of commands refusing bad data): made and removed in no time.
 */
export function createSandbox(chosen: readonly string[] | undefined, keep: boolean, { symlinkNodeModules = false } = {}): Sandbox {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'beam-bench-'))
  const root = path.join(tmp, 'repo')
  const all = discoverDecks()
  const leftOut = new Set(chosen ? all.filter(d => !chosen.includes(d.slug)).map(d => d.file) : [])
  cpSync(REPO_ROOT, root, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(REPO_ROOT, src)
      if (rel === '') return true
      if (SKIP_TOP.has(rel)) return false
      if (path.basename(src) === 'node_modules') return false // the root one is linked below; slides/node_modules is Slidev's scratch
      return !leftOut.has(src)
    },
  })
  if (symlinkNodeModules) symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir')
  else try {
    execFileSync('cp', ['-al', path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules')], { stdio: ['ignore', 'ignore', 'pipe'] })
  } catch (error) {
    // Another file system (hard links impossible): a symlink works for builds; see above for export.
    console.error(`warning: cannot hard-link node_modules into ${tmp} (${(error as Error).message.split('\n')[0]}); symlinking it, plain slidev export may miss fonts`)
    rmSync(path.join(root, 'node_modules'), { recursive: true, force: true })
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir')
  }
  const logDir = path.join(tmp, 'logs')
  const plainOut = path.join(tmp, 'plain')
  mkdirSync(logDir)
  mkdirSync(plainOut)
  const decks = discoverDecks(root)
  return {
    tmp,
    root,
    logDir,
    decks,
    plainOut,
    remove: () => {
      if (keep) console.log(`(kept ${tmp})`)
      else if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true })
    },
  }
}
