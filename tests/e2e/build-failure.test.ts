// A deck with a broken layout fails `npm run build`, naming itself and the layout, and the
// previous dist/ (built by the global setup) is left exactly as it was.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'

const DIST = path.join(REPO_ROOT, 'dist')
const BROKEN_DIR = path.join(REPO_ROOT, 'slides', 'zz-broken-layout')
const BROKEN = path.join(BROKEN_DIR, 'slides.md')

/** A fingerprint of every file under dist/: path, size and content hash. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256')
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else hash.update(`${path.relative(dir, file)}:${statSync(file).size}:`).update(readFileSync(file))
    }
  }
  walk(dir)
  return hash.digest('hex')
}

afterAll(() => rmSync(BROKEN_DIR, { recursive: true, force: true }))

test('a deck with an unknown layout fails the build and leaves the previous dist/ untouched', () => {
  const before = fingerprint(DIST)
  mkdirSync(BROKEN_DIR, { recursive: true })
  writeFileSync(BROKEN, [
    '---', 'theme: default', "addons: ['../']", 'title: Broken', 'favicon: /favicon.svg', 'fonts:', '  provider: none', '---', '',
    '# Fine', '', '---', 'layout: no-such-layout', '---', '', '# Broken', '',
  ].join('\n'))
  try {
    const build = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: REPO_ROOT, encoding: 'utf8' })
    const output = `${build.stdout}${build.stderr}`
    expect(build.status, output).toBe(1)
    expect(output).toMatch(/zz-broken-layout/)
    expect(output).toMatch(/slide 2: unknown layout "no-such-layout"/)
    expect(output).toMatch(/dist\/ left untouched/)
  } finally {
    rmSync(BROKEN_DIR, { recursive: true, force: true })
  }
  expect(fingerprint(DIST)).toBe(before)
})

test('a deck file left in slides/ itself (the old layout) fails the build, naming the folder to move it to', () => {
  const before = fingerprint(DIST)
  const stray = path.join(REPO_ROOT, 'slides', 'zz-stray.md')
  writeFileSync(stray, '---\ntitle: Stray\n---\n\n# Stray\n')
  try {
    const build = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: REPO_ROOT, encoding: 'utf8' })
    expect(build.status).toBe(1)
    expect(build.stderr).toContain('slides/zz-stray.md: a deck is a folder: move it to slides/zz-stray/slides.md')
    expect(`${build.stdout}${build.stderr}`).not.toMatch(/^\s+at /m)
  } finally {
    rmSync(stray, { force: true })
  }
  expect(fingerprint(DIST)).toBe(before)
})
