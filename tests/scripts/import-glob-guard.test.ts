// The import-glob guard reads a proxy module only when whole, and its assumptions about Slidev hold.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { IMPORT_GLOB_PROXY, readWholeProxy } from '../../scripts/lib/import-glob-guard.ts'

const content = 'export default import.meta.glob(["../../../setup/shortcuts.ts"], {"eager":true,"exhaustive":true})\n'
const file = `/repo/slides/node_modules/.slidev/virtual/import-glob.${createHash('sha256').update(content).digest('hex').slice(0, 10)}.ts`

describe('readWholeProxy', () => {
  it('reads again while the file is torn (empty, half written) and returns it once whole', () => {
    const reads = ['', content.slice(0, 20), content]
    let calls = 0
    expect(readWholeProxy(file, () => reads[Math.min(calls++, 2)]!)).toBe(content)
    expect(calls).toBe(3)
  })

  it('fails with one line when the content never matches its name', () => {
    expect(() => readWholeProxy(file, () => 'export default {}\n', 3)).toThrow(/never held the content its name hashes/)
  })
})

describe('Slidev\'s import-glob proxies (the assumptions)', () => {
  it('are named by the first 10 hex digits of the sha256 of their content, under node_modules/.slidev/virtual', () => {
    const cli = path.dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json'))
    const dist = path.join(cli, 'dist')
    const source = readdirSync(dist).filter(name => name.endsWith('.mjs'))
      .map(name => readFileSync(path.join(dist, name), 'utf8')).join('\n')
    expect(source).toContain('"node_modules/.slidev/virtual/import-glob"')
    expect(source).toMatch(/createHash\("sha256"\)\.update\(content\)\.digest\("hex"\)\.slice\(0, 10\)/)
    expect(IMPORT_GLOB_PROXY.test(file)).toBe(true)
  })
})
