// What the hub page is given: the decks found in slides/, each joined with its session in the
// event data. Everything else on the page (the event, the schedule) it reads from data/ itself.
import type { SessionKind } from '../data/index.ts'

export type HubDeckKind = SessionKind | 'other'

export interface HubDeckLinks {
  /** The deck: /<slug>/ */
  slides: string
  /** Slidev's presenter view: /<slug>/presenter/ */
  presenter: string
  /** The exported PDF: /<slug>/<slug>.pdf */
  pdf: string
  /** The handout, each slide with its speaker notes: /<slug>/<slug>-handout.pdf (only when it was exported). */
  handout?: string
  /** The session's calendar file: /sessions/<id>.ics (decks with a session only). */
  ics?: string
}

export interface HubDeck {
  slug: string
  /** The session's title, or the deck's own `title:` for a deck with no session. */
  title: string
  /** The `session:` of the deck's headmatter. */
  sessionId?: string
  kind: HubDeckKind
  /** "Welcome", "Keynote", "Talk", "Workshop" or "Deck". */
  kindLabel: string
  speakers: string[]
  /** YYYY-MM-DD */
  date?: string
  /** "Monday, July 18" */
  dayLabel?: string
  /** "10:00" */
  start?: string
  end?: string
  /** "Room 204 (Amphitheatre)" */
  room?: string
  links: HubDeckLinks
}

export interface HubPageProps {
  decks: HubDeck[]
  /** Calendar file of the whole programme, when there is one: /schedule.ics */
  scheduleIcs?: string
}
