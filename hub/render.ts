// Server-side entry of the hub page, built for Node by scripts/lib/render-hub.ts.
// Importing styles/index.ts puts the brand tokens and the @fontsource faces in the hub's CSS,
// exactly as every deck loads them.
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { EVENT_KEY } from '../composables/useEvent.ts'
import type { EventQueries } from '../data/index.ts'
import '../styles/index.ts'
import './hub.css'
import HubPage from './HubPage.vue'
import type { HubPageProps } from './types.ts'

/**
 * The page's HTML for the event `queries` (the caller's loaded event; this bundle's own key provides
 * it, as the caller's copy of composables/useEvent.ts is another module). A Vue warning or error
 * while rendering fails the render, naming it.
 */
export async function render(props: HubPageProps, queries?: EventQueries): Promise<string> {
  const app = createSSRApp(HubPage, { ...props })
  if (queries) app.provide(EVENT_KEY, queries)
  const problems: string[] = []
  app.config.warnHandler = (message, _instance, trace) => {
    problems.push(`[Vue warn] ${message}${trace ? `\n${trace}` : ''}`)
  }
  app.config.errorHandler = (error) => {
    throw error
  }
  const html = await renderToString(app)
  if (problems.length > 0) throw new Error(`Rendering the hub page produced warnings:\n${problems.join('\n')}`)
  return html
}
