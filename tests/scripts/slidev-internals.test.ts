// @vitest-environment node
// How scripts/lib/slidev-internals.ts finds Slidev's unexported build steps. The tests on the
// installed @slidev/cli fail loudly after an upgrade that moves them (the build would still work,
// one slow `slidev build` process per deck, see scripts/build.ts).
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'
import { copySlidevCli, importedNames, lazyChunk, slidevCliDir } from '../../scripts/lib/slidev-internals.ts'

const SAMPLE = [
  'import { i as isInstalledGlobally } from "./resolver-AAAA1111.mjs";',
  'import { c as getThemeMeta, d as loadSetups, o as resolveOptions, s as parser } from "./serve-Be4VBJJX.mjs";',
  'import yargs from "yargs";',
  '  const { build } = await import("./build-BUQLxoIx.mjs");',
].join('\n')

describe('reading the CLI\'s imports', () => {
  test('maps the names the CLI uses to what the chunk exports', () => {
    expect(importedNames(SAMPLE, /^serve-/)).toEqual({
      chunk: 'serve-Be4VBJJX.mjs',
      names: { getThemeMeta: 'c', loadSetups: 'd', resolveOptions: 'o', parser: 's' },
    })
    expect(importedNames(SAMPLE, /^export-/)).toBeUndefined()
  })

  test('finds a lazily imported chunk', () => {
    expect(lazyChunk(SAMPLE, 'build')).toBe('build-BUQLxoIx.mjs')
    expect(lazyChunk(SAMPLE, 'export')).toBeUndefined()
  })

  test('the installed @slidev/cli still has resolveOptions, loadSetups and a build chunk where we look', () => {
    const cliDir = slidevCliDir(REPO_ROOT)
    const source = readFileSync(path.join(cliDir, 'dist/cli.mjs'), 'utf8')
    const serve = importedNames(source, /^serve-/)
    expect(serve?.names).toHaveProperty('resolveOptions')
    expect(serve?.names).toHaveProperty('loadSetups')
    const build = lazyChunk(source, 'build')
    expect(build && existsSync(path.join(cliDir, 'dist', build))).toBe(true)
  })
})

describe('copySlidevCli', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'slidev-copy-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  test('copies dist/ and package.json, and links node_modules back so dependencies stay the same modules', () => {
    const cliDir = slidevCliDir(REPO_ROOT)
    const copy = copySlidevCli(cliDir, path.join(scratch, 'slidev-1'))
    expect(readFileSync(path.join(copy, 'dist/cli.mjs'), 'utf8')).toBe(readFileSync(path.join(cliDir, 'dist/cli.mjs'), 'utf8'))
    expect(JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8')).name).toBe('@slidev/cli')
    if (existsSync(path.join(cliDir, 'node_modules'))) {
      expect(realpathSync(path.join(copy, 'node_modules'))).toBe(realpathSync(path.join(cliDir, 'node_modules')))
    }
    // A second copy over the first starts clean.
    expect(() => copySlidevCli(cliDir, copy)).not.toThrow()
  })
})
