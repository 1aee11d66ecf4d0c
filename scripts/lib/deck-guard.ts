// Deck guard: a Vite plugin that turns two problems Slidev 52 lets through silently into errors.
//
// 1. Unknown layout. Slidev's `slidev:layout-wrapper` plugin only console.error()s
//    `Unknown layout "x"`, falls back to `default` and the build exits 0.
// 2. Unresolved component. `<SponsorWal />` with no matching file compiles to
//    `_resolveComponent("SponsorWal")`; unplugin-vue-components replaces the calls it can
//    resolve with imports and leaves the rest, which render nothing in production.
//
// What it knows of the code Slidev generates (slide module ids, the frontmatter module, the layout
// wrapper's import, the client's global components) comes from scripts/lib/slidev-internals.ts,
// where each is a named assumption with its contract test. A slide has an unknown layout when its
// requested layout name differs from the file name of the layout Slidev injected.
import path from 'node:path'
import type { Plugin } from 'vite'
import { GLOBAL_COMPONENTS, hasInjectedLayout, injectedLayout, parseSlideModuleId, requestedLayout } from './slidev-internals.ts'

// Vue's compiled render functions call resolveComponent() for a component not imported (by
// unplugin-vue-components) at build time.
const RESOLVE_COMPONENT = /\b_?resolveComponent\d*\(\s*"([^"]+)"/g

function pascalCase(name: string): string {
  return name.replace(/(^|[-_:.])(\w)/g, (_, _sep: string, c: string) => c.toUpperCase())
}

/** Names passed to resolveComponent() in compiled Vue code that are not known globals. */
export function findUnresolvedComponents(code: string, globals: readonly string[] = GLOBAL_COMPONENTS): string[] {
  const known = new Set(globals.map(pascalCase))
  const names = new Set<string>()
  for (const match of code.matchAll(RESOLVE_COMPONENT)) {
    const name = match[1]!
    // Vue prefixes internal names with `_`; unplugin-vue-components skips them too.
    if (!name.startsWith('_') && !known.has(pascalCase(name))) names.add(name)
  }
  return [...names]
}

/** An error message when the requested layout is not the one Slidev used, else undefined. */
export function layoutProblem(requested: unknown, injected: string): string | undefined {
  if (requested === undefined || requested === null || requested === '') return undefined
  if (requested === injected) return undefined
  return `unknown layout "${String(requested)}" (Slidev fell back to "${injected}")`
}

function where(file: string, slide?: number): string {
  const rel = path.relative(process.cwd(), file) || file
  return slide === undefined ? rel : `${rel} slide ${slide}`
}

function isProjectVueFile(id: string): boolean {
  return !id.includes('?') && id.endsWith('.vue') && !id.includes('/node_modules/')
}

export interface DeckGuardOptions {
  /** Extra globally registered components (e.g. from a setup/main.ts app.component call). */
  globalComponents?: string[]
}

export function deckGuard(options: DeckGuardOptions = {}): Plugin {
  const globals = [...GLOBAL_COMPONENTS, ...(options.globalComponents ?? [])]
  // Per slide module key `<file>#<n>`: the layout asked for, and the one injected. Either
  // module may be transformed first, so the check runs when the second one arrives.
  const requested = new Map<string, unknown>()
  const injected = new Map<string, string>()

  let dev = false

  return {
    name: 'deck-guard',
    enforce: 'post',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transform: {
      // After unplugin-vue-components (enforce: 'post', unordered hook) has replaced every
      // resolveComponent() it can resolve.
      order: 'post',
      handler(code, id) {
        const problems: string[] = []
        let place: string
        const slide = parseSlideModuleId(id)
        if (slide) {
          place = where(slide.file, slide.slide)
          const key = `${slide.file}#${slide.slide}`
          if (slide.kind === 'frontmatter') {
            const layout = requestedLayout(code)
            // In dev a changed layout re-transforms the md module too; until then the
            // injected layout on record is stale.
            if (requested.has(key) && requested.get(key) !== layout) injected.delete(key)
            requested.set(key, layout)
          } else if (hasInjectedLayout(code) || !code.includes('?vue&type=script')) {
            injected.set(key, injectedLayout(code))
            for (const name of findUnresolvedComponents(code, globals))
              problems.push(`unresolved component <${name}> (no components/${name}.vue, no Slidev built-in)`)
          } else {
            // The layout import lives in the slide's script part, transformed on its own.
            for (const name of findUnresolvedComponents(code, globals))
              problems.push(`unresolved component <${name}> (no components/${name}.vue, no Slidev built-in)`)
          }
          if (requested.has(key) && injected.has(key)) {
            const problem = layoutProblem(requested.get(key), injected.get(key)!)
            if (problem) problems.push(problem)
          }
        } else if (isProjectVueFile(id)) {
          place = where(id)
          for (const name of findUnresolvedComponents(code, globals))
            problems.push(`unresolved component <${name}>`)
        } else {
          return null
        }
        if (problems.length === 0) return null
        const message = problems.map(p => `[deck-guard] ${place}: ${p}`).join('\n')
        // Throwing fails `slidev build`; in dev it shows Vite's error overlay. In dev also print
        // it loudly, as Slidev shows a "slide failed to load" fallback that is easy to miss.
        if (dev) console.error(`\n\x1B[41m\x1B[97m DECK GUARD \x1B[0m\n${message}\n`)
        this.error(message)
      },
    },
  }
}
