// Deck discovery: every slides/<slug>/slides.md is a deck, served at /<slug>/. The folder is the
// deck's Slidev root: its components/ (and public/, snippets) are that deck's alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'
import { parse as parseYaml } from 'yaml'
import type { EventQueries } from '../../data/index.ts'
import { closestSessions } from './session-search.ts'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The folder (relative to the repo root) whose subfolders are decks. */
export const DECKS_DIR = 'slides'
/** A deck folder's entry file. */
export const DECK_ENTRY = 'slides.md'

export interface Deck {
  /** URL and output folder name: the deck's folder name. */
  slug: string
  /** Absolute path of the deck's markdown file. */
  file: string
  /** Path relative to the repo root, for messages. */
  relPath: string
  /** The deck's headmatter (the first frontmatter block), {} when it has none. */
  headmatter: Record<string, unknown>
}

const HEADMATTER = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/

export function parseHeadmatter(markdown: string, file = 'deck'): Record<string, unknown> {
  const match = HEADMATTER.exec(markdown)
  if (!match) return {}
  let data: unknown
  try {
    data = parseYaml(match[1]!)
  } catch (error) {
    throw new Error(`${file}: invalid YAML in headmatter: ${(error as Error).message}`)
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: headmatter is not a YAML mapping`)
  return data as Record<string, unknown>
}

/** slides/<slug>/slides.md of every folder in `dir` that has one. */
function deckEntries(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter(entry => entry.isDirectory() && existsSync(path.join(dir, entry.name, DECK_ENTRY)))
      .map(entry => path.join(dir, entry.name, DECK_ENTRY))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/**
 * Markdown files directly in slides/ (the layout before one folder per deck): not decks, so the
 * build names them instead of leaving them out silently.
 */
export function strayDeckFiles(root = REPO_ROOT): string[] {
  const dir = path.join(root, DECKS_DIR)
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter(entry => entry.isFile() && entry.name.endsWith('.md'))
      .map(entry => `${DECKS_DIR}/${entry.name}: a deck is a folder: move it to ${DECKS_DIR}/${entry.name.slice(0, -3)}/${DECK_ENTRY}`)
      .sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** The framework's Vue components, shared by every deck (repo-relative). */
export const FRAMEWORK_COMPONENTS_DIR = 'components'

export interface ComponentFile {
  /** The component's name in a deck's markdown: its file name without `.vue`. */
  name: string
  /** Path relative to the repo root. */
  relPath: string
  /** The deck whose own component it is (slides/<slug>/components/); undefined for the framework's. */
  deck?: string
}

/**
 * Every Vue component, sorted by path, classified by where it lives and nothing else:
 * components/ is the framework's (every deck can use it, and it names no talk),
 * slides/<slug>/components/ is that deck's alone (Slidev auto-imports it for that deck only).
 */
export function componentFiles(root = REPO_ROOT): ComponentFile[] {
  const vueFiles = (dir: string): string[] => {
    try {
      return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.vue'))
        .map(file => path.posix.join(dir, file.split(path.sep).join('/')))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  }
  const of = (relPath: string, deck?: string): ComponentFile => ({ name: path.posix.basename(relPath, '.vue'), relPath, ...(deck ? { deck } : {}) })
  const framework = vueFiles(FRAMEWORK_COMPONENTS_DIR).map(file => of(file))
  const decks = discoverDecks(root).flatMap(deck => vueFiles(path.posix.join(DECKS_DIR, deck.slug, 'components')).map(file => of(file, deck.slug)))
  return [...framework, ...decks].sort((a, b) => a.relPath.localeCompare(b.relPath))
}

/** All decks, sorted by slug (one folder each, so no two share a slug). */
export function discoverDecks(root = REPO_ROOT): Deck[] {
  return deckEntries(path.join(root, DECKS_DIR)).map((file) => {
    const relPath = path.relative(root, file)
    return {
      slug: path.basename(path.dirname(file)),
      file,
      relPath,
      headmatter: parseHeadmatter(readFileSync(file, 'utf8'), relPath),
    }
  }).sort((a, b) => a.slug.localeCompare(b.slug))
}

/** The package.json closest to `dir` (itself or a parent), as Slidev finds it; undefined when none. */
function closestPackageJson(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const file = path.join(current, 'package.json')
    if (existsSync(file)) return file
    if (path.dirname(current) === current) return undefined
  }
}

/**
 * The folders a deck loads as Slidev addons by path: those its headmatter names and those of the
 * `slidev.addons` of the package.json closest to it (slides/package.json for every deck in slides/),
 * both resolved, as Slidev does, from the parent of the deck's folder. Addons named as packages
 * are left out: only a path can be the repo root.
 */
export function addonFoldersOf(deckFile: string, headmatter: Record<string, unknown>): string[] {
  const deckDir = path.dirname(path.resolve(deckFile))
  const packageJson = closestPackageJson(deckDir)
  const fromPackage = packageJson ? (JSON.parse(readFileSync(packageJson, 'utf8')) as { slidev?: { addons?: unknown } }).slidev?.addons : undefined
  const named = [headmatter.addons, fromPackage].flatMap(list => Array.isArray(list) ? list : [])
  return named
    .filter((addon): addon is string => typeof addon === 'string' && (addon.startsWith('.') || addon.startsWith('/')))
    .map(addon => path.resolve(path.dirname(deckDir), addon))
}

/**
 * Problems in a deck's headmatter that Slidev would report late, cryptically or not at all, each
 * naming the file and the field. The repo root must be one of the deck's addons (slides/package.json
 * says so for every deck in slides/). The favicon and the fonts default to local ones
 * (scripts/lib/deck-defaults.ts); a deck that sets a CDN favicon or a web-font provider is refused.
 */
export function deckProblems(deck: Deck, queries: Pick<EventQueries, 'hasSession' | 'allSessions'>, root = REPO_ROOT): string[] {
  const problems: string[] = []
  const { favicon, fonts, session } = deck.headmatter
  if (!addonFoldersOf(deck.file, deck.headmatter).includes(path.resolve(root))) {
    const wanted = path.relative(path.dirname(path.dirname(deck.file)), root) || '.'
    problems.push(`${deck.relPath}: headmatter field "addons" must be ['${wanted}/'] (or the closest package.json's slidev.addons) so the project's components, layouts and vite.config.ts load`)
  }
  if (favicon !== undefined && (typeof favicon !== 'string' || !favicon.startsWith('/'))) {
    problems.push(`${deck.relPath}: headmatter field "favicon" must be a local file such as /favicon.svg, or left out (Slidev's default comes from a CDN)`)
  }
  const provider = (fonts as { provider?: unknown } | undefined)?.provider
  if (provider !== undefined && provider !== 'none') {
    problems.push(`${deck.relPath}: headmatter field "fonts.provider" must be "none", or left out (fonts come from @fontsource, never from Google Fonts)`)
  }
  if (session !== undefined && (typeof session !== 'string' || !queries.hasSession(session))) {
    const closest = closestSessions(String(session), queries.allSessions()).map(s => s.id).join(', ')
    problems.push(`${deck.relPath}: headmatter field "session": no session "${String(session)}" in the programme, data/programme.ts (closest: ${closest})`)
  }
  return problems
}

export interface LoadedDeck {
  /**
   * The slides Slidev will render (after `src:` imports and generated slides, without
   * hidden/disabled slides); `no` is the URL number, `content` the slide's markdown, `note` its
   * speaker notes (markdown, '' when it has none).
   */
  slides: Array<{ no: number, frontmatter: Record<string, unknown>, content: string, note: string }>
  /** Every markdown file the deck reads: the deck file and the files it imports with `src:`. */
  files: string[]
}

/**
 * Loads a deck with Slidev's own parser. Generated slides come from `event` (the event data
 * module's by default; a test of a site built on other data hands in that data).
 */
export async function loadDeck(deck: Deck, event?: EventQueries): Promise<LoadedDeck> {
  const userRoot = path.dirname(deck.file)
  // The slides as built: a slide that asks for generated slides (`generate: schedule`) counts as
  // the slides the preparser makes of it (setup/preparser.ts), so pages and slides line up.
  const { expandGeneratedSlides } = await import('./generated-slides.ts')
  const lines = readFileSync(deck.file, 'utf8').split(/\r?\n/)
  expandGeneratedSlides(lines, deck.file, event)
  const data = await load({ roots: [userRoot], userRoot }, deck.file, { [deck.file]: lines.join('\n') })
  return {
    slides: data.slides.map((slide, i) => ({
      no: i + 1,
      frontmatter: slide.frontmatter as Record<string, unknown>,
      content: slide.content ?? slide.source?.content ?? '',
      note: slide.note ?? slide.source?.note ?? '',
    })),
    files: [deck.file, ...Object.keys(data.watchFiles).filter(f => f !== deck.file).sort()],
  }
}
