// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'
import { recordInputs } from '../../scripts/lib/record-inputs.ts'

test('records the project files a build read, slide modules as their markdown file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'record-inputs-'))
  try {
    for (const name of ['deck.md', 'part.md', 'Card.vue']) writeFileSync(path.join(dir, name), '')
    const out = path.join(dir, 'inputs.json')
    const plugin = recordInputs(out)
    const ids = [
      `${dir}/deck.md__slidev_1.md`,
      `${dir}/deck.md__slidev_1.frontmatter`,
      `${dir}/part.md__slidev_2.md`,
      `${dir}/Card.vue?vue&type=style&index=0&lang.css`,
      `${dir}/Card.vue`,
      '/@slidev/slides',
      '\0virtual:icons',
      '/work/main/node_modules/vue/index.js',
    ]
    const buildEnd = plugin.buildEnd as (this: { getModuleIds: () => Iterable<string> }, error?: Error) => void
    buildEnd.call({ getModuleIds: () => ids })
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual([`${dir}/Card.vue`, `${dir}/deck.md`, `${dir}/part.md`])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
