// The export's alternative-text check: every image, diagram, chart, canvas and QR code a slide
// shows to readers has an accessible name, since that name becomes the /Alt of its /Figure in
// the tagged PDF. Decorative ones are hidden from assistive technology (aria-hidden, alt="",
// role="presentation"). The browser collects the figures (scripts/lib/pdf.ts); this is the rule.

export type FigureKind = 'img' | 'svg' | 'canvas' | 'qr'

export interface FigureInfo {
  /** Slide number (1-based, as in the deck's URLs). */
  slide: number
  kind: FigureKind
  /** How a reader of the error finds it: `<img src="photos/venue.jpg">`, `<svg class="pipeline-growth">`. */
  element: string
  /** Its accessible name (aria-labelledby, aria-label, alt, <title>, title), whitespace collapsed. */
  name: string
  /** Hidden from assistive technology: aria-hidden on it or an ancestor, alt="", role="presentation"/"none". */
  decorative: boolean
  /** A QR code's address (the text a reader needs instead of the code). */
  url?: string
}

/**
 * One line per figure a reader would miss: `slides/<deck>.md: slide N: <element> has no
 * alternative text`. A QR code's name must carry the address it encodes.
 */
export function altTextProblems(deckFile: string, figures: readonly FigureInfo[]): string[] {
  const problems: string[] = []
  for (const figure of figures) {
    if (figure.decorative) continue
    const name = figure.name.replace(/\s+/g, ' ').trim()
    const where = `${deckFile}: slide ${figure.slide}: ${figure.element}`
    if (!name) problems.push(`${where} has no alternative text`)
    else if (figure.kind === 'qr' && figure.url && !name.includes(figure.url)) problems.push(`${where} has no alternative text giving its address ${figure.url} (it has "${name}")`)
  }
  return problems
}
