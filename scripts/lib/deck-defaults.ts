// What every deck of the project would otherwise repeat in its headmatter, said once: the
// preparser (setup/preparser.ts) puts these into the headmatter of each deck that loads the repo
// root as an addon, before Slidev resolves the deck's config. A deck that sets one of them keeps
// its own value (deckProblems still refuses a CDN favicon or web fonts).
//
// The addon itself cannot be a default (Slidev needs it to find this code): slides/package.json
// lists it for every deck in slides/ (Slidev reads `slidev.addons` of the package.json closest to
// a deck), and a deck elsewhere names it in its headmatter.

/** The headmatter fields every deck gets unless it sets them. */
export const DECK_DEFAULTS = {
  /** A local icon: Slidev's default favicon is fetched from a CDN. */
  favicon: '/favicon.svg',
  /** Fonts come from @fontsource (styles/fonts.css), never from Google Fonts, Slidev's default provider. */
  fonts: { provider: 'none' },
} as const

/** Fills in `DECK_DEFAULTS` on a deck's headmatter, in place; what the deck set wins. */
export function applyDeckDefaults(headmatter: Record<string, unknown>): void {
  headmatter.favicon ??= DECK_DEFAULTS.favicon
  const fonts = headmatter.fonts
  headmatter.fonts = { ...DECK_DEFAULTS.fonts, ...(fonts !== null && typeof fonts === 'object' ? fonts : {}) }
}
