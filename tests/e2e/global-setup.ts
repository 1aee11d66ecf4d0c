// Once per e2e run: build every deck (cached decks make this fast), serve dist/ on loopback,
// and start ONE Chromium that every test file connects to.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/lib/chromium.ts'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'
import { serveDist } from '../../scripts/preview.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { origin: string, wsEndpoint: string }
  }
}

export default async function setup(project: TestProject) {
  const executablePath = ensureChromium()
  // E2E_SKIP_BUILD=1 tests the dist/ already there (quicker when iterating on the tests).
  if (!process.env.E2E_SKIP_BUILD) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' })
    if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status}); see its output above`)
  }
  const server = await serveDist(path.join(REPO_ROOT, 'dist'))
  const browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, host: '127.0.0.1' })
  project.provide('e2e', { origin: server.origin, wsEndpoint: browser.wsEndpoint() })
  return async () => {
    await browser.close()
    await server.close()
  }
}
