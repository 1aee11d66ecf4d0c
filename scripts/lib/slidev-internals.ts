// Slidev's own build steps, loaded in this process. `slidev build` runs three functions that
// @slidev/cli does not export (they live in content-hashed chunks of its dist/): resolveOptions,
// build, and loadSetups (behind the preparser loader the CLI installs). Building decks in a
// long-lived process instead of one `slidev build` process per deck skips Slidev's start-up and
// reuses V8's warmed-up code: a deck builds about twice as fast (see bench/).
//
// The chunks are found the way the CLI finds them: by reading its import statements, so a new
// chunk hash still works. If the CLI's shape changes (an upgrade), loading fails with a message
// saying so, and scripts/build.ts falls back to one `slidev build` process per deck.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

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

function need<T>(value: unknown, what: string): T {
  if (typeof value !== 'function') throw new Error(`@slidev/cli no longer provides ${what} where scripts/lib/slidev-internals.ts looks for it`)
  return value as T
}

/** The folder of the installed @slidev/cli package. */
export function slidevCliDir(repoRoot: string): string {
  return path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('@slidev/cli/package.json'))
}

/** Slidev's build functions, loaded from the package in `cliDir` (the installed one, or a copy). */
export async function loadSlidevBuildApi(cliDir: string): Promise<SlidevBuildApi> {
  const cliFile = path.join(cliDir, 'dist/cli.mjs')
  const source = readFileSync(cliFile, 'utf8')
  const serve = importedNames(source, /^serve-/)
  const buildChunk = lazyChunk(source, 'build')
  if (!serve || !buildChunk) throw new Error(`@slidev/cli's ${cliFile} no longer imports its serve and build chunks the way scripts/lib/slidev-internals.ts expects`)
  const chunkUrl = (chunk: string) => pathToFileURL(path.join(path.dirname(cliFile), chunk)).href
  const serveModule = await import(chunkUrl(serve.chunk)) as Record<string, unknown>
  const buildModule = await import(chunkUrl(buildChunk)) as Record<string, unknown>
  const parserFs = await import(pathToFileURL(createRequire(cliFile).resolve('@slidev/parser/fs')).href) as Record<string, unknown>
  return {
    resolveOptions: need(serveModule[serve.names.resolveOptions ?? ''], 'resolveOptions'),
    loadSetups: need(serveModule[serve.names.loadSetups ?? ''], 'loadSetups'),
    build: need(buildModule.build, 'build'),
    injectPreparserExtensionLoader: need(parserFs.injectPreparserExtensionLoader, 'injectPreparserExtensionLoader'),
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
 * Loads Slidev (failing here when its internals moved) and returns a function that builds one
 * deck like `slidev build <file> --base <base> --out <outDir>`, any number of times in this
 * process, for decks of any folder: the first folder's decks use the installed Slidev, each other
 * folder a copy of it in `scratchDir`. Installs the preparser loader as the CLI does at start-up
 * (setup/preparser.ts of every root: our slot timer).
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
