// @vitest-environment node
// The contract with Slidev: one test per assumption of scripts/lib/slidev-internals.ts
// (SLIDEV_ASSUMPTIONS), each checked against the installed @slidev/* packages, so a Slidev upgrade
// fails the test named after the assumption it broke. `checks` must hold exactly one check per
// assumption (the type says so).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { injectPreparserExtensionLoader, load } from '@slidev/parser/fs'
import type { SlidevPreparserExtension } from '@slidev/types'
import { afterAll, describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'
import {
  cliChunks,
  GLOBAL_COMPONENTS,
  IMPORT_GLOB_PROXY,
  importedNames,
  importGlobProxyHash,
  injectedLayout,
  lazyChunk,
  moduleSourceFile,
  onHeadmatterSlide,
  packageVersion,
  parseSlideModuleId,
  requestedLayout,
  SLIDEV_ASSUMPTIONS,
  SLIDEV_TITLE_TEMPLATE,
  SLIDEV_VERSION,
  type SlidevAssumptionId,
  slidevCliDir,
  TITLE_RENDERER_ID,
  TITLE_RENDERER_SCRIPT_SETUP,
  withSlideContent,
} from '../../scripts/lib/slidev-internals.ts'

const cliDir = slidevCliDir(REPO_ROOT)
const dist = path.join(cliDir, 'dist')
const read = (file: string) => readFileSync(file, 'utf8')
const cliSource = read(path.join(dist, 'cli.mjs'))
const chunks = cliChunks(cliSource)
const serveSource = chunks ? read(path.join(dist, chunks.serve)) : ''
const clientDir = path.dirname(createRequire(path.join(cliDir, 'package.json')).resolve('@slidev/client/package.json'))
const parserDir = path.dirname(createRequire(path.join(cliDir, 'package.json')).resolve('@slidev/parser/package.json'))

const scratch = mkdtempSync(path.join(os.tmpdir(), 'slidev-contract-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A deck in the scratch folder, loaded by Slidev's parser with `extension` as the only preparser extension. */
async function loadWith(name: string, text: string, extension: (headmatter: Record<string, unknown>) => SlidevPreparserExtension) {
  const file = path.join(scratch, name)
  writeFileSync(file, text)
  injectPreparserExtensionLoader(async (_roots, headmatter) => [extension(headmatter)])
  return { file, loaded: await load({ userRoot: scratch, roots: [scratch] }, file) }
}

const checks: Record<SlidevAssumptionId, () => void | Promise<void>> = {
  'pinned-version': () => {
    for (const dir of [cliDir, clientDir, parserDir]) expect(packageVersion(dir), dir).toBe(SLIDEV_VERSION)
    const pinned = (JSON.parse(read(path.join(REPO_ROOT, 'package.json'))) as { devDependencies?: Record<string, string>, dependencies?: Record<string, string> })
    expect({ ...pinned.dependencies, ...pinned.devDependencies }['@slidev/cli'], 'package.json pins @slidev/cli').toBe(SLIDEV_VERSION)
  },

  'cli-build-chunk': () => {
    const chunk = lazyChunk(cliSource, 'build')
    expect(chunk, 'dist/cli.mjs imports a build-<hash>.mjs chunk').toBeDefined()
    expect(cliSource).toContain(`const { build } = await import("./${chunk}")`)
    const source = read(path.join(dist, chunk!))
    expect(source).toContain('async function build(options, viteConfig = {}, args) {')
    expect(source).toMatch(/^export \{ build \};$/m)
  },

  'cli-load-setups': () => {
    expect(chunks, 'dist/cli.mjs imports loadSetups from a serve-<hash>.mjs chunk').toBeDefined()
    expect(serveSource).toContain('async function loadSetups(roots, filename, args, extraLoader) {')
    expect(serveSource).toMatch(new RegExp(`^export \\{.*\\bloadSetups as ${chunks!.loadSetups}\\b`, 'm'))
    // The public entry's resolveOptions comes from that same chunk, so both share one module state.
    expect(read(path.join(dist, 'index.mjs'))).toMatch(new RegExp(`resolveOptions.*from "\\./${chunks!.serve.replace(/\./g, '\\.')}"`))
  },

  'cli-preparser-loader': () => {
    expect(cliSource).toMatch(/injectPreparserExtensionLoader\(async \(roots, headmatter, filepath, mode\) => \{\s*return \(await loadSetups\(roots, "preparser\.ts", \[\{\s*filepath,\s*headmatter,\s*mode\s*\}\]\)\)\.flat\(\);/)
    expect(cliSource).toMatch(/^\s*setupPreparser\(\);$/m)
  },

  'roots-once-per-process': () => {
    const resolver = importedNames(cliSource, /^resolver-/)
    expect(resolver, 'dist/cli.mjs imports a resolver-<hash>.mjs chunk').toBeDefined()
    const source = read(path.join(dist, resolver!.chunk))
    expect(source).toMatch(/let rootsInfo = null;\s*async function getRoots\(entry\) \{\s*if \(rootsInfo\) return rootsInfo;/)
  },

  'slide-module-ids': () => {
    expect(serveSource).toContain('const regexSlideSourceId = /__slidev_(\\d+)\\.(md|frontmatter)$/;')
    expect(serveSource).toContain('for (const type of ["md", "frontmatter"]) for (let i = 0; i < data.slides.length; i++) ids[type].push(`${data.slides[i].source.filepath}__slidev_${i + 1}.${type}`);')
    expect(parseSlideModuleId('/d/slides.md__slidev_2.frontmatter')).toEqual({ file: '/d/slides.md', slide: 2, kind: 'frontmatter' })
    expect(moduleSourceFile('/d/slides.md__slidev_2.md?vue&type=script&setup=true&lang.ts')).toBe('/d/slides.md')
  },

  'frontmatter-module': () => {
    expect(serveSource).toMatch(/^\s*`export const frontmatterData = \$\{JSON\.stringify\(\w+\)\}`,$/m)
    expect(requestedLayout(`// @unocss-include\nexport const frontmatterData = ${JSON.stringify({ layout: 'cover', defaults: {} })}\n`)).toBe('cover')
  },

  'layout-wrapper': () => {
    expect(serveSource).toContain('name: "slidev:layout-wrapper"')
    expect(serveSource).toMatch(/if \(!layouts\[layoutName\]\) \{\s*console\.error\([^\n]*Unknown layout[^\n]*\n\s*console\.error\(\);\s*layoutName = "default";\s*\}/)
    expect(serveSource).toContain('`import InjectedLayout from "${toAtFS(layouts[layoutName])}"`')
    expect(injectedLayout('import InjectedLayout from "/@fs/x/node_modules/@slidev/client/layouts/default.vue"')).toBe('default')
  },

  'global-components': () => {
    const main = read(path.join(clientDir, 'setup/main.ts'))
    // vue-router's install registers RouterLink and RouterView.
    expect(main).toContain('app.use(router)')
    expect(main).toContain('app.use(TwoSlashFloatingVue')
    const floatingVueDir = [path.join(clientDir, 'node_modules/floating-vue'), path.join(REPO_ROOT, 'node_modules/floating-vue')].find(dir => existsSync(dir))
    expect(floatingVueDir, 'floating-vue is installed').toBeDefined()
    const floatingVue = read(path.join(floatingVueDir!, 'dist/floating-vue.mjs'))
    for (const name of GLOBAL_COMPONENTS.filter(name => name.startsWith('V'))) expect(floatingVue).toContain(`createThemedPopperWrapper("${name}"`)
    expect(floatingVue).toContain('app.component(component.name, component)')
  },

  'import-glob-proxy': () => {
    expect(serveSource).toContain('function resolveImportGlobProxyModule(proxyBase, content) {\n\treturn `${proxyBase}.${createHash("sha256").update(content).digest("hex").slice(0, 10)}.ts`;')
    expect(serveSource).toContain('const proxyBase = slash(join(baseRoot, "node_modules/.slidev/virtual/import-glob"));')
    expect(serveSource).toMatch(/mkdirSync\(dirname\(proxyModule\), \{ recursive: true \}\);\s*writeFileSync\(proxyModule, content, "utf-8"\);/)
    const content = 'export default import.meta.glob(["../../../setup/shortcuts.ts"], {"eager":true})\n'
    expect(IMPORT_GLOB_PROXY.exec(`/repo/slides/node_modules/.slidev/virtual/import-glob.${importGlobProxyHash(content)}.ts`)?.[1]).toBe(importGlobProxyHash(content))
  },

  'title-renderer': () => {
    const owner = readdirSync(dist).filter(file => file.endsWith('.mjs')).map(file => read(path.join(dist, file)))
      .find(chunk => chunk.includes(`id: "${TITLE_RENDERER_ID}"`))
    expect(owner, `@slidev/cli defines ${TITLE_RENDERER_ID}`).toBeDefined()
    expect(owner).toContain('`<template ${i === 0 ? "v-if" : "v-else-if"}="no === ${i + 1}">\\n\\n${title}\\n\\n</template>`')
    expect(owner).toContain(`\`${TITLE_RENDERER_SCRIPT_SETUP}\``)
  },

  'default-title-template': () => {
    expect(read(path.join(parserDir, 'dist/core.mjs'))).toContain(`titleTemplate: "${SLIDEV_TITLE_TEMPLATE}"`)
  },

  'preparser-headmatter-first': async () => {
    const text = '---\ntitle: One\n---\n\n# One\n\n---\ntitle: Two\n---\n\n# Two\n'
    const { file, loaded } = await loadWith('headmatter.md', text, headmatter =>
      onHeadmatterSlide('contract', headmatter, 'title', (frontmatter) => { frontmatter.added = 'yes' }))
    expect(loaded.headmatter).toMatchObject({ title: 'One', added: 'yes' })
    expect(loaded.slides[1]!.frontmatter).toEqual({ title: 'Two' })
    expect(loaded.slides[0]!.source.raw).not.toContain('added')
    expect(read(file)).toBe(text)
  },

  'preparser-slide-then-note': async () => {
    const seen: Array<[string, string | undefined]> = []
    const text = '# One\n\n<!-- note one -->\n\n---\n\n# Two\n\n---\n\n# Three\n\n<!-- note three -->\n'
    await loadWith('notes.md', text, () => withSlideContent('contract', (note, _frontmatter, content) => {
      seen.push([content.trim().split('\n')[0]!, note?.trim()])
      return undefined
    }))
    expect(seen).toEqual([['# One', 'note one'], ['# Two', undefined], ['# Three', 'note three']])
  },

  'presenter-timer-config': () => {
    const timer = read(path.join(clientDir, 'composables/useTimer.ts'))
    expect(timer).toContain('configs.timer')
    expect(timer).toContain('parseTimeString(configs.duration)')
  },

  'print-mode-dom': () => {
    expect(read(path.join(clientDir, 'composables/useNav.ts'))).toContain('const isPrintMode = computed(() => query.value.has(\'print\')')
    expect(read(path.join(clientDir, 'internals/SlidesShow.vue'))).toContain('id="slideshow"')
    expect(read(path.join(clientDir, 'internals/SlideWrapper.vue'))).toContain(':data-slidev-no="props.route.no"')
    expect(read(path.join(clientDir, 'constants.ts'))).toContain('export const CLASS_VCLICK_HIDDEN = \'slidev-vclick-hidden\'')
    expect(read(path.join(clientDir, 'internals/SlideLoading.vue'))).toContain('slidev-slide-loading')
  },
}

describe('Slidev\'s behaviour the framework relies on (scripts/lib/slidev-internals.ts)', () => {
  test('every assumption has exactly one check', () => {
    expect(Object.keys(checks).sort()).toEqual(SLIDEV_ASSUMPTIONS.map(a => a.id).sort())
    expect(existsSync(path.join(dist, 'cli.mjs'))).toBe(true)
  })

  for (const assumption of SLIDEV_ASSUMPTIONS)
    test(`${assumption.id}: ${assumption.statement}`, checks[assumption.id])
})
