import { describe, expect, test } from 'vitest'
import { realDifferences } from '../lib/output-diff.ts'

const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([name, text]) => [name, Buffer.from(text)]))

describe('realDifferences', () => {
  test('sets aside files that differ only through the hashes of the files they import', () => {
    const left = files({ 'index.html': '<script src="/assets/index-AAAAAAAA.js">', 'assets/index-AAAAAAAA.js': 'import "./md-11111111.js"', 'assets/md-11111111.js': 'const a = 1' })
    const right = files({ 'index.html': '<script src="/assets/index-BBBBBBBB.js">', 'assets/index-BBBBBBBB.js': 'import "./md-22222222.js"', 'assets/md-22222222.js': 'const a = 2' })
    expect(realDifferences(left, right)).toEqual([
      { file: 'assets/md-[hash].js', detail: expect.stringContaining('at character 10: "const a = 1" vs "const a = 2"') },
    ])
  })

  test('finds nothing in two outputs that differ in hashes alone, and pairs same-named chunks by content', () => {
    const left = files({ 'assets/md-11111111.js': 'slide one', 'assets/md-22222222.js': 'slide two' })
    const right = files({ 'assets/md-33333333.js': 'slide two', 'assets/md-44444444.js': 'slide one' })
    expect(realDifferences(left, right)).toEqual([])
  })

  test('names a file only one side has', () => {
    expect(realDifferences(files({ 'a.js': 'x' }), files({}))).toEqual([{ file: 'a.js', detail: '1 file(s) on the left, 0 on the right' }])
  })
})
