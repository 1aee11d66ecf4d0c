// `npm run new -- <session-id>` makes a deck that builds, and whose cover shows that session
// from the data module; the presenter countdown is the slot's length.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { afterAll, expect, inject, test } from 'vitest'
import { beamSummit } from '../../data/index.ts'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'
import { serveDist } from '../../scripts/preview.ts'

const { wsEndpoint } = inject('e2e')
// A session with no deck of its own yet, so the scaffold has something to create.
const SESSION = 'break-wordle-with-beam'
const DECK = path.join(REPO_ROOT, 'slides', SESSION, 'slides.md')
const out = mkdtempSync(path.join(os.tmpdir(), 'scaffold-e2e-'))

afterAll(() => {
  rmSync(path.dirname(DECK), { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
})

test('a scaffolded deck for a real session builds, and its cover shows that session', async () => {
  expect(existsSync(DECK), `${DECK} exists already: pick another session for this test`).toBe(false)
  const created = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/new-talk.ts', SESSION], { cwd: REPO_ROOT, encoding: 'utf8' })
  expect(created.status, created.stderr).toBe(0)
  // The command it prints serves that deck the project's way (the data checked first).
  expect(created.stdout).toContain(`Preview it: npm run dev -- ${SESSION}`)

  const build = spawnSync(
    path.join(REPO_ROOT, 'node_modules/.bin/slidev'),
    ['build', DECK, '--base', `/${SESSION}/`, '--out', path.join(out, SESSION)],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  )
  expect(build.status, `${build.stdout}${build.stderr}`).toBe(0)
  // The slot timer: Slidev's built config carries the session's 25-minute countdown.
  const assets = path.join(out, SESSION, 'assets')
  const bundle = readdirSync(assets, { recursive: true }).map(file => String(file)).filter(file => file.endsWith('.js'))
    .map(file => readFileSync(path.join(assets, file), 'utf8')).join('\n')
  expect(/["']?duration["']?:\s*[`"']25min[`"']/.test(bundle), 'the built config has duration: 25min').toBe(true)
  expect(/["']?timer["']?:\s*[`"']countdown[`"']/.test(bundle), 'the built config has timer: countdown').toBe(true)

  const session = beamSummit.sessionById(SESSION)
  const server = await serveDist(out)
  const browser = await chromium.connect(wsEndpoint)
  try {
    const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
    await page.goto(`${server.origin}/${SESSION}/1`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('.bs-session-cover__title').textContent()).toBe(session.title)
    expect(await page.locator('.bs-byline__name').allTextContents()).toEqual(beamSummit.speakersOf(session).map(person => person.name))
  } finally {
    await browser.close()
    await server.close()
  }
})
