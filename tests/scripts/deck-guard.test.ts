// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { findUnresolvedComponents, layoutProblem } from '../../scripts/lib/deck-guard.ts'
import { injectedLayout, parseSlideModuleId, requestedLayout } from '../../scripts/lib/slidev-internals.ts'

// Shapes of the code Slidev 52 + @vitejs/plugin-vue + unplugin-vue-components produce (trimmed
// from a real build); the build test in deck-guard.build.test.ts checks them against Slidev itself,
// and tests/scripts/slidev-contract.test.ts the code Slidev writes them with.
const MD_MODULE = `/* unplugin-vue-components disabled */import { resolveComponent as _resolveComponent } from "vue"
import __unplugin_components_0 from "/work/main/components/PocThing.vue";
import InjectedLayout from "/@fs/work/main/node_modules/@slidev/client/layouts/default.vue"
return (_ctx, _cache) => {
  const _component_SponsorWal = _resolveComponent("SponsorWal")
  const _component_RouterLink = _resolveComponent("RouterLink")
  const _component_router_view = _resolveComponent("router-view")
  const _component_x = _resolveComponent("_internal")
  const _component_PocThing = __unplugin_components_0
}`

const FRONTMATTER_MODULE = `// @unocss-include
import { computed, reactive, shallowReactive } from "vue"
export const frontmatterData = {"layout":"nope","class":"text-center"}
export const frontmatter = reactive(frontmatterData)`

describe('parseSlideModuleId', () => {
  test('reads file, slide number and kind', () => {
    expect(parseSlideModuleId('/work/main/slides/welcome.md__slidev_12.md'))
      .toEqual({ file: '/work/main/slides/welcome.md', slide: 12, kind: 'md' })
    expect(parseSlideModuleId('/work/main/slides/welcome.md__slidev_3.frontmatter'))
      .toEqual({ file: '/work/main/slides/welcome.md', slide: 3, kind: 'frontmatter' })
  })

  test('reads the script part of a slide with <script setup lang="ts">, where the layout is imported', () => {
    expect(parseSlideModuleId('/work/main/slides/welcome.md__slidev_2.md?vue&type=script&setup=true&lang.ts'))
      .toEqual({ file: '/work/main/slides/welcome.md', slide: 2, kind: 'md' })
  })

  test('ignores other modules and style sub-requests', () => {
    expect(parseSlideModuleId('/work/main/components/PocThing.vue')).toBeUndefined()
    expect(parseSlideModuleId('/work/main/slides/welcome.md__slidev_1.md?vue&type=style&index=0&lang.css')).toBeUndefined()
  })
})

describe('findUnresolvedComponents', () => {
  test('reports what is left unresolved, not the global components', () => {
    expect(findUnresolvedComponents(MD_MODULE)).toEqual(['SponsorWal'])
  })

  test('accepts extra globals, in either case style', () => {
    expect(findUnresolvedComponents(MD_MODULE, ['RouterLink', 'RouterView', 'sponsor-wal'])).toEqual([])
  })

  test('catches numbered aliases (vue-jsx) and hand-written calls', () => {
    expect(findUnresolvedComponents('_resolveComponent1("SpeakerWall")')).toEqual(['SpeakerWall'])
    expect(findUnresolvedComponents('resolveComponent("SpeakerWall")')).toEqual(['SpeakerWall'])
  })
})

describe('layouts', () => {
  test('reads the requested and the injected layout', () => {
    expect(requestedLayout(FRONTMATTER_MODULE)).toBe('nope')
    expect(requestedLayout('export const frontmatterData = {}')).toBeUndefined()
    expect(injectedLayout(MD_MODULE)).toBe('default')
  })

  test('reads the layout of a file Vite reloaded in dev (a ?t= query on its import)', () => {
    const reloaded = 'import InjectedLayout from "/work/repo/layouts/session-closing.vue?t=1796227343139"\n'
    expect(injectedLayout(reloaded)).toBe('session-closing')
    expect(layoutProblem('session-closing', injectedLayout(reloaded))).toBeUndefined()
  })

  test('fails loudly when Slidev changes the code it generates', () => {
    expect(() => requestedLayout('export default {}')).toThrow(/Slidev internals changed/)
    expect(() => injectedLayout('export default {}')).toThrow(/Slidev internals changed/)
  })

  test('a problem only when the layout asked for is not the one used', () => {
    expect(layoutProblem('nope', 'default')).toBe('unknown layout "nope" (Slidev fell back to "default")')
    expect(layoutProblem('cover', 'cover')).toBeUndefined()
    expect(layoutProblem(undefined, 'default')).toBeUndefined()
  })
})
