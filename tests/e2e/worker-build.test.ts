// The build workers (scripts/lib/deck-workers.ts) make the very files `slidev build` makes: one
// worker builds a deck of slides/ and then one of slides/talks/ (which needs its own copy of
// Slidev's modules), and both outputs are compared, file by file, with plain `slidev build`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { bundleWorker, DeckWorkers } from '../../scripts/lib/deck-workers.ts'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'

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
    { slug: 'rooms', file: path.join(REPO_ROOT, 'slides/rooms.md') },
    { slug: 'speaker-guide', file: path.join(REPO_ROOT, 'slides/talks/speaker-guide.md') },
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

  for (const deck of decks) {
    const plainOut = path.join(scratch, 'plain-out', deck.slug)
    const plain = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs'), 'build', deck.file, '--base', `/${deck.slug}/`, '--out', plainOut], {
      cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
    })
    expect(plain.status, plain.stderr).toBe(0)
    const ours = files(path.join(scratch, 'worker-out', deck.slug))
    const theirs = files(plainOut)
    expect([...ours.keys()].sort(), deck.slug).toEqual([...theirs.keys()].sort())
    const differing = [...theirs].filter(([name, content]) => !ours.get(name)!.equals(content)).map(([name]) => name)
    expect(differing, deck.slug).toEqual([])
  }
})
