// The site keeps one copy of the files several decks built (scripts/lib/shared-assets.ts): the
// move into the site's assets/, its refusal of two different files under one name, the Vite
// plugin that points a site build at /assets/, and the duplicate share the benchmark reports.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { UserConfig } from 'vite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { adoptSharedCopies, duplicateShare, HEADERS_FILE, SHARED_ASSETS_ENV, SharedAssetConflictError, sharedAssets, shareSiteAssets } from '../../scripts/lib/shared-assets.ts'

let site: string
const write = (rel: string, content: string) => {
  const file = path.join(site, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

beforeEach(() => {
  site = mkdtempSync(path.join(os.tmpdir(), 'shared-assets-'))
})
afterEach(() => {
  rmSync(site, { recursive: true, force: true })
})

describe('shareSiteAssets', () => {
  it('moves every deck\'s assets into the site\'s assets/, one copy of a file two decks built', () => {
    write('alpha/index.html', '<script src="/assets/app-A1.js"></script>')
    write('alpha/assets/vue-V1.js', 'vue')
    write('alpha/assets/modules/shiki-S1.js', 'shiki')
    write('alpha/assets/app-A1.js', 'alpha app')
    write('beta/assets/vue-V1.js', 'vue')
    write('beta/assets/modules/shiki-S1.js', 'shiki')
    write('beta/assets/app-B1.js', 'beta app')
    write('beta/favicon.svg', '<svg/>')

    const report = shareSiteAssets(site, ['alpha', 'beta'])

    expect(report).toEqual({ files: 4, bytesSaved: 'vue'.length + 'shiki'.length })
    expect(readFileSync(path.join(site, 'assets/vue-V1.js'), 'utf8')).toBe('vue')
    expect(readFileSync(path.join(site, 'assets/modules/shiki-S1.js'), 'utf8')).toBe('shiki')
    expect(readFileSync(path.join(site, 'assets/app-A1.js'), 'utf8')).toBe('alpha app')
    expect(readFileSync(path.join(site, 'assets/app-B1.js'), 'utf8')).toBe('beta app')
    expect(existsSync(path.join(site, 'alpha/assets'))).toBe(false)
    expect(existsSync(path.join(site, 'beta/assets'))).toBe(false)
    // What is not Vite's assets/ stays with its deck.
    expect(existsSync(path.join(site, 'alpha/index.html'))).toBe(true)
    expect(existsSync(path.join(site, 'beta/favicon.svg'))).toBe(true)
    // A static host is told the shared files never change.
    expect(readFileSync(path.join(site, HEADERS_FILE), 'utf8')).toBe('/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n')
  })

  it('tells the host about the shared folder under the site\'s base', () => {
    write('alpha/assets/vue-V1.js', 'vue')
    shareSiteAssets(site, ['alpha'], '/conf/2022/')
    expect(readFileSync(path.join(site, HEADERS_FILE), 'utf8')).toBe('/conf/2022/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n')
  })

  it('refuses two different files under one name, naming the file and both decks, and moves nothing', () => {
    write('alpha/assets/app-X1.js', 'one')
    write('alpha/assets/vue-V1.js', 'vue')
    write('beta/assets/app-X1.js', 'two')

    expect(() => shareSiteAssets(site, ['alpha', 'beta'])).toThrow(SharedAssetConflictError)
    expect(() => shareSiteAssets(site, ['alpha', 'beta'])).toThrow('assets/app-X1.js: the decks "alpha" and "beta" built different files under the same name')
    expect(existsSync(path.join(site, 'assets'))).toBe(false)
    expect(readFileSync(path.join(site, 'alpha/assets/vue-V1.js'), 'utf8')).toBe('vue')
  })

  it('leaves a deck without assets/ alone', () => {
    write('rooms/index.html', '')
    expect(shareSiteAssets(site, ['rooms'])).toEqual({ files: 0, bytesSaved: 0 })
    expect(existsSync(path.join(site, 'rooms/index.html'))).toBe(true)
  })
})

describe('adoptSharedCopies', () => {
  it('points the hub page at the site\'s copy of a file it has in common with the decks, and drops its own', () => {
    write('assets/inter-400-F1.woff2', 'font')
    write('_hub/inter-400-F1.woff2', 'font')
    write('_hub/hub-only-H1.woff2', 'hub font')
    write('_hub/same-name-X1.woff2', 'not the same bytes')
    write('assets/same-name-X1.woff2', 'other bytes')
    write('index.html', '<link href="/_hub/inter-400-F1.woff2"><style>@font-face{src:url(/_hub/inter-400-F1.woff2)}</style><link href="/_hub/hub-only-H1.woff2"><link href="/_hub/same-name-X1.woff2">')

    expect(adoptSharedCopies(site, 'index.html', '_hub')).toBe(1)

    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('<link href="/assets/inter-400-F1.woff2"><style>@font-face{src:url(/assets/inter-400-F1.woff2)}</style><link href="/_hub/hub-only-H1.woff2"><link href="/_hub/same-name-X1.woff2">')
    expect(existsSync(path.join(site, '_hub/inter-400-F1.woff2'))).toBe(false)
    expect(existsSync(path.join(site, '_hub/hub-only-H1.woff2'))).toBe(true)
    expect(readFileSync(path.join(site, '_hub/same-name-X1.woff2'), 'utf8')).toBe('not the same bytes')
  })

  it('on a site served from a sub-path, rewrites the URLs under that base', () => {
    write('assets/inter-400-F1.woff2', 'font')
    write('_hub/inter-400-F1.woff2', 'font')
    write('index.html', '<link href="/conf/_hub/inter-400-F1.woff2">')
    expect(adoptSharedCopies(site, 'index.html', '_hub', '/conf/')).toBe(1)
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('<link href="/conf/assets/inter-400-F1.woff2">')
  })
})

describe('sharedAssets (the Vite plugin)', () => {
  const configOf = () => (sharedAssets().config as () => UserConfig | undefined)()
  const saved = process.env[SHARED_ASSETS_ENV]
  afterEach(() => {
    if (saved === undefined) delete process.env[SHARED_ASSETS_ENV]
    else process.env[SHARED_ASSETS_ENV] = saved
  })

  it('changes nothing in a plain slidev build (the deck stands alone)', () => {
    delete process.env[SHARED_ASSETS_ENV]
    expect(configOf()).toBeUndefined()
  })

  it('in a site build, refers to assets/ files at the site\'s root and leaves public files to the deck', () => {
    process.env[SHARED_ASSETS_ENV] = '/'
    const render = configOf()!.experimental!.renderBuiltUrl!
    const host = { hostId: 'index.html', hostType: 'html' as const, ssr: false }
    expect(render('assets/index-Ab1.js', { ...host, type: 'asset' })).toBe('/assets/index-Ab1.js')
    expect(render('assets/modules/vue-C2.js', { ...host, hostType: 'js', type: 'asset' })).toBe('/assets/modules/vue-C2.js')
    expect(render('favicon.svg', { ...host, type: 'public' })).toBeUndefined()
  })

  it('refuses a root that is not a URL path ending in "/"', () => {
    process.env[SHARED_ASSETS_ENV] = 'https://cdn.example/'
    expect(configOf).toThrow(`${SHARED_ASSETS_ENV} must be a URL path ending in "/"`)
  })
})

describe('duplicateShare', () => {
  it('counts every copy after the first of identical bytes', () => {
    const a = Buffer.from('aaaa')
    const b = Buffer.from('bb')
    expect(duplicateShare([a, b, Buffer.from('aaaa'), Buffer.from('aaaa')])).toEqual({ total: 14, duplicate: 8, share: 8 / 14 })
    expect(duplicateShare([])).toEqual({ total: 0, duplicate: 0, share: 0 })
  })
})
