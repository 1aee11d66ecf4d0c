// Slide titles as text: a Vite plugin that keeps a deck's titles from being compiled as markup.
//
// Slidev 52 renders the slide titles it lists (the Goto dialog, <Toc>) with one virtual module,
// `/@slidev/title-renderer.md`, which writes every slide's title (the headmatter's `title:` for the
// first slide, else the slide's `title:` or first heading) as markdown into a Vue component:
//   <template v-if="no === 1">\n\n${title}\n\n</template>
// So a title is markup and template code: `<img src=x>` becomes an asset import of `x` (the build
// fails: Rolldown "failed to resolve import "x" from /@slidev/title-renderer.md"), `<img src=x
// onerror=...>` would run in the Goto dialog, and `{{ 7*7 }}` shows 49. A talk deck's title is
// the session's title from the data (`npm run new`), which may hold any of these.
//
// The plugin rewrites that module before it is compiled: each title becomes `{{ slideTitles[i] }}`,
// a Vue text interpolation of the title as a string, which Vue escapes. The strings are defined in
// the module's <script setup> (every `<` written as \u003c, so no `</script>` ends the block).
// Markdown in a title (`**bold**`) is then shown as typed, like the overview and the printed notes
// (Slidev's own pages that show titles as text) show it.
// Relies on the module's shape above (assumption `title-renderer` of scripts/lib/slidev-internals.ts,
// checked against Slidev's own template by tests/scripts/slidev-contract.test.ts).
//
// The page title (index.html's <title> and og:title, the tab's title) is the other place: Slidev
// makes it from the deck's `title:` parsed as inline markdown, keeping only its text tokens, so
// `Welcome <img src=x>` became "Welcome - Slidev" (the tag dropped, `</script>` parts cut out).
// pageTitleTemplate() gives the preparser a `titleTemplate` that already holds the title as typed.
import type { Plugin } from 'vite'
import { SLIDEV_TITLE_TEMPLATE, TITLE_RENDERER_BLOCK, TITLE_RENDERER_ID, TITLE_RENDERER_SCRIPT_SETUP } from './slidev-internals.ts'

export class SlideTitlesError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SlideTitlesError'
  }
}

/** The title renderer's source with every title shown as text; throws when Slidev's module changed shape. */
export function titlesAsText(source: string): string {
  const titles: string[] = []
  const body = source.replace(TITLE_RENDERER_BLOCK, (_, open: string, title: string, close: string) => {
    titles.push(title)
    return `${open}{{ slideTitles[${titles.length - 1}] }}${close}`
  })
  const script = body.indexOf(TITLE_RENDERER_SCRIPT_SETUP)
  if (script < 0 || (titles.length === 0 && /<template v-/.test(source))) {
    throw new SlideTitlesError(`slide-titles: ${TITLE_RENDERER_ID} is not the shape this plugin rewrites (Slidev internals changed; see scripts/lib/slide-titles.ts)`)
  }
  const literal = JSON.stringify(titles).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
  const at = script + TITLE_RENDERER_SCRIPT_SETUP.length
  return `${body.slice(0, at)}\nconst slideTitles: string[] = ${literal}${body.slice(at)}`
}

export function slideTitlesAsText(): Plugin {
  return {
    name: 'beam-summit:slide-titles-as-text',
    // Before Slidev's markdown plugin turns the module into a Vue component.
    enforce: 'pre',
    transform(code, id) {
      if (id !== TITLE_RENDERER_ID) return undefined
      return { code: titlesAsText(code), map: null }
    },
  }
}

/**
 * The `titleTemplate` that makes the page title the deck's `title:` as typed: Slidev fills the
 * template's `%s` with its text-only rendering of the title's markdown, so the template returned
 * holds the title itself and no `%s` (Slidev's replace then changes nothing; unhead escapes the
 * result). Undefined when there is no title, or when the title or the author's template holds a
 * second `%s` that Slidev would fill (then Slidev's own rendering stands).
 */
export function pageTitleTemplate(headmatter: Record<string, unknown>): string | undefined {
  const { title, titleTemplate } = headmatter
  if (typeof title !== 'string' || title.trim() === '') return undefined
  const template = typeof titleTemplate === 'string' ? titleTemplate : SLIDEV_TITLE_TEMPLATE
  const filled = template.replace('%s', () => title)
  return filled.includes('%s') ? undefined : filled
}
