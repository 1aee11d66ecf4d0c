// @vitest-environment node
// A deck whose generated slides name a day the event does not have (a schedule deck kept from
// another event) stops `npm run build` before any Slidev build: one line naming the deck, the
// slide and the field, exit 1, no stack trace, no dist/.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createSandbox, type Sandbox } from '../../bench/lib/sandbox.ts'

let sandbox: Sandbox
beforeAll(() => {
  sandbox = createSandbox(undefined, false, { symlinkNodeModules: true })
  mkdirSync(path.join(sandbox.root, 'slides/zz-old-schedule'))
  writeFileSync(path.join(sandbox.root, 'slides/zz-old-schedule/slides.md'), [
    '---', 'theme: default', "addons: ['../']", 'title: Old schedule', 'favicon: /favicon.svg', 'fonts:', '  provider: none', '---', '',
    '# Schedule', '', '---', 'generate: schedule', 'day: 2019-08-25', '---', '', '# Sunday', '',
  ].join('\n'))
}, 60_000)
afterAll(() => sandbox?.remove())

it('build: a generated slide for a day the event lacks is refused in one line, nothing built', () => {
  const result = spawnSync(path.join(sandbox.root, 'node_modules/.bin/tsx'), ['scripts/build.ts', 'zz-old-schedule'], {
    cwd: sandbox.root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' },
  })
  const output = `${result.stdout}${result.stderr}`
  expect(result.status, output).toBe(1)
  expect(result.stderr.split('\n').filter(Boolean)).toEqual([
    'Build failed, dist/ left untouched:',
    '  slides/zz-old-schedule/slides.md: slide with "generate: schedule": field "day" is "2019-08-25", not a day of the event (2022-07-18, 2022-07-19, 2022-07-20)',
  ])
  expect(output).not.toMatch(/^\s+at |GeneratedSlidesError|node:internal/m)
  expect(existsSync(path.join(sandbox.root, 'dist'))).toBe(false)
}, 60_000)
