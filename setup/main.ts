// The deck's navigation, for the exporter (scripts/lib/pdf.ts), through Slidev's public API:
// useNav() from @slidev/client, run in the app's injection context, as a component would.
import { useNav } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import type { DeckControl } from '../types/deck-control'

export default defineAppSetup(({ app }) => {
  if (typeof window === 'undefined') return
  const nav = () => app.runWithContext(() => useNav())
  const control: DeckControl = {
    clickRange: () => {
      const { clicksStart, clicksTotal } = nav()
      return { first: Math.min(clicksStart.value, clicksTotal.value), last: clicksTotal.value }
    },
    go: (no, clicks) => nav().go(no, clicks),
  }
  window.__deckControl__ = control
})
