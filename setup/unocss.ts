import { defineUnoSetup } from '@slidev/types'

/**
 * Brand fonts and colours for UnoCSS utilities (font-sans, font-mono, text-bs-accent, bg-bs-dark…).
 * Slidev fills theme.fontFamily from the deck's `fonts:` config only where it is unset, so these
 * win for every deck; the font files themselves come from @fontsource (see styles/index.ts).
 */
export default defineUnoSetup(() => ({
  theme: {
    fontFamily: {
      sans: 'var(--bs-font-body)',
      mono: 'var(--bs-font-mono)',
      heading: 'var(--bs-font-heading)',
    },
    colors: {
      bs: {
        accent: 'var(--bs-accent)',
        'accent-ink': 'var(--bs-accent-ink)',
        'accent-on-dark': 'var(--bs-accent-on-dark)',
        ink: 'var(--bs-ink)',
        muted: 'var(--bs-muted)',
        surface: 'var(--bs-surface)',
        'surface-alt': 'var(--bs-surface-alt)',
        dark: 'var(--bs-dark)',
        'dark-alt': 'var(--bs-dark-alt)',
        'on-dark': 'var(--bs-on-dark)',
        'on-dark-muted': 'var(--bs-on-dark-muted)',
        now: 'var(--bs-now)',
        'now-ink': 'var(--bs-now-ink)',
        line: 'var(--bs-line)',
      },
    },
  },
}))
