// What setup/main.ts exposes on `window` for the exporter (scripts/lib/pdf.ts): the deck's own,
// public navigation (useNav of @slidev/client), so the exporter reads no Vue or Slidev internals.
export interface DeckControl {
  /** The click steps of the slide shown: from its clicksStart to its last click. */
  clickRange: () => { first: number, last: number }
  /** Shows slide `no` at click step `clicks` (the slide's last step when left out). */
  go: (no: number, clicks?: number) => Promise<void>
}

declare global {
  interface Window {
    __deckControl__?: DeckControl
  }
}
