// @vitest-environment node
// Every command, run as the organizer runs it, on a copy of the repo whose data/event.ts has
// mistakes in it (data/programme.ts, the imported part): the data's own lines (file, entity, field), exit code 1, no stack trace, and
// nothing written. No Slidev build starts: the data is checked before any deck.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSandbox, type Sandbox } from '../../bench/lib/sandbox.ts'

let sandbox: Sandbox
const EXPECTED = [
  'data/programme.ts: event "beam-summit-2022", field "timeZone": "America/Austin" is not an IANA time zone name, such as "America/Chicago"',
  'data/programme.ts: session "runinference", field "start": 25:15 is not a time of day (00:00 to 23:59)',
]

beforeAll(() => {
  sandbox = createSandbox(undefined, false, { symlinkNodeModules: true })
  // The programme file, as `npm run import` writes it (one entity a line).
  const file = path.join(sandbox.root, 'data/programme.ts')
  const facts = readFileSync(file, 'utf8')
  const broken = facts
    .replace(`"timeZone":"America/Chicago"`, `"timeZone":"America/Austin"`)
    .replace(`"roomId":"room-202","start":"2022-07-18T12:00"`, `"roomId":"room-202","start":"2022-07-18T25:15"`)
  expect(broken.split('\n').filter((line, i) => line !== facts.split('\n')[i])).toHaveLength(2)
  writeFileSync(file, broken)
}, 60_000)
afterAll(() => sandbox?.remove())

function run(script: string, ...args: string[]) {
  const result = spawnSync(path.join(sandbox.root, 'node_modules/.bin/tsx'), [script, ...args], {
    cwd: sandbox.root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stderr.split('\n').filter(Boolean) }
}

function expectRefused(result: ReturnType<typeof run>, command: string) {
  expect(result.status).toBe(1)
  // The data's lines, whole, first; then one line that says what the command did.
  expect(result.lines.slice(0, 2)).toEqual(EXPECTED)
  expect(result.lines).toHaveLength(3)
  expect(result.lines[2]).toMatch(new RegExp(`^${command}: stopped on invalid event data; nothing written\\.`))
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at |EventDataError|node:internal/m)
}

describe('commands on bad data', () => {
  it('build: refuses before any deck, writes no dist/ and no .cache/', () => {
    const result = run('scripts/build.ts')
    expectRefused(result, 'build')
    expect(result.lines[2]).toContain('No deck built; dist/ left untouched.')
    expect(existsSync(path.join(sandbox.root, 'dist'))).toBe(false)
    expect(existsSync(path.join(sandbox.root, '.cache'))).toBe(false)
  }, 60_000)

  it('new: refuses, writes no deck', () => {
    const before = readdirSync(path.join(sandbox.root, 'slides')).sort()
    expectRefused(run('scripts/new-talk.ts', 'runinference'), 'new-talk')
    expect(readdirSync(path.join(sandbox.root, 'slides')).sort()).toEqual(before)
  }, 60_000)

  it('calendar: refuses, writes no .ics', () => {
    expectRefused(run('scripts/calendar.ts'), 'calendar')
    expect(existsSync(path.join(sandbox.root, 'dist'))).toBe(false)
  }, 60_000)

  it('dev (and npm start, which runs it): refuses before Slidev starts', () => {
    const pkg = JSON.parse(readFileSync(path.join(sandbox.root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.start).toMatch(/^tsx scripts\/dev\.ts /)
    const result = run('scripts/dev.ts', 'welcome', '--port', '3999')
    expectRefused(result, 'dev')
    expect(result.stdout).not.toMatch(/slidev|localhost/i)
  }, 60_000)

  it('hub and export: refuse, write nothing', () => {
    expectRefused(run('scripts/hub.ts', '--out', 'dist'), 'hub')
    expectRefused(run('scripts/export.ts'), 'export')
    expect(existsSync(path.join(sandbox.root, 'dist'))).toBe(false)
  }, 60_000)
})
