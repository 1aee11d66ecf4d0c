// Finds a Chromium for the browser tests. Playwright cannot download its own browser here,
// so a system Chromium (Debian's package) is the normal case.
// Run directly (`tsx scripts/lib/chromium.ts`) it finds one, or installs Debian's with apt-get.
import { execFileSync, spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const APT_PACKAGES = ['chromium', 'fonts-liberation', 'fonts-dejavu-core']
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/** Flags for a headless Chromium that runs as root in a container and talks to no one. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox', // root cannot use the sandbox
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The first usable Chromium: env override, system package, then Playwright's cache. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [
    env.CHROMIUM_PATH,
    env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    ...SYSTEM_CHROMIUM_PATHS,
    chromium.executablePath(), // where Playwright would have downloaded its own build
  ]
  return candidates.find((file): file is string => !!file && isExecutable(file))
}

function canApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
}

/** findChromium(), else installs Debian's chromium (root with apt-get only); throws when none. */
export function ensureChromium(): string {
  const found = findChromium()
  if (found) return found
  if (!canApt()) {
    throw new Error(
      'No Chromium found (tried CHROMIUM_PATH, PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, '
      + `${SYSTEM_CHROMIUM_PATHS.join(', ')}, Playwright's cache) and cannot apt-get install one: `
      + 'install chromium or set CHROMIUM_PATH.',
    )
  }
  console.log('No Chromium found: installing Debian\'s chromium with apt-get')
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env: aptEnv })
  // The fonts are the ones the reference machines have: text metrics decide the overflow checks.
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...APT_PACKAGES], { stdio: 'inherit', env: aptEnv })
  const installed = findChromium()
  if (!installed) throw new Error('apt-get installed chromium, but no Chromium executable was found afterwards')
  return installed
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`Chromium: ${ensureChromium()}`)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
