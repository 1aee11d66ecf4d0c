// The build workers (scripts/lib/deck-workers.ts) make the very files `slidev build` makes: one
// worker builds a deck of one folder and then one of another (which needs its own copy of
// Slidev's modules), and both outputs are compared, file by file, with plain `slidev build`.
// Plain `slidev build` runs twice: when its two outputs differ, the inputs alone do not decide what
// Slidev makes (noise on Slidev's side, e.g. the dual-theme highlighting setup/shiki.ts avoids), and
// the test says so instead of blaming the workers. A failure lists only the files that really
// differ, with hash-only knock-on changes set aside (tests/lib/output-diff.ts).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { bundleWorker, DeckWorkers } from '../../scripts/lib/deck-workers.ts'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'
import { realDifferences } from '../lib/output-diff.ts'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'worker-build-'))
// The bundled worker resolves its packages from the repo's node_modules, so it lives in the repo.
const workerDir = path.join(REPO_ROOT, '.cache', 'worker-e2e')
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
  rmSync(workerDir, { recursive: true, force: true })
})

/** Every file under `dir`, relative, with its content. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>()
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else found.set(path.relative(dir, file), readFileSync(file))
    }
  }
  walk(dir)
  return found
}

test('a worker builds decks of two folders, one after the other, exactly as `slidev build` does', async () => {
  const decks = [
    { slug: 'rooms', file: path.join(REPO_ROOT, 'slides/rooms/slides.md') },
    { slug: 'speaker-guide', file: path.join(REPO_ROOT, 'slides/speaker-guide/slides.md') },
  ]
  const workers = new DeckWorkers(bundleWorker(workerDir), REPO_ROOT)
  try {
    for (const deck of decks) {
      const inputsFile = path.join(scratch, `${deck.slug}.inputs.json`)
      const result = await workers.run({ kind: 'deck', file: deck.file, base: `/${deck.slug}/`, outDir: path.join(scratch, 'worker-out', deck.slug), inputsFile })
      expect(result.ok, result.log).toBe(true)
      // The worker sets DECK_INPUTS_FILE per deck, for the build cache.
      expect(JSON.parse(readFileSync(inputsFile, 'utf8'))).toContain(deck.file)
    }
  } finally {
    workers.close()
  }

  const plainBuild = (deck: { slug: string, file: string }, run: number) => {
    const plainOut = path.join(scratch, `plain-out-${run}`, deck.slug)
    const plain = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs'), 'build', deck.file, '--base', `/${deck.slug}/`, '--out', plainOut], {
      cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
    })
    expect(plain.status, plain.stderr).toBe(0)
    return files(plainOut)
  }
  const describe = (differences: ReturnType<typeof realDifferences>) => differences.map(d => `${d.file}: ${d.detail}`).join('\n')

  for (const deck of decks) {
    const theirs = plainBuild(deck, 1)
    const again = plainBuild(deck, 2)
    const noise = realDifferences(theirs, again)
    expect(noise, `${deck.slug}: two plain \`slidev build\` runs of the same inputs differ (Slidev's side varies):\n${describe(noise)}`).toEqual([])

    const ours = files(path.join(scratch, 'worker-out', deck.slug))
    const real = realDifferences(ours, theirs)
    expect(real, `${deck.slug}: the worker's build differs from \`slidev build\`:\n${describe(real)}`).toEqual([])
    // Byte for byte, names included: equal once hashes are set aside, the hashes must agree too.
    expect([...ours.keys()].sort(), deck.slug).toEqual([...theirs.keys()].sort())
    const differing = [...theirs].filter(([name, content]) => !ours.get(name)!.equals(content)).map(([name]) => name)
    expect(differing, deck.slug).toEqual([])
  }
})
