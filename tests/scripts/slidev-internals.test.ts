// @vitest-environment node
// The helpers of scripts/lib/slidev-internals.ts on samples; whether the installed Slidev still
// matches them is tests/scripts/slidev-contract.test.ts.
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'
import { cliChunks, copySlidevCli, importedNames, lazyChunk, SLIDEV_VERSION, slidevCliDir, versionProblem } from '../../scripts/lib/slidev-internals.ts'

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

  test('finds the serve chunk, loadSetups\' name in it and the build chunk', () => {
    expect(cliChunks(SAMPLE)).toEqual({ serve: 'serve-Be4VBJJX.mjs', loadSetups: 'd', build: 'build-BUQLxoIx.mjs' })
    expect(cliChunks(SAMPLE.replace('d as loadSetups, ', ''))).toBeUndefined()
  })
})

describe('versionProblem', () => {
  test('none for the pinned version, one line naming both versions for another', () => {
    expect(versionProblem(SLIDEV_VERSION)).toBeUndefined()
    expect(versionProblem('53.0.0')).toBe(`@slidev/cli is 53.0.0, but scripts/lib/slidev-internals.ts was written for ${SLIDEV_VERSION} (run tests/scripts/slidev-contract.test.ts, then update SLIDEV_VERSION)`)
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
