// The URL path the site is served from: '/' at a host's root, '/conf/2022/' for a sub-path (a
// GitHub Pages project site, a folder of an existing site). `npm run build -- --base /conf/2022/`
// builds every deck at <base><slug>/, the shared files at <base>assets/ and the hub's links under
// it; the build writes the base into the site (SITE_BASE_FILE) so that preview and export serve
// and print the site where it was built for.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const ROOT_BASE = '/'
/** Written by the build at the top of the site for preview and export; a dotfile, which our server does not serve. */
export const SITE_BASE_FILE = '.site-base'

/** `base` if it is a URL path of plain segments, starting and ending with '/'; else the reason it is not. */
export function siteBaseProblem(base: string): string | undefined {
  if (!base.startsWith('/') || !base.endsWith('/')) return `must start and end with "/", like /conf/2022/`
  if (base.includes('//')) return 'has an empty segment ("//")'
  const bad = base.split('/').filter(Boolean).find(segment => !/^[A-Za-z0-9._~-]+$/.test(segment) || /^\.+$/.test(segment))
  if (bad !== undefined) return `segment "${bad}" may hold only letters, digits and . _ ~ - (and is not . or ..)`
  return undefined
}

/** Where a deck is built and served on a site served from `base`: '/conf/2022/' and 'welcome' -> '/conf/2022/welcome/'. */
export const deckBaseOf = (base: string, slug: string) => `${base}${encodeURIComponent(slug)}/`

/** The base a built site in `siteDir` was built for ('/' when it says none). */
export function readSiteBase(siteDir: string): string {
  const file = path.join(siteDir, SITE_BASE_FILE)
  if (!existsSync(file)) return ROOT_BASE
  const base = readFileSync(file, 'utf8').trim()
  const problem = siteBaseProblem(base)
  if (problem) throw new Error(`${file}: the site's base "${base}" ${problem}; rebuild with npm run build -- --base <path>`)
  return base
}

/** A path inside the site, `pathname` below `base`: '/conf/2022/welcome/' -> '/welcome/'; undefined when outside it. */
export function withinBase(pathname: string, base: string): string | undefined {
  if (base === ROOT_BASE) return pathname
  if (`${pathname}/` === base) return '/'
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined
}
