// What every component's source is held to, the framework's and each deck's own, found from the
// tree (scripts/lib/decks.ts, componentFiles): components/ is the framework, slides/<slug>/components/
// a deck's. There is no list to keep: moving a file moves it from one to the other.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { componentFiles, REPO_ROOT } from '../../scripts/lib/decks.ts'

const components = componentFiles()
const framework = components.filter(component => component.deck === undefined)
const deckOwn = components.filter(component => component.deck !== undefined)
const sourceOf = (relPath: string) => readFileSync(path.join(REPO_ROOT, relPath), 'utf8')

/** The framework's code outside components/: what it reaches, every deck reaches. */
const FRAMEWORK_CODE_DIRS = ['layouts', 'composables', 'data', 'hub', 'setup', 'styles']
/** An import or re-export from a deck's folder (slides/<slug>/...). */
const IMPORT_FROM_DECK = /\bfrom\s+['"][^'"]*\bslides\/|\bimport\s*\(\s*['"][^'"]*\bslides\//

describe('components by folder', () => {
  it('finds the framework\'s components in components/ and a deck\'s own in its folder', () => {
    expect(framework.map(component => component.relPath)).toContain('components/SponsorWall.vue')
    expect(deckOwn).toContainEqual({ name: 'PatternCatalog', relPath: 'slides/ml-design-patterns/components/PatternCatalog.vue', deck: 'ml-design-patterns' })
    expect(framework.map(component => component.name)).not.toContain('PatternCatalog')
  })

  it('gives no deck a component named like one of the framework\'s (one of the two would hide the other)', () => {
    const frameworkNames = new Set(framework.map(component => component.name))
    expect(deckOwn.filter(component => frameworkNames.has(component.name)).map(component => component.relPath)).toEqual([])
  })

  it('keeps the framework free of any deck\'s content: nothing in it imports from slides/', () => {
    const frameworkCode = [
      ...framework.map(component => component.relPath),
      ...FRAMEWORK_CODE_DIRS.flatMap(dir => readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter(file => /\.(?:vue|ts)$/.test(file))
        .map(file => path.join(dir, file))),
    ]
    expect(frameworkCode.filter(file => IMPORT_FROM_DECK.test(sourceOf(file)))).toEqual([])
  })
})

describe.each(components.map(component => [component.relPath]))('%s', (relPath) => {
  const source = sourceOf(relPath)

  it('renders data as text: no v-html nor innerHTML', () => {
    expect(source).not.toMatch(/v-html|innerHTML|outerHTML/)
  })

  it('hotlinks no image and uses no http:// address', () => {
    expect(source).not.toMatch(/<img[^>]+src="[a-z]+:/)
    expect(source).not.toMatch(/http:\/\/(?!www\.w3\.org\/2000\/svg)/)
  })

  it('is a typed <script setup lang="ts"> component with scoped styles', () => {
    expect(source).toContain('<script setup lang="ts">')
    if (source.includes('<style')) expect(source).toContain('<style scoped>')
  })
})
