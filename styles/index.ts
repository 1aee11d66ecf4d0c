// Loaded by Slidev for every deck that has the repo root as an addon (slides/package.json):
// Slidev imports `styles/index.{ts,js,css}` of the theme, each addon and the deck, in that order.
// Fonts come only from @fontsource (every deck gets `fonts: { provider: 'none' }` from scripts/lib/deck-defaults.ts), bundled by Vite,
// so no font request leaves the deck's own origin.
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@fontsource/space-grotesk/500.css'
import '@fontsource/space-grotesk/700.css'
import '@fontsource/jetbrains-mono/400.css'
import '@fontsource/jetbrains-mono/600.css'
import './base.css'
