// @vitest-environment node
// Slide titles reach Slidev's title renderer (Goto dialog, <Toc>) as text, not as markup or
// template code (scripts/lib/slide-titles.ts). The browser test on a built deck whose title holds
// such payloads is tests/e2e/markup-payloads.test.ts.
import { describe, expect, test } from 'vitest'
import { pageTitleTemplate, SlideTitlesError, titlesAsText } from '../../scripts/lib/slide-titles.ts'
import { SLIDEV_TITLE_TEMPLATE } from '../../scripts/lib/slidev-internals.ts'

/** Slidev 52's `/@slidev/title-renderer.md`, as its node/virtual/titles.ts writes it (assumption `title-renderer`, tests/scripts/slidev-contract.test.ts). */
function slidevTitleRenderer(titles: Array<string | undefined>): string {
  const lines = titles.map((title, i) => `<template ${i === 0 ? 'v-if' : 'v-else-if'}="no === ${i + 1}">\n\n${title}\n\n</template>`)
  lines.push('<script setup lang="ts">', 'import { useSlideContext } from \'@slidev/client/context.ts\'', 'import { computed } from \'vue\'', 'const props = defineProps<{ no?: number | string }>()', 'const { $page } = useSlideContext()', 'const no = computed(() => +(props.no ?? $page.value))', '</script>')
  return lines.join('\n')
}

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '{{ 7*7 }}',
  '<b>bold</b>',
  '*[click](javascript:alert(1))*',
  '`code` and $x$',
]

/** The strings the rewritten module defines for its titles. */
function definedTitles(source: string): string[] {
  const match = /^const slideTitles: string\[\] = (.*)$/m.exec(source)
  expect(match, 'the module defines slideTitles').not.toBeNull()
  return JSON.parse(match![1]!) as string[]
}

describe('titlesAsText', () => {
  test('every title becomes a text interpolation of the same string', () => {
    const source = titlesAsText(slidevTitleRenderer(['Welcome', ...PAYLOADS, undefined]))
    expect(definedTitles(source)).toEqual(['Welcome', ...PAYLOADS, 'undefined'])
    const template = source.slice(0, source.indexOf('<script setup'))
    expect(template).toContain('<template v-if="no === 1">\n\n{{ slideTitles[0] }}\n\n</template>')
    expect(template).toContain(`<template v-else-if="no === ${PAYLOADS.length + 1}">\n\n{{ slideTitles[${PAYLOADS.length}] }}\n\n</template>`)
    // Nothing of a title is left where markdown or Vue would read it.
    for (const payload of PAYLOADS) expect(template).not.toContain(payload)
    expect(template).not.toContain('Welcome')
  })

  test('a title cannot close the script block it is defined in', () => {
    const source = titlesAsText(slidevTitleRenderer(['</script><script>alert(1)</script>']))
    expect(source.match(/<\/script>/g)).toHaveLength(1)
    expect(source.trimEnd().endsWith('</script>')).toBe(true)
  })

  test('a module of another shape is refused, naming this plugin', () => {
    expect(() => titlesAsText('<template v-if="no === 1">Welcome</template>')).toThrow(SlideTitlesError)
    expect(() => titlesAsText('<template v-if="no === 1">Welcome</template>')).toThrow(/scripts\/lib\/slide-titles\.ts/)
  })
})

describe('pageTitleTemplate', () => {
  test('holds the title as typed, in Slidev\'s default template or the author\'s', () => {
    expect(pageTitleTemplate({ title: 'Welcome <img src=x onerror=alert(1)> {{ 7*7 }}' })).toBe('Welcome <img src=x onerror=alert(1)> {{ 7*7 }} - Slidev')
    expect(pageTitleTemplate({ title: 'Talk $& `x`', titleTemplate: 'Beam Summit: %s' })).toBe('Beam Summit: Talk $& `x`')
    expect(pageTitleTemplate({ title: 'Room signage' })).toBe(`Room signage${SLIDEV_TITLE_TEMPLATE.slice(2)}`)
  })

  test('leaves Slidev\'s rendering when there is no title or Slidev would fill a second %s', () => {
    expect(pageTitleTemplate({})).toBeUndefined()
    expect(pageTitleTemplate({ title: '  ' })).toBeUndefined()
    expect(pageTitleTemplate({ title: '100%s' })).toBeUndefined()
    expect(pageTitleTemplate({ title: 'x', titleTemplate: '%s | %s' })).toBeUndefined()
  })
})
