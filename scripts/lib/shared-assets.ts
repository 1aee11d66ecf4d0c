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
  const packages: ImportedPackages = { importedByOurCode: new Set(), importedByPackages: new Set() }
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
        // Replaces Slidev's manualChunks (output.codeSplitting wins over it): see vendorChunkOf.
        build: { rollupOptions: { output: { codeSplitting: { groups: [{ name: (id: string) => vendorChunkOf(id, packages) }] } } } },
      } as UserConfig
    },
    buildStart() {
      packages.importedByOurCode.clear()
      packages.importedByPackages.clear()
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
    resolveId(id) {
      return id.startsWith(SHARED_EXPORTS_PREFIX) ? id : undefined
    },
    load(id) {
      if (!id.startsWith(SHARED_EXPORTS_PREFIX)) return undefined
      const name = id.slice(SHARED_EXPORTS_PREFIX.length)
      return `export { ${(keptExports.get(name) ?? []).join(', ')} } from '${name}'\n`
    },
    moduleParsed(info) {
      if (!process.env[SHARED_ASSETS_ENV]) return
      const importer = packageOf(info.id)
      // Our code is a file of the repo; a virtual module (/@server-ref/nav, \0...) is Slidev's.
      const ours = importer === undefined && existsSync(info.id.split('?')[0]!)
      const into = ours ? packages.importedByOurCode : packages.importedByPackages
      for (const imported of [...info.importedIds, ...info.dynamicallyImportedIds]) {
        const name = packageOf(imported)
        if (name !== undefined && name !== importer) into.add(name)
      }
    },
  }
}

const NODE_MODULES = '/node_modules/'

/** Packages of which a site build keeps, in every deck, all that any deck may import (see buildStart). */
const SHARED_EXPORT_PACKAGES = ['@vueuse/core', '@vueuse/shared', '@vueuse/math', '@vueuse/motion']
const SHARED_EXPORTS_PREFIX = '\0shared-exports:'

/** Where a deck's imports come from: the Slidev client's sources and ours (framework and decks). */
function sharedExportSources(repoRoot: string): string[] {
  const client = path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('@slidev/client/package.json'))
  return [client, ...['components', 'layouts', 'composables', 'setup', 'slides'].map(dir => path.join(repoRoot, dir))]
}

/**
 * The names that the .ts and .vue files under `dirs` import, as values, from each of `packages`
 * (`import { useNow, type Fn } from '@vueuse/core'` gives useNow), sorted.
 */
export function importedNames(packages: readonly string[], dirs: readonly string[]): Map<string, string[]> {
  const names = new Map(packages.map(name => [name, new Set<string>()]))
  const statement = /import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g
  for (const dir of dirs.filter(existsSync)) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name)
      if (!entry.isFile() || !/\.(ts|vue)$/.test(entry.name) || path.relative(dir, file).split(path.sep).includes('node_modules')) continue
      for (const [, list, from] of readFileSync(file, 'utf8').matchAll(statement)) {
        const into = names.get(from!)
        if (!into) continue
        for (const specifier of list!.split(',').map(part => part.trim()).filter(part => part && !part.startsWith('type '))) into.add(specifier.split(/\s+as\s+/)[0]!)
      }
    }
  }
  return new Map([...names].map(([name, set]) => [name, [...set].sort()]))
}

/** The npm package a module id belongs to ('@vue/runtime-core', 'uqr'), or undefined for our own code and virtual modules. */
export function packageOf(id: string): string | undefined {
  const file = id.split('?')[0]!.replaceAll('\\', '/')
  const at = file.lastIndexOf(NODE_MODULES)
  if (at < 0) return undefined
  const [scope, name] = file.slice(at + NODE_MODULES.length).split('/')
  if (!scope) return undefined
  return scope.startsWith('@') && name ? `${scope}/${name}` : scope
}

/** Which packages a deck's modules import, seen as its build parses them. */
export interface ImportedPackages {
  /** Imported by our own code: components, layouts, setup, data, a deck. */
  importedByOurCode: Set<string>
  /** Imported by another package (the Slidev client, a library) or by one of Slidev's virtual modules. */
  importedByPackages: Set<string>
}

/** Packages that are not vendor code to share: Slidev's client reads the deck's own virtual modules. */
const DECK_BOUND_PACKAGES = new Set(['@slidev/client', '@slidev/theme-default', '.slidev'])
/**
 * The event's facts (data/event-data.ts, as the JSON the build validated): the same for every deck,
 * so a file of their own rather than inside a chunk of queries that each deck tree-shakes its way.
 */
export const FACTS_CHUNK = 'event-facts'
/** The stylesheets every deck loads whole: Slidev's, the theme's, the fonts' faces, our styles/. */
export const STYLES_CHUNK = 'vendor/styles'
/**
 * UnoCSS's utilities and shortcuts hold what the deck uses, so they differ between decks: a chunk
 * of the deck's own, after the shared one in the page, as the utilities came after Slidev's and our
 * styles before. Its preflights and prose styles are the same in every deck and are shared.
 */
export const UTILITIES_CHUNK = 'utilities'
const isUtilitiesStylesheet = (id: string) => /\/__uno(?:_shortcuts)?\.css$/.test(id)
/** A stylesheet module, not a component's <style>, and not UnoCSS's utilities or shortcuts. */
const isSharedStylesheet = (id: string) => !id.includes('?') && /\.css$/.test(id) && !isUtilitiesStylesheet(id)

/** The shared chunk of everything else in node_modules; no deck sees a different one. */
export const VENDOR_CHUNK = 'vendor/libs'

/**
 * The chunk of a site build that a module goes to, so that the chunks every deck needs are the same
 * file, byte for byte and by name, in every deck. Slidev's own split (shiki, vue, the Slidev client)
 * names chunks after one package while Rolldown fills them with others, tree-shaken per deck: no
 * two decks had the same Vue chunk, and every chunk importing it got another hash too.
 * - Vue and what the Slidev client brings (vue-router, floating-vue, drauu, yaml, fuse.js, ...) are
 *   used alike by every deck: one chunk, `vendor/libs`.
 * - @vueuse/* is used by Slidev and by our components, a different part in each deck: a chunk of its
 *   own, holding what any deck may import (see the plugin's buildStart), the same file for all.
 * - A package only our own code imports (uqr for QR codes): a chunk of its own, loaded by the decks
 *   that use it, rather than making `vendor/libs` differ between decks with and without it.
 * - The event's facts, and the stylesheets (see FACTS_CHUNK, STYLES_CHUNK, UTILITIES_CHUNK).
 * - Our other code and the Slidev client: where Rolldown puts them (null).
 */
export function vendorChunkOf(id: string, packages: Readonly<ImportedPackages>): string | null {
  const file = id.split('?')[0]!
  if (file === VALIDATED_DATA_FILE.replaceAll('\\', '/') || file === VALIDATED_DATA_FILE) return FACTS_CHUNK
  if (isSharedStylesheet(id)) return STYLES_CHUNK
  if (isUtilitiesStylesheet(id)) return UTILITIES_CHUNK
  const name = packageOf(id)
  if (name === undefined || DECK_BOUND_PACKAGES.has(name) || /\.(css|woff2?|ttf|svg|png|jpe?g)$/.test(file)) return null
  if (name.startsWith('@vueuse/')) return 'vendor/vueuse'
  if (name === 'vue' || name.startsWith('@vue/')) return VENDOR_CHUNK
  if (packages.importedByOurCode.has(name) && !packages.importedByPackages.has(name)) return `vendor/${name.replace(/^@/, '').replace('/', '-')}`
  return VENDOR_CHUNK
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
