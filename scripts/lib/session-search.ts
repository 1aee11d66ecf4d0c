// Finding sessions by what people type: the closest ids to a mistyped one, and a filter for the
// interactive picker. Used by scripts/new-talk.ts and the slot timer (setup/preparser.ts).
import type { Person, Session } from '../../data/schema.ts'

/** Levenshtein distance between two strings (insertions, deletions and substitutions cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
    }
    previous = current
  }
  return previous[b.length]!
}

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036F]/g, '').toLowerCase().trim()
}

/**
 * The `count` sessions whose id or title best match `query`: ids and titles that contain the
 * query (or that the query contains) first, then by edit distance to the id.
 */
export function closestSessions(query: string, sessions: readonly Session[], count = 3): Session[] {
  const q = normalise(query)
  const scored = sessions.map((session, order) => {
    const id = session.id
    const title = normalise(session.title)
    const contains = q.length > 0 && (id.includes(q) || title.includes(q) || q.includes(id))
    const distance = Math.min(
      editDistance(q, id),
      // A query that mistypes a word of the id ("inferense") is close to that word.
      ...id.split('-').map(word => editDistance(q, word) + (id.length - word.length) / 100),
    )
    return { session, score: contains ? -1 : distance, order }
  })
  scored.sort((a, b) => a.score - b.score || a.order - b.order)
  return scored.slice(0, count).map(item => item.session)
}

/** One line per session for lists and pickers: `id  title — speakers`. */
export function describeSession(session: Session, speakers: readonly Person[]): string {
  const names = speakers.map(person => person.name).join(', ')
  return names ? `${session.title} — ${names}` : session.title
}

/** Does the session match every word typed into the picker (in its id, title or speakers)? */
export function matchesFilter(input: string, session: Session, speakers: readonly Person[]): boolean {
  const haystack = normalise([session.id, session.title, ...speakers.map(person => person.name)].join(' '))
  return normalise(input).split(/\s+/).filter(Boolean).every(word => haystack.includes(word))
}
