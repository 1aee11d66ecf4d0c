// Slot timer: a deck whose headmatter says `session: <id>` gets Slidev's presenter countdown set to
// that session's length in the event data module. setup/preparser.ts applies it to every deck;
// this module holds the pure part so it can be tested without Slidev.
import path from 'node:path'
import { eventQueries, type EventQueries } from '../../data/index.ts'
import { closestSessions } from './session-search.ts'

export class SlotTimerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SlotTimerError'
  }
}

/** The headmatter keys the slot timer reads and may add (Slidev's `duration` and `timer` configs). */
export interface SlotTimerHeadmatter {
  session?: unknown
  duration?: unknown
  timer?: unknown
  [key: string]: unknown
}

/** What to add to a deck's headmatter: only the keys its author did not set. */
export interface SlotTimerPatch {
  duration?: string
  timer?: 'countdown'
}

export interface SlotTimerOptions {
  /** The deck file, for error messages. */
  deck: string
  queries?: Pick<EventQueries, 'hasSession' | 'sessionById' | 'durationMinutes' | 'allSessions'>
}

/** Slidev's duration string for a slot of `minutes` (parsed by @slidev/parser's parseTimeString). */
export function slidevDuration(minutes: number): string {
  return `${minutes}min`
}

function deckName(deck: string): string {
  const relative = path.relative(process.cwd(), deck)
  return relative && !relative.startsWith('..') ? relative : deck
}

/**
 * The presenter-timer settings for a deck's headmatter: `{ duration: '25min', timer: 'countdown' }`
 * for a 25-minute session, minus whatever the author already set. `undefined` when the deck names
 * no session. Throws SlotTimerError, naming the deck and the id, for an unknown session.
 */
export function slotTimerFor(headmatter: SlotTimerHeadmatter | null | undefined, options: SlotTimerOptions): SlotTimerPatch | undefined {
  const id = headmatter?.session
  if (id === undefined || id === null) return undefined
  const queries = options.queries ?? eventQueries
  if (typeof id !== 'string' || id.trim() === '') {
    throw new SlotTimerError(`${deckName(options.deck)}: headmatter "session" must be a session id, got ${JSON.stringify(id)}`)
  }
  if (!queries.hasSession(id)) {
    const closest = closestSessions(id, queries.allSessions()).map(session => session.id)
    throw new SlotTimerError(
      `${deckName(options.deck)}: headmatter "session: ${id}" names no session in the event data module (data/event.ts).`
      + ` Closest session ids: ${closest.join(', ')}`,
    )
  }
  const patch: SlotTimerPatch = {}
  if (headmatter!.duration === undefined || headmatter!.duration === null) {
    patch.duration = slidevDuration(queries.durationMinutes(queries.sessionById(id)))
  }
  if (headmatter!.timer === undefined || headmatter!.timer === null) patch.timer = 'countdown'
  return patch
}

/** Adds the patch's keys to a (headmatter) frontmatter object, in place. */
export function applySlotTimer(frontmatter: Record<string, unknown>, patch: SlotTimerPatch): void {
  for (const [key, value] of Object.entries(patch)) {
    if (frontmatter[key] === undefined || frontmatter[key] === null) frontmatter[key] = value
  }
}
