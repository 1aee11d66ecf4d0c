// The site keeps one copy of the files several decks built (scripts/lib/shared-assets.ts): the
// move into the site's assets/, its refusal of two different files under one name, the Vite
// plugin that points a site build at /assets/, and the duplicate share the benchmark reports.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { UserConfig } from 'vite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'
import { VALIDATED_DATA_FILE } from '../../scripts/lib/prevalidated-data.ts'
import { adoptSharedCopies, chunkOf, duplicateShare, FACTS_CHUNK, HEADERS_FILE, importedNames, importedPackages, ownPackages, SHARED_ASSETS_ENV, SharedAssetConflictError, sharedAssets, shareSiteAssets, siteChunkGroups, STYLES_CHUNK, UTILITIES_CHUNK, VENDOR_CHUNK } from '../../scripts/lib/shared-assets.ts'

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

  it('in a site build, splits the chunks by siteChunkGroups instead of Slidev\'s manualChunks', () => {
    process.env[SHARED_ASSETS_ENV] = '/'
    const output = configOf()!.build!.rollupOptions!.output as { codeSplitting: { groups: ReturnType<typeof siteChunkGroups> } }
    expect(output.codeSplitting.groups).toEqual(siteChunkGroups(ownPackages(REPO_ROOT)))
    expect(chunkOf(`${REPO_ROOT}/node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js`, output.codeSplitting.groups)).toBe(VENDOR_CHUNK)
    expect(chunkOf(`${REPO_ROOT}/node_modules/uqr/dist/index.mjs`, output.codeSplitting.groups), 'QrCode.vue is the only user of uqr').toBe('vendor/uqr')
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

describe('siteChunkGroups', () => {
  const groups = siteChunkGroups(['uqr', '@scope/lib'])
  const nm = (file: string) => `/repo/node_modules/${file}`

  it('puts Vue and what the Slidev client brings, however deep, into one vendor chunk', () => {
    for (const file of ['vue/dist/vue.esm-bundler.js', '@vue/shared/dist/shared.esm-bundler.js', 'vue-router/dist/vue-router.mjs', 'fuse.js/dist/fuse.mjs', '@slidev/client/node_modules/yaml/dist/index.js', '@slidev/parser/dist/core.mjs'])
      expect(chunkOf(nm(file), groups), file).toBe(VENDOR_CHUNK)
    expect(chunkOf('C:\\repo\\node_modules\\vue-router\\dist\\vue-router.mjs', groups)).toBe(VENDOR_CHUNK)
  })

  it('keeps @vueuse apart, and gives each package only our code imports a chunk of its own', () => {
    expect(chunkOf(nm('@vueuse/core/index.mjs'), groups)).toBe('vendor/vueuse')
    expect(chunkOf(nm('@vueuse/shared/index.mjs'), groups)).toBe('vendor/vueuse')
    expect(chunkOf(nm('uqr/dist/index.mjs'), groups)).toBe('vendor/uqr')
    expect(chunkOf(nm('@scope/lib/index.js'), groups)).toBe('vendor/scope-lib')
    expect(chunkOf(nm('uqr-like/index.js'), groups), 'a name that starts the same is another package').toBe(VENDOR_CHUNK)
    expect(chunkOf(nm('@slidev/client/node_modules/uqr/dist/index.mjs'), groups)).toBe('vendor/uqr')
  })

  it('leaves the Slidev client, the theme and our code to the deck', () => {
    expect(chunkOf(nm('@slidev/client/logic/nav.ts'), groups)).toBeUndefined()
    expect(chunkOf(nm('@slidev/theme-default/layouts/cover.vue'), groups)).toBeUndefined()
    expect(chunkOf(nm('.slidev/slides.ts'), groups)).toBeUndefined()
    expect(chunkOf('/repo/components/QrCode.vue', groups)).toBeUndefined()
    expect(chunkOf('/@slidev/slides', groups)).toBeUndefined()
  })

  it('gives the event\'s facts, the same JSON in every deck, a file of their own', () => {
    expect(chunkOf(VALIDATED_DATA_FILE, groups)).toBe(FACTS_CHUNK)
    expect(chunkOf(VALIDATED_DATA_FILE.replace('event-data.ts', 'queries.ts'), groups)).toBeUndefined()
  })

  it('shares whole stylesheets and keeps UnoCSS\'s utilities and shortcuts and components\' styles to the deck', () => {
    expect(chunkOf(nm('@slidev/client/styles/index.css'), groups)).toBe(STYLES_CHUNK)
    expect(chunkOf(nm('@fontsource/inter/400.css'), groups)).toBe(STYLES_CHUNK)
    expect(chunkOf('/repo/styles/base.css', groups)).toBe(STYLES_CHUNK)
    expect(chunkOf(nm('@slidev/client/styles/__uno.css'), groups)).toBe(UTILITIES_CHUNK)
    expect(chunkOf(nm('@slidev/client/styles/__uno_shortcuts.css'), groups)).toBe(UTILITIES_CHUNK)
    // The same in every deck: preflights and the prose styles (safelisted by Slidev).
    expect(chunkOf(nm('@slidev/client/styles/__uno_preflights.css'), groups)).toBe(STYLES_CHUNK)
    expect(chunkOf(nm('@slidev/client/styles/__uno_typography.css'), groups)).toBe(STYLES_CHUNK)
    expect(chunkOf('/repo/components/QrCode.vue?vue&type=style&index=0&scoped=1&lang.css', groups)).toBeUndefined()
  })
})

describe('importedPackages and ownPackages', () => {
  it('lists the packages imported, statically, for side effects or dynamically, and not relative, virtual or node: imports', () => {
    write('src/a.ts', "import { ref } from 'vue'\nimport '@fontsource/inter/400.css'\nimport { x } from './x.ts'\nimport path from 'node:path'\nimport y from '#slidev/configs'\nconst z = () => import('uqr')\nexport * from '@scope/lib/sub'\n")
    write('src/b.vue', "<script setup lang=\"ts\">\nimport { useNow } from \"@vueuse/core\"\nimport type { Foo } from 'type-only'\n</script>")
    // A type-only import counts too: its chunk group then simply holds no module.
    expect(importedPackages([path.join(site, 'src')])).toEqual(['@fontsource/inter', '@scope/lib', '@vueuse/core', 'type-only', 'uqr', 'vue'])
  })

  it('of the repo: uqr, which only our QR code imports; not vue, @vueuse or what the Slidev client depends on', () => {
    expect(ownPackages(REPO_ROOT)).toContain('uqr')
    for (const theirs of ['vue', '@vueuse/core', '@slidev/types', 'shiki']) expect(ownPackages(REPO_ROOT)).not.toContain(theirs)
  })
})

describe('importedNames', () => {
  it('lists the values each package is imported for, across .ts and .vue files, without types, aliases or node_modules', () => {
    write('client/logic/nav.ts', "import { useNow, useEventListener as on } from '@vueuse/core'\nimport type { Fn } from '@vueuse/core'\n")
    write('client/builtin/Clock.vue', "<script setup lang=\"ts\">\nimport {\n  type Pausable,\n  useIntervalFn,\n  useNow,\n} from '@vueuse/core'\nimport { clamp } from '@vueuse/math'\n</script>\n")
    write('client/node_modules/x/index.ts', "import { useFetch } from '@vueuse/core'\n")
    write('client/notes.md', "import { useMouse } from '@vueuse/core'\n")
    write('ours/components/Timer.vue', "<script setup lang=\"ts\">import { useTimestamp } from \"@vueuse/core\"</script>")
    const names = importedNames(['@vueuse/core', '@vueuse/math', '@vueuse/motion'], [path.join(site, 'client'), path.join(site, 'ours'), path.join(site, 'missing')])
    expect(names.get('@vueuse/core')).toEqual(['useEventListener', 'useIntervalFn', 'useNow', 'useTimestamp'])
    expect(names.get('@vueuse/math')).toEqual(['clamp'])
    expect(names.get('@vueuse/motion')).toEqual([])
  })
})
