// One copy of every built file in the site. Each deck's Vite build writes its chunks, styles and
// fonts to <deck>/assets/ under a content-hashed name, so the decks' copies of the Slidev client,
// Vue, shiki and the fonts have the same names and bytes. In the site (scripts/build.ts) they live
// once, in /assets/, and every deck refers to them there: an attendee's browser fetches them for
// the first deck and serves them from its cache for the next.
//
// Two halves, one idea: a Vite plugin that makes a deck's build point at the site's shared folder
// (only when scripts/build.ts asks, through DECK_SHARED_ASSETS, so a plain `slidev build` of one
// deck still writes a deck that stands alone), and shareSiteAssets(), which moves the files there.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Plugin, UserConfig } from 'vite'
import { REPO_ROOT } from './decks.ts'
import { VALIDATED_DATA_FILE } from './prevalidated-data.ts'
import { ROOT_BASE } from './site-base.ts'

/** Set by scripts/build.ts to the site's base ('/' or a sub-path, scripts/lib/site-base.ts): the shared folder is `${root}assets/`. */
export const SHARED_ASSETS_ENV = 'DECK_SHARED_ASSETS'
/** Vite's assets folder, in each deck's build and at the top of the site. */
export const ASSETS_DIR = 'assets'

/**
 * In a site build, every file Vite emits into assets/ (chunks, CSS, fonts, images) is referred to
 * from HTML, JS and CSS at the site's shared `/assets/` instead of the deck's own `/<slug>/assets/`.
 * Files of public/ (favicon, photos, brand) keep their deck's URL.
 */
export function sharedAssets(): Plugin {
  let keptExports = new Map<string, string[]>()
  return {
    name: 'shared-assets',
    apply: 'build',
    config() {
      const root = process.env[SHARED_ASSETS_ENV]
      if (!root) return undefined
      if (!/^\/(?:[^/]+\/)*$/.test(root)) throw new Error(`${SHARED_ASSETS_ENV} must be a URL path ending in "/" (the site's root), not "${root}"`)
      return {
        experimental: {
          renderBuiltUrl: (filename, { type }) =>
            type === 'asset' && filename.startsWith(`${ASSETS_DIR}/`) ? `${root}${filename}` : undefined,
        },
        // Replaces Slidev's manualChunks (output.codeSplitting wins over it): see siteChunkGroups.
        build: { rollupOptions: { output: { codeSplitting: { groups: siteChunkGroups(ownPackages(REPO_ROOT)) } } } },
      } as UserConfig
    },
    buildStart() {
      if (!process.env[SHARED_ASSETS_ENV]) return
      // Vue's exports, all of them, under their own names: otherwise vendor/libs exports what the
      // deck's other chunks import from it, under minified names, and that list differed between
      // decks (the same code, another last line). Its own entry file is a small facade nobody loads.
      this.emitFile({ type: 'chunk', id: 'vue', preserveSignature: 'strict' })
      // The same for the part of @vueuse that Slidev's client and our code import anywhere: each
      // deck's Slidev components use another part of it (46 to 49 KB, five versions in seven decks).
      keptExports = importedNames(SHARED_EXPORT_PACKAGES, sharedExportSources(REPO_ROOT))
      for (const [name, exports] of keptExports) {
        if (exports.length > 0) this.emitFile({ type: 'chunk', id: `${SHARED_EXPORTS_PREFIX}${name}`, preserveSignature: 'strict' })
      }
    },
    // Filtered: Rolldown calls these for the facade modules only, not for every module of the deck.
    resolveId: {
      filter: { id: SHARED_EXPORTS_ID },
      handler: id => id,
    },
    load: {
      filter: { id: SHARED_EXPORTS_ID },
      handler(id) {
        const name = id.slice(SHARED_EXPORTS_PREFIX.length)
        return `export { ${(keptExports.get(name) ?? []).join(', ')} } from '${name}'\n`
      },
    },
  }
}

/** Packages of which a site build keeps, in every deck, all that any deck may import (see buildStart). */
const SHARED_EXPORT_PACKAGES = ['@vueuse/core', '@vueuse/shared', '@vueuse/math', '@vueuse/motion']
const SHARED_EXPORTS_PREFIX = '\0shared-exports:'
const SHARED_EXPORTS_ID = /^\0shared-exports:/

/** Our folders whose code runs in a deck. */
const OUR_BROWSER_DIRS = ['components', 'layouts', 'composables', 'setup', 'slides']

/** Where a deck's imports come from: the Slidev client's sources and ours (framework and decks). */
function sharedExportSources(repoRoot: string): string[] {
  const client = path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('@slidev/client/package.json'))
  return [client, ...OUR_BROWSER_DIRS.map(dir => path.join(repoRoot, dir))]
}

/** The text of each .ts and .vue file under `dirs` (those that exist), outside any node_modules. */
function* sourceFiles(dirs: readonly string[]): Generator<string> {
  for (const dir of dirs.filter(existsSync)) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name)
      if (entry.isFile() && /\.(ts|vue)$/.test(entry.name) && !path.relative(dir, file).split(path.sep).includes('node_modules')) yield readFileSync(file, 'utf8')
    }
  }
}

/**
 * The names that the .ts and .vue files under `dirs` import, as values, from each of `packages`
 * (`import { useNow, type Fn } from '@vueuse/core'` gives useNow), sorted.
 */
export function importedNames(packages: readonly string[], dirs: readonly string[]): Map<string, string[]> {
  const names = new Map(packages.map(name => [name, new Set<string>()]))
  for (const code of sourceFiles(dirs)) {
    for (const [, list, from] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
      const into = names.get(from!)
      if (!into) continue
      for (const specifier of list!.split(',').map(part => part.trim()).filter(part => part && !part.startsWith('type '))) into.add(specifier.split(/\s+as\s+/)[0]!)
    }
  }
  return new Map([...names].map(([name, set]) => [name, [...set].sort()]))
}

/** The npm packages that the .ts and .vue files under `dirs` import (`from 'x'`, `import 'x'`, `import('x')`), sorted. */
export function importedPackages(dirs: readonly string[]): string[] {
  const found = new Set<string>()
  for (const code of sourceFiles(dirs)) {
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*['"]([^'"]+)['"]/g)) {
      if (/^(?:[./#~]|[a-z]+:)/.test(specifier!)) continue
      const [scope, name] = specifier!.split('/')
      found.add(scope!.startsWith('@') && name ? `${scope}/${name}` : scope!)
    }
  }
  return [...found].sort()
}

/** The stylesheets every deck loads whole: Slidev's, the theme's, the fonts' faces, our styles/. */
export const STYLES_CHUNK = 'vendor/styles'
/**
 * UnoCSS's utilities and shortcuts hold what the deck uses, so they differ between decks: a chunk
 * of the deck's own, after the shared one in the page, as the utilities came after Slidev's and our
 * styles before. Its preflights and prose styles are the same in every deck and are shared.
 */
export const UTILITIES_CHUNK = 'utilities'
/** The event's facts (data/event-data.ts, as the JSON the build validated), the same for every deck. */
export const FACTS_CHUNK = 'event-facts'
/** Vue and the libraries the Slidev client brings. */
export const VENDOR_CHUNK = 'vendor/libs'

/** One of Rolldown's code-splitting groups: a module goes to the matching group of highest priority. */
export interface ChunkGroup { name: string, test: RegExp, priority: number }

const SEP = '[\\\\/]'
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** The last node_modules/ of a path, then a file of `packageName`. */
const inPackage = (packageName: string) => new RegExp(`${SEP}node_modules${SEP}(?!.*${SEP}node_modules${SEP})${packageName.split('/').map(escapeRegExp).join(SEP)}${SEP}`)

/**
 * How a site build splits each deck into chunks, so that the chunks every deck needs are the same
 * file, byte for byte and by name, in every deck. Slidev's own split (shiki, vue, the Slidev client)
 * names chunks after one package while Rolldown fills them with others, tree-shaken per deck: no
 * two decks had the same Vue chunk, and every chunk importing it got another hash too.
 * - The event's facts: one file.
 * - Stylesheets (not a component's <style>): Slidev's, the theme's, the fonts' faces and ours in one
 *   shared file; UnoCSS's utilities and shortcuts in the deck's own.
 * - @vueuse/*: its own chunk, holding what any deck may import (see the plugin's buildStart).
 * - A package that only our code imports (`ownPackages`, uqr for QR codes): a chunk of its own,
 *   loaded by the decks that use it, rather than making vendor/libs differ with and without it.
 * - Vue and everything else in node_modules but the Slidev client and the theme (which read the
 *   deck's own virtual modules): vendor/libs, used alike by every deck.
 * - Our other code and the Slidev client: where Rolldown puts them.
 * Static tests, not a function: Rolldown then sorts modules without calling back into JavaScript.
 */
export function siteChunkGroups(ownPackageNames: readonly string[]): ChunkGroup[] {
  return [
    { name: FACTS_CHUNK, test: new RegExp(`${escapeRegExp(VALIDATED_DATA_FILE).replaceAll('\\/', SEP).replaceAll('\\\\', SEP)}$`), priority: 60 },
    { name: UTILITIES_CHUNK, test: /[\\/]__uno(?:_shortcuts)?\.css$/, priority: 50 },
    { name: STYLES_CHUNK, test: /^[^?]*\.css$/, priority: 40 },
    { name: 'vendor/vueuse', test: inPackage('@vueuse'), priority: 30 },
    ...ownPackageNames.map(name => ({ name: `vendor/${name.replace(/^@/, '').replace('/', '-')}`, test: inPackage(name), priority: 20 })),
    { name: VENDOR_CHUNK, test: new RegExp(`${SEP}node_modules${SEP}(?!.*${SEP}node_modules${SEP})(?!@slidev${SEP}(?:client|theme-default)${SEP}|\\.slidev${SEP})`), priority: 10 },
  ]
}

/** The group a module goes to under `groups`, as Rolldown picks it (for tests and for reading). */
export function chunkOf(id: string, groups: readonly ChunkGroup[]): string | undefined {
  return [...groups].sort((a, b) => b.priority - a.priority).find(group => group.test.test(id))?.name
}

/**
 * The packages that our browser code (components, layouts, composables, setup, decks) imports and
 * the Slidev client does not depend on: uqr. Vue and @vueuse, which both use, are not among them.
 */
export function ownPackages(repoRoot: string): string[] {
  const clientDir = path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('@slidev/client/package.json'))
  const client = JSON.parse(readFileSync(path.join(clientDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
  const theirs = new Set(Object.keys(client.dependencies ?? {}))
  return importedPackages(OUR_BROWSER_DIRS.map(dir => path.join(repoRoot, dir)))
    .filter(name => !theirs.has(name) && name !== 'vue' && !name.startsWith('@vueuse/') && !name.startsWith('@slidev/'))
}

/**
 * The site's `_headers` (Netlify, Cloudflare Pages and others read it): the shared files are
 * content-hashed, so a browser may keep them for good and never ask again.
 */
export const HEADERS_FILE = '_headers'
export const sharedAssetsHeaders = (base = ROOT_BASE) => `${base}${ASSETS_DIR}/*\n  Cache-Control: public, max-age=31536000, immutable\n`

export class SharedAssetConflictError extends Error {
  constructor(readonly file: string, readonly decks: readonly [string, string]) {
    super(`${ASSETS_DIR}/${file}: the decks "${decks[0]}" and "${decks[1]}" built different files under the same name; rebuild with --force`)
    this.name = 'SharedAssetConflictError'
  }
}

export interface SharedAssetsReport {
  /** Distinct files in the site's assets/. */
  files: number
  /** Bytes of the copies not stored, because another deck had the same file. */
  bytesSaved: number
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/**
 * Moves each deck's `<site>/<slug>/assets/**` to `<site>/assets/**`, keeping one copy of files that
 * several decks built, and writes the site's _headers. Two different files under one name cannot
 * both be served from one URL: throws SharedAssetConflictError before moving anything.
 */
export function shareSiteAssets(siteDir: string, slugs: readonly string[], base = ROOT_BASE): SharedAssetsReport {
  const shared = path.join(siteDir, ASSETS_DIR)
  const owner = new Map<string, { slug: string, size: number, bytes?: Buffer }>()
  for (const name of existsSync(shared) ? filesUnder(shared) : []) owner.set(name, { slug: '(the site)', size: statSync(path.join(shared, name)).size })
  const moves: { from: string, to: string, duplicate: boolean, size: number }[] = []
  for (const slug of slugs) {
    const own = path.join(siteDir, slug, ASSETS_DIR)
    if (!existsSync(own)) continue
    for (const name of filesUnder(own)) {
      const from = path.join(own, name)
      const size = statSync(from).size
      const first = owner.get(name)
      if (first) {
        const firstFile = first.slug === '(the site)' ? path.join(shared, name) : path.join(siteDir, first.slug, ASSETS_DIR, name)
        first.bytes ??= readFileSync(firstFile)
        if (first.size !== size || !first.bytes.equals(readFileSync(from))) throw new SharedAssetConflictError(name, [first.slug, slug])
        moves.push({ from, to: path.join(shared, name), duplicate: true, size })
      } else {
        owner.set(name, { slug, size })
        moves.push({ from, to: path.join(shared, name), duplicate: false, size })
      }
    }
  }
  let bytesSaved = 0
  for (const move of moves) {
    if (move.duplicate) {
      bytesSaved += move.size
      continue
    }
    mkdirSync(path.dirname(move.to), { recursive: true })
    renameSync(move.from, move.to)
  }
  for (const slug of slugs) rmSync(path.join(siteDir, slug, ASSETS_DIR), { recursive: true, force: true })
  if (owner.size > 0) writeFileSync(path.join(siteDir, HEADERS_FILE), sharedAssetsHeaders(base))
  return { files: owner.size, bytesSaved }
}

/**
 * A page built apart from the decks (the hub: `page` with its files in `ownDir`) uses the site's
 * shared copy of each file it has in common with them (the fonts): the page's own copy is removed
 * and its URLs in the page point at <base>assets/. Returns the number of files adopted.
 */
export function adoptSharedCopies(siteDir: string, page: string, ownDir: string, base = ROOT_BASE): number {
  const shared = path.join(siteDir, ASSETS_DIR)
  const own = path.join(siteDir, ownDir)
  const pageFile = path.join(siteDir, page)
  if (!existsSync(shared) || !existsSync(own) || !existsSync(pageFile)) return 0
  let html = readFileSync(pageFile, 'utf8')
  const adopted: string[] = []
  for (const name of filesUnder(own)) {
    const copy = path.join(shared, name)
    if (!existsSync(copy) || !readFileSync(copy).equals(readFileSync(path.join(own, name)))) continue
    const ownUrl = `${base}${ownDir}/${name.split(path.sep).join('/')}`
    html = html.split(ownUrl).join(`${base}${ASSETS_DIR}/${name.split(path.sep).join('/')}`)
    adopted.push(name)
  }
  writeFileSync(pageFile, html)
  for (const name of adopted) rmSync(path.join(own, name))
  return adopted.length
}

export interface DuplicateShare { total: number, duplicate: number, share: number }

/** Bytes stored more than once among `files`: every copy after the first of identical content. */
export function duplicateShare(files: Iterable<Uint8Array>): DuplicateShare {
  const seen = new Set<string>()
  let total = 0
  let duplicate = 0
  for (const bytes of files) {
    total += bytes.length
    const hash = createHash('sha256').update(bytes).digest('hex')
    if (seen.has(hash)) duplicate += bytes.length
    else seen.add(hash)
  }
  return { total, duplicate, share: total === 0 ? 0 : duplicate / total }
}
