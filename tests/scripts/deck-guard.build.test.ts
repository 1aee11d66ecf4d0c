// @vitest-environment node
// One real `slidev build` of a deck with both faults: the guard must fail it and name them,
// and must leave Slidev's built-ins and the project's own components alone.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'

// Inside the repo so the theme resolves from node_modules; `../` is the repo root because Slidev
// resolves relative addons from the parent of the deck's folder.
mkdirSync(path.join(REPO_ROOT, '.cache'), { recursive: true })
const deckDir = mkdtempSync(path.join(REPO_ROOT, '.cache', 'guard-test-'))
const outDir = mkdtempSync(path.join(os.tmpdir(), 'guard-test-out-'))
afterAll(() => {
  rmSync(deckDir, { recursive: true, force: true })
  rmSync(outDir, { recursive: true, force: true })
})

const DECK = `---
theme: default
addons: ['../']
title: Guard test
favicon: false
fonts:
  provider: none
---

# Built-ins pass

<RouterLink to="/2">link</RouterLink>
<Link to="2">link</Link>
<Arrow x1="10" y1="10" x2="100" y2="100" />
<carbon-arrow-right />
<v-click>click</v-click>

---

# A typo

<SponsorWal />

---
layout: sesion-cover
---

# Unknown layout
`

test('slidev build fails on an unresolved component and an unknown layout', () => {
  const file = path.join(deckDir, 'guarded.md')
  writeFileSync(file, DECK)
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs'), 'build', file, '--out', outDir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  const output = `${result.stdout}\n${result.stderr}`
  const rel = path.relative(REPO_ROOT, file)
  expect(result.status, output).not.toBe(0)
  expect(output).toContain(`[deck-guard] ${rel} slide 2: unresolved component <SponsorWal>`)
  expect(output).toContain(`[deck-guard] ${rel} slide 3: unknown layout "sesion-cover" (Slidev fell back to "default")`)
  expect(output).not.toContain(`${rel} slide 1:`)
}, 180_000)
