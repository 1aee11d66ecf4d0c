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
import path from 'node:path'
import type { Plugin } from 'vite'
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
      }
    },
  }
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
