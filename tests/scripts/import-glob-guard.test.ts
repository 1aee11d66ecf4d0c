// The import-glob guard reads a proxy module only when whole (its assumption about Slidev:
// `import-glob-proxy` in tests/scripts/slidev-contract.test.ts).
import { describe, expect, it } from 'vitest'
import { readWholeProxy } from '../../scripts/lib/import-glob-guard.ts'
import { importGlobProxyHash } from '../../scripts/lib/slidev-internals.ts'

const content = 'export default import.meta.glob(["../../../setup/shortcuts.ts"], {"eager":true,"exhaustive":true})\n'
const file = `/repo/slides/node_modules/.slidev/virtual/import-glob.${importGlobProxyHash(content)}.ts`

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
