// @vitest-environment node
// The URL path a site is served from: what a base may be, where the build records it, and which
// request paths fall inside it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readSiteBase, SITE_BASE_FILE, siteBaseProblem, withinBase } from '../../scripts/lib/site-base.ts'

describe('siteBaseProblem', () => {
  it('accepts the root and sub-paths of plain segments', () => {
    for (const base of ['/', '/conf/', '/conf/2022/', '/a.b_c~d-e/']) expect(siteBaseProblem(base), base).toBeUndefined()
  })

  it('refuses what a browser or a host would read another way, saying why', () => {
    expect(siteBaseProblem('')).toMatch(/start and end/)
    expect(siteBaseProblem('conf/')).toMatch(/start and end/)
    expect(siteBaseProblem('/conf')).toMatch(/start and end/)
    expect(siteBaseProblem('//conf/')).toMatch(/empty segment/)
    expect(siteBaseProblem('/a//b/')).toMatch(/empty segment/)
    expect(siteBaseProblem('/../')).toMatch(/segment "\.\."/)
    expect(siteBaseProblem('/a b/')).toMatch(/segment "a b"/)
    expect(siteBaseProblem('/"><script>/')).toMatch(/segment/)
    expect(siteBaseProblem('/a?b/')).toMatch(/segment "a\?b"/)
  })
})

describe('withinBase', () => {
  it('gives the path inside the site, or undefined outside it', () => {
    expect(withinBase('/welcome/3', '/')).toBe('/welcome/3')
    expect(withinBase('/conf/2022/welcome/3', '/conf/2022/')).toBe('/welcome/3')
    expect(withinBase('/conf/2022/', '/conf/2022/')).toBe('/')
    expect(withinBase('/conf/2022', '/conf/2022/')).toBe('/')
    expect(withinBase('/conf/2023/welcome/', '/conf/2022/')).toBeUndefined()
    expect(withinBase('/conf/20222/', '/conf/2022/')).toBeUndefined()
    expect(withinBase('/welcome/', '/conf/2022/')).toBeUndefined()
  })
})

describe('readSiteBase', () => {
  let dir: string | undefined
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

  it('reads the base the build wrote, the root when there is none, and refuses a bad one naming the file', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'site-base-'))
    expect(readSiteBase(dir)).toBe('/')
    writeFileSync(path.join(dir, SITE_BASE_FILE), '/conf/2022/\n')
    expect(readSiteBase(dir)).toBe('/conf/2022/')
    writeFileSync(path.join(dir, SITE_BASE_FILE), 'conf\n')
    expect(() => readSiteBase(dir!)).toThrow(`${path.join(dir, SITE_BASE_FILE)}: the site's base "conf" must start and end with "/"`)
  })
})
