// The one module that knows Slidev beyond its public API, written for one pinned version
// (SLIDEV_VERSION). Everything else (the build, the deck guard, the import-glob guard, the title
// plugin, the preparser) imports what it needs from here. Where @slidev/cli exports something
// (resolveOptions, and the `parser` namespace with injectPreparserExtensionLoader) it is used
// through that export; SLIDEV_ASSUMPTIONS names what remains, each checked against the
// installed @slidev/* by one test of tests/scripts/slidev-contract.test.ts, so an upgrade fails the
// test named after the assumption it broke.
//
// The build steps: `slidev build` runs `build` and, through the preparser loader the CLI installs
// at start-up, `loadSetups`; neither is exported (they live in content-hashed chunks of its dist/).
// Building decks in a long-lived process instead of one `slidev build` process per deck skips
// Slidev's start-up and reuses V8's warmed-up code: a deck builds about twice as fast (see bench/).
// The chunks are found the way the CLI finds them, by reading its import statements, so a new
// chunk hash still works. Under another Slidev version, or when the CLI's shape changed, loading
// fails with one line saying so, and scripts/build.ts falls back to one `slidev build` process per
// deck (what --isolated does on purpose).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { SlidevPreparserExtension } from '@slidev/types'

/** The @slidev/cli (and @slidev/client, @slidev/parser) version this module was written for; package.json pins it. */
export const SLIDEV_VERSION = '52.20.1'

/** Components Slidev's client registers globally with app.component(): resolveComponent() finds them at run time. */
export const GLOBAL_COMPONENTS = ['RouterLink', 'RouterView', 'VTooltip', 'VDropdown', 'VMenu']

export interface SlidevAssumption {
  id: string
  /** What we rely on, in one line. */
  statement: string
  /** The modules that rely on it. */
  usedBy: string
  /** How tests/scripts/slidev-contract.test.ts checks it against the installed packages. */
  check: string
}

/** Every behaviour of Slidev the framework relies on that no public API or documentation promises. */
export const SLIDEV_ASSUMPTIONS = [
  {
    id: 'pinned-version',
    statement: `@slidev/cli, @slidev/client and @slidev/parser are all version ${SLIDEV_VERSION}`,
    usedBy: 'this module (every assumption below was checked on that version)',
    check: 'reads the version of each installed package.json',
  },
  {
    id: 'cli-build-chunk',
    statement: 'dist/cli.mjs imports the build command lazily, `await import("./build-<hash>.mjs")`, a chunk exporting build(options, viteConfig, args)',
    usedBy: 'createDeckBuilder (build workers)',
    check: 'finds the chunk with lazyChunk() and reads its build function and export',
  },
  {
    id: 'cli-load-setups',
    statement: 'dist/cli.mjs imports loadSetups(roots, filename, args) from the serve-<hash>.mjs chunk that dist/index.mjs re-exports resolveOptions from',
    usedBy: 'createDeckBuilder (build workers)',
    check: 'maps the CLI\'s import names with importedNames() and reads loadSetups in that chunk',
  },
  {
    id: 'cli-preparser-loader',
    statement: 'the CLI, at start-up, installs a preparser loader that runs setup/preparser.ts of every root: loadSetups(roots, "preparser.ts", [{ filepath, headmatter, mode }]).flat() (an addon\'s, like ours, from the second parse, the one that knows the addons)',
    usedBy: 'createDeckBuilder installs the same loader; setup/preparser.ts',
    check: 'reads setupPreparser() in dist/cli.mjs',
  },
  {
    id: 'roots-once-per-process',
    statement: 'Slidev resolves its roots (the deck\'s folder, the closest package.json) for the first entry only and keeps them in a module variable of resolver-<hash>.mjs',
    usedBy: 'createDeckBuilder (a copy of dist/ per further deck folder, copySlidevCli)',
    check: 'reads getRoots() in the resolver chunk',
  },
  {
    id: 'slide-module-ids',
    statement: 'a slide is two Vite modules, `<source file>__slidev_<n>.md` and `<source file>__slidev_<n>.frontmatter` (n from 1)',
    usedBy: 'scripts/lib/deck-guard.ts, scripts/lib/record-inputs.ts',
    check: 'reads the ids Slidev builds and its regexSlideSourceId',
  },
  {
    id: 'frontmatter-module',
    statement: 'a slide\'s frontmatter module holds `export const frontmatterData = <JSON>` on one line (headmatter defaults merged in)',
    usedBy: 'scripts/lib/deck-guard.ts (the layout a slide asks for)',
    check: 'reads the line Slidev writes in the serve chunk',
  },
  {
    id: 'layout-wrapper',
    statement: 'the slidev:layout-wrapper plugin adds `import InjectedLayout from "<layout file>"` to a slide\'s md module, and for an unknown layout only logs and uses "default"',
    usedBy: 'scripts/lib/deck-guard.ts (the layout Slidev used)',
    check: 'reads createLayoutWrapperPlugin in the serve chunk',
  },
  {
    id: 'global-components',
    statement: `the client registers ${GLOBAL_COMPONENTS.join(', ')} globally (vue-router, floating-vue through twoslash), which resolveComponent() finds at run time`,
    usedBy: 'scripts/lib/deck-guard.ts (not unresolved components)',
    check: 'reads the app.use() calls of @slidev/client/setup/main.ts',
  },
  {
    id: 'import-glob-proxy',
    statement: 'Slidev writes each glob to `<root>/node_modules/.slidev/virtual/import-glob.<first 10 hex of sha256(content)>.ts` with writeFileSync',
    usedBy: 'scripts/lib/import-glob-guard.ts',
    check: 'reads resolveImportGlobProxyModule and createMakeAbsoluteImportGlob in the serve chunk',
  },
  {
    id: 'title-renderer',
    statement: 'the virtual module /@slidev/title-renderer.md writes each title as `<template v-if|v-else-if="no === n">\\n\\n<title>\\n\\n</template>`, then a `<script setup lang="ts">` block',
    usedBy: 'scripts/lib/slide-titles.ts',
    check: 'reads the template Slidev writes that module with',
  },
  {
    id: 'default-title-template',
    statement: 'the page title template is `%s - Slidev` unless the headmatter sets titleTemplate',
    usedBy: 'scripts/lib/slide-titles.ts (pageTitleTemplate)',
    check: 'reads the config defaults of @slidev/parser',
  },
  {
    id: 'preparser-headmatter-first',
    statement: 'in a parse with extensions, the first transformSlide call gets the entry\'s first slide, and what it adds to that frontmatter object reaches the headmatter the config is resolved from; the raw text is left alone',
    usedBy: 'onHeadmatterSlide (setup/preparser.ts: slot timer, page title, deck defaults)',
    check: 'loads a two-slide deck with @slidev/parser/fs load() and an extension added by onHeadmatterSlide',
  },
  {
    id: 'preparser-slide-then-note',
    statement: 'the parser calls transformSlide and then transformNote for each slide in turn',
    usedBy: 'withSlideContent (setup/missing-photo-notes.ts)',
    check: 'loads a three-slide deck with @slidev/parser/fs load() and records the calls',
  },
  {
    id: 'presenter-timer-config',
    statement: 'the presenter\'s timer reads configs.duration (parseTimeString) and configs.timer',
    usedBy: 'scripts/lib/slot-timer.ts (the countdown of a session\'s slot)',
    check: 'reads @slidev/client/composables/useTimer.ts',
  },
  {
    id: 'print-mode-dom',
    statement: 'print mode (`?print=true`) mounts every slide in #slideshow as `[data-slidev-no]`; a hidden click step has .slidev-vclick-hidden, a loading slide .slidev-slide-loading',
    usedBy: 'scripts/lib/pdf.ts (in the browser, so it spells the selectors itself), tests/e2e',
    check: 'reads the client\'s constants and components that write those names',
  },
] as const satisfies readonly SlidevAssumption[]

export type SlidevAssumptionId = typeof SLIDEV_ASSUMPTIONS[number]['id']

// ---------------------------------------------------------------- the installed package

/** The folder of the installed @slidev/cli package. */
export function slidevCliDir(repoRoot: string): string {
  return path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('@slidev/cli/package.json'))
}

/** The version in a Slidev package's package.json. */
export function packageVersion(packageDir: string): string {
  return (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version
}

/** One line when the installed @slidev/cli is not the version this module was written for, else undefined. */
export function versionProblem(installed: string): string | undefined {
  if (installed === SLIDEV_VERSION) return undefined
  return `@slidev/cli is ${installed}, but scripts/lib/slidev-internals.ts was written for ${SLIDEV_VERSION} (run tests/scripts/slidev-contract.test.ts, then update SLIDEV_VERSION)`
}

// ---------------------------------------------------------------- build steps (cli-build-chunk, cli-load-setups, cli-preparser-loader, roots-once-per-process)

/** The public resolveOptions of @slidev/cli, and the build steps it does not export. */
export interface SlidevBuildApi {
  resolveOptions: (entry: { entry: string, base?: string }, mode: 'build') => Promise<unknown>
  build: (options: unknown, viteConfig: Record<string, unknown>, args: Record<string, unknown>) => Promise<void>
  loadSetups: (roots: string[], file: string, args: unknown[]) => Promise<unknown[]>
  injectPreparserExtensionLoader: (loader: (roots: string[], headmatter: unknown, filepath: string, mode: string) => Promise<unknown[]>) => void
}

/** The names the CLI gives the functions imported from a chunk: `{ d as loadSetups }` → loadSetups: 'd'. */
export function importedNames(source: string, chunkPattern: RegExp): { chunk: string, names: Record<string, string> } | undefined {
  for (const match of source.matchAll(/^import \{([^}]*)\} from "\.\/([\w.-]+\.mjs)";$/gm)) {
    if (!chunkPattern.test(match[2]!)) continue
    const names: Record<string, string> = {}
    for (const part of match[1]!.split(',')) {
      const [exported, local = exported] = part.trim().split(/\s+as\s+/)
      if (exported) names[local!.trim()] = exported.trim()
    }
    return { chunk: match[2]!, names }
  }
  return undefined
}

/** The chunk the CLI imports lazily for a command: `import("./build-XXXX.mjs")`. */
export function lazyChunk(source: string, prefix: string): string | undefined {
  return new RegExp(`import\\("\\./(${prefix}-[\\w-]+\\.mjs)"\\)`).exec(source)?.[1]
}

/** Where the CLI's serve chunk (resolveOptions, loadSetups) and build chunk are, and loadSetups' name in the first. */
export function cliChunks(cliSource: string): { serve: string, loadSetups: string, build: string } | undefined {
  const serve = importedNames(cliSource, /^serve-/)
  const build = lazyChunk(cliSource, 'build')
  const loadSetups = serve?.names.loadSetups
  return serve && build && loadSetups ? { serve: serve.chunk, loadSetups, build } : undefined
}

function need<T>(value: unknown, what: string): T {
  if (typeof value !== 'function') throw new Error(`@slidev/cli no longer provides ${what} where scripts/lib/slidev-internals.ts looks for it`)
  return value as T
}

/** Slidev's build functions, loaded from the package in `cliDir` (the installed one, or a copy). */
export async function loadSlidevBuildApi(cliDir: string): Promise<SlidevBuildApi> {
  const problem = versionProblem(packageVersion(cliDir))
  if (problem) throw new Error(problem)
  const cliFile = path.join(cliDir, 'dist/cli.mjs')
  const chunks = cliChunks(readFileSync(cliFile, 'utf8'))
  if (!chunks) throw new Error(`@slidev/cli's ${cliFile} no longer imports its serve and build chunks the way scripts/lib/slidev-internals.ts expects`)
  const url = (file: string) => pathToFileURL(path.join(cliDir, 'dist', file)).href
  // The package's public entry: resolveOptions, and the parser the CLI itself uses.
  const entry = JSON.parse(readFileSync(path.join(cliDir, 'package.json'), 'utf8')) as { exports: { '.': { import: string } } }
  const api = await import(pathToFileURL(path.join(cliDir, entry.exports['.'].import)).href) as { resolveOptions?: unknown, parser?: Record<string, unknown> }
  const serveModule = await import(url(chunks.serve)) as Record<string, unknown>
  const buildModule = await import(url(chunks.build)) as Record<string, unknown>
  return {
    resolveOptions: need(api.resolveOptions, 'resolveOptions'),
    injectPreparserExtensionLoader: need(api.parser?.injectPreparserExtensionLoader, 'parser.injectPreparserExtensionLoader'),
    loadSetups: need(serveModule[chunks.loadSetups], 'loadSetups'),
    build: need(buildModule.build, 'build'),
  }
}

/**
 * A second copy of Slidev's own modules, at `to`. Slidev keeps the roots of the first deck it
 * resolves (its folder, the nearest package.json) in a module variable for the life of the
 * process, so a deck of another folder needs its own copy of those modules. Only dist/ and
 * package.json are copied; node_modules links back, so every dependency (Vite, Vue, UnoCSS,
 * already loaded and warm) resolves to the very same module as from the installed package.
 */
export function copySlidevCli(cliDir: string, to: string): string {
  rmSync(to, { recursive: true, force: true })
  mkdirSync(to, { recursive: true })
  cpSync(path.join(cliDir, 'dist'), path.join(to, 'dist'), { recursive: true })
  cpSync(path.join(cliDir, 'package.json'), path.join(to, 'package.json'))
  if (existsSync(path.join(cliDir, 'node_modules'))) symlinkSync(path.join(cliDir, 'node_modules'), path.join(to, 'node_modules'), 'dir')
  return to
}

export type BuildDeck = (file: string, base: string, outDir: string) => Promise<void>

/**
 * Loads Slidev (failing here under another version, or when its internals moved) and returns a
 * function that builds one deck like `slidev build <file> --base <base> --out <outDir>`, any
 * number of times in this process, for decks of any folder: the first folder's decks use the
 * installed Slidev, each other folder a copy of it in `scratchDir`. Installs the preparser loader
 * as the CLI does at start-up (setup/preparser.ts of every root: our slot timer).
 */
export async function createDeckBuilder(repoRoot: string, scratchDir: string, viteOverrides: Record<string, unknown> = {}): Promise<BuildDeck> {
  const cliDir = slidevCliDir(repoRoot)
  const installed = await loadSlidevBuildApi(cliDir)
  // @slidev/parser is one module for every copy, so one loader serves them all.
  installed.injectPreparserExtensionLoader(async (roots, headmatter, filepath, mode) =>
    (await installed.loadSetups(roots, 'preparser.ts', [{ filepath, headmatter, mode }])).flat())
  const apis = new Map<string, Promise<SlidevBuildApi>>()
  const apiFor = (folder: string) => {
    let api = apis.get(folder)
    if (!api) {
      api = apis.size === 0 ? Promise.resolve(installed) : loadSlidevBuildApi(copySlidevCli(cliDir, path.join(scratchDir, `slidev-${apis.size}`)))
      apis.set(folder, api)
    }
    return api
  }
  return async (file, base, outDir) => {
    const api = await apiFor(path.dirname(file))
    const options = await api.resolveOptions({ entry: file, base }, 'build')
    await api.build(options, { ...viteOverrides, base, build: { ...(viteOverrides.build as object | undefined), outDir } }, { entry: file, base, out: outDir })
  }
}

// ---------------------------------------------------------------- generated modules (slide-module-ids, frontmatter-module, layout-wrapper, global-components)

const SLIDE_MODULE = /^(.*)__slidev_(\d+)\.(md|frontmatter)$/
const FRONTMATTER_DATA = /^export const frontmatterData = (.*)$/m
const INJECTED_LAYOUT = /\bimport InjectedLayout from "([^"]+)"/

export interface SlideModule {
  file: string
  slide: number
  kind: 'md' | 'frontmatter'
}

/**
 * Parses a Slidev slide module id; undefined for any other module. A slide with
 * `<script setup lang="ts">` compiles its script (where the layout is imported) into a
 * `?vue&type=script` part, which counts as the md module; style and template parts do not.
 */
export function parseSlideModuleId(id: string): SlideModule | undefined {
  const [file, query] = id.split('?', 2) as [string, string | undefined]
  if (query !== undefined && !/(^|&)type=script(&|$)/.test(query)) return undefined
  const match = SLIDE_MODULE.exec(file)
  if (!match) return undefined
  return { file: match[1]!, slide: Number(match[2]), kind: match[3] as SlideModule['kind'] }
}

/** The file a module id stands for: a slide module's markdown file (the deck, or one it imports with `src:`), else the id without its query. */
export function moduleSourceFile(id: string): string {
  const file = id.split('?')[0]!
  return SLIDE_MODULE.exec(file)?.[1] ?? file
}

/** The layout a slide asks for (frontmatter or headmatter `defaults`), from its frontmatter module. */
export function requestedLayout(frontmatterModule: string): unknown {
  const match = FRONTMATTER_DATA.exec(frontmatterModule)
  if (!match) throw new Error('deck-guard: Slidev frontmatter module has no `export const frontmatterData` line; Slidev internals changed')
  const data = JSON.parse(match[1]!) as Record<string, unknown>
  return data.layout
}

/** Whether Slidev's layout wrapper has added its layout import to this code. */
export function hasInjectedLayout(mdModule: string): boolean {
  return INJECTED_LAYOUT.test(mdModule)
}

/** The layout name Slidev actually wrapped the slide in (the layout file's base name). */
export function injectedLayout(mdModule: string): string {
  const match = INJECTED_LAYOUT.exec(mdModule)
  if (!match) throw new Error('deck-guard: Slidev slide module has no `import InjectedLayout` line; Slidev internals changed')
  // In dev, Vite adds a query to a file it reloaded (session-closing.vue?t=1796227343139).
  return path.basename(match[1]!.replace(/\?.*$/, '')).replace(/\.\w+$/, '')
}

// ---------------------------------------------------------------- import-glob proxies (import-glob-proxy)

/** A proxy module's path; group 1 is the hash of its content it is named by. */
export const IMPORT_GLOB_PROXY = /[\\/]node_modules[\\/]\.slidev[\\/]virtual[\\/]import-glob\.([0-9a-f]{10})\.ts$/

/** The hash a proxy module holding `content` is named by. */
export function importGlobProxyHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10)
}

// ---------------------------------------------------------------- title renderer (title-renderer, default-title-template)

export const TITLE_RENDERER_ID = '/@slidev/title-renderer.md'
/** One title block of the title renderer: opening, title, closing. */
export const TITLE_RENDERER_BLOCK = /(<template v-(?:else-)?if="no === \d+">\n\n)([\s\S]*?)(\n\n<\/template>)/g
/** The tag of the title renderer's script block. */
export const TITLE_RENDERER_SCRIPT_SETUP = '<script setup lang="ts">'
/** Slidev's default page title template (@slidev/parser's config defaults). */
export const SLIDEV_TITLE_TEMPLATE = '%s - Slidev'

// ---------------------------------------------------------------- preparser order (preparser-headmatter-first, preparser-slide-then-note)

/**
 * An extension that changes the frontmatter of the entry's first slide, the one that carries the
 * headmatter (the config is resolved from it), once: `apply` runs when that slide's `key` is the
 * headmatter's, i.e. it is the deck's own first slide. The YAML and raw text are left alone, so
 * Slidev's editor never writes the added keys back into the file.
 */
export function onHeadmatterSlide(name: string, headmatter: Record<string, unknown>, key: string, apply: (frontmatter: Record<string, unknown>) => void): SlidevPreparserExtension {
  let headmatterSeen = false
  return {
    name,
    async transformSlide(_content, frontmatter: Record<string, unknown>) {
      // The first slide parsed is the entry's first slide, which carries the headmatter.
      if (!headmatterSeen) {
        headmatterSeen = true
        if (frontmatter[key] === headmatter[key]) apply(frontmatter)
      }
      return undefined
    },
  }
}

/** An extension whose transformNote also gets the content of the slide the note belongs to. */
export function withSlideContent(name: string, transformNote: (note: string | undefined, frontmatter: Record<string, unknown>, content: string) => Promise<string | undefined> | string | undefined): SlidevPreparserExtension {
  // transformSlide, then transformNote, slide after slide: the content seen last is this note's slide's.
  let content = ''
  return {
    name,
    async transformSlide(slideContent) {
      content = slideContent
      return undefined
    },
    async transformNote(note, frontmatter: Record<string, unknown>) {
      return transformNote(note, frontmatter, content)
    },
  }
}
