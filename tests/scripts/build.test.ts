// @vitest-environment node
import os from 'node:os'
import { describe, expect, test } from 'vitest'
import { errorExcerpt, parseArgs } from '../../scripts/build.ts'

describe('parseArgs', () => {
  test('defaults to this machine\'s parallelism', () => {
    expect(parseArgs([])).toEqual({ jobs: os.availableParallelism(), force: false, isolated: false, only: [], base: '/' })
  })

  test('reads --jobs N, --jobs=N, --force and --isolated', () => {
    expect(parseArgs(['--jobs', '3', '--force'])).toEqual({ jobs: 3, force: true, isolated: false, only: [], base: '/' })
    expect(parseArgs(['--jobs=1', '--isolated'])).toEqual({ jobs: 1, force: false, isolated: true, only: [], base: '/' })
    expect(parseArgs(['programme', '--jobs=1', 'rooms', 'programme'])).toEqual({ jobs: 1, force: false, isolated: false, only: ['programme', 'rooms'], base: '/' })
    expect(parseArgs(['--help'])).toBe('help')
  })

  test('reads the site\'s base, --base /p/ or --base=/p/, and refuses one that is not a URL path of plain segments', () => {
    expect(parseArgs(['--base', '/conf/2022/', 'welcome'])).toMatchObject({ base: '/conf/2022/', only: ['welcome'] })
    expect(parseArgs(['--base=/decks/'])).toMatchObject({ base: '/decks/' })
    expect(() => parseArgs(['--base', 'conf/'])).toThrow('--base "conf/" must start and end with "/"')
    expect(() => parseArgs(['--base', '/conf'])).toThrow('must start and end with "/"')
    expect(() => parseArgs(['--base', '/a/../b/'])).toThrow('segment ".."')
    expect(() => parseArgs(['--base'])).toThrow('--base needs a value')
  })

  test('rejects what it does not know', () => {
    expect(() => parseArgs(['--job', '2'])).toThrow('Unknown argument: --job')
    expect(() => parseArgs(['slides/welcome.md'])).toThrow('Unknown argument: slides/welcome.md')
    expect(() => parseArgs(['--jobs', '0'])).toThrow('--jobs needs a positive whole number, got "0"')
    expect(() => parseArgs(['--jobs'])).toThrow('--jobs needs a positive whole number, got nothing')
  })
})

describe('errorExcerpt', () => {
  test('keeps the deck guard\'s lines, once each, in slide order', () => {
    const log = [
      'vite v8 building...',
      '\x1B[31m[deck-guard] slides/w.md slide 10: unknown layout "x" (Slidev fell back to "default")\x1B[39m',
      '[plugin deck-guard] /work/slides/w.md__slidev_2.md',
      'RolldownError: [deck-guard] slides/w.md slide 2: unresolved component <A>',
      '[deck-guard] slides/w.md slide 2: unresolved component <A>',
    ].join('\n')
    expect(errorExcerpt(log)).toBe([
      '[deck-guard] slides/w.md slide 2: unresolved component <A>',
      '[deck-guard] slides/w.md slide 10: unknown layout "x" (Slidev fell back to "default")',
    ].join('\n'))
  })

  test('otherwise the end of the log', () => {
    const log = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n')
    expect(errorExcerpt(log).split('\n')).toHaveLength(30)
    expect(errorExcerpt(log)).toMatch(/line 49$/)
  })
})
