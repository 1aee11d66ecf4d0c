// What a re-import changes in the programme, and which decks it touches: a deck names a session
// in its headmatter (`session: <id>`) or in a component (`<TalkPromo session="<id>" />`).
import { readFileSync } from 'node:fs'
import type { ProgrammeFacts } from '../../data/merge-programme.ts'
import type { Deck } from './decks.ts'

type SessionFacts = ProgrammeFacts['sessions'][number]

export interface ProgrammeDiff {
  added: SessionFacts[]
  removed: SessionFacts[]
  moved: Array<{ before: SessionFacts, after: SessionFacts }>
  retitled: Array<{ before: SessionFacts, after: SessionFacts }>
  speakersChanged: Array<{ session: SessionFacts, added: string[], removed: string[] }>
  peopleAdded: string[]
  peopleRemoved: string[]
  /** The title, dates or time zone of the event. */
  eventChanged: string[]
}

export function diffProgrammes(before: ProgrammeFacts, after: ProgrammeFacts): ProgrammeDiff {
  const beforeById = new Map(before.sessions.map(session => [session.id, session]))
  const afterById = new Map(after.sessions.map(session => [session.id, session]))
  const both = after.sessions.flatMap(session => beforeById.has(session.id) ? [{ before: beforeById.get(session.id)!, after: session }] : [])
  const names = new Map([...before.people, ...after.people].map(person => [person.id, person.name]))
  const beforePeople = new Set(before.people.map(person => person.id))
  const afterPeople = new Set(after.people.map(person => person.id))
  return {
    added: after.sessions.filter(session => !beforeById.has(session.id)),
    removed: before.sessions.filter(session => !afterById.has(session.id)),
    moved: both.filter(pair => pair.before.start !== pair.after.start || pair.before.end !== pair.after.end || pair.before.roomId !== pair.after.roomId),
    retitled: both.filter(pair => pair.before.title !== pair.after.title),
    speakersChanged: both.map(pair => ({
      session: pair.after,
      added: pair.after.speakerIds.filter(id => !pair.before.speakerIds.includes(id)).map(id => names.get(id) ?? id),
      removed: pair.before.speakerIds.filter(id => !pair.after.speakerIds.includes(id)).map(id => names.get(id) ?? id),
    })).filter(change => change.added.length + change.removed.length > 0),
    peopleAdded: after.people.filter(person => !beforePeople.has(person.id)).map(person => person.name),
    peopleRemoved: before.people.filter(person => !afterPeople.has(person.id)).map(person => person.name),
    eventChanged: (['edition', 'startDate', 'endDate', 'timeZone'] as const)
      .filter(field => before.event[field] !== after.event[field])
      .map(field => `${field}: ${before.event[field]} -> ${after.event[field]}`),
  }
}

const COMPONENT_SESSION = /\bsession=["']([a-z0-9-]+)["']/g

/** The decks (relative paths) that name each session. */
export function decksBySession(decks: readonly Deck[]): Map<string, string[]> {
  const named = new Map<string, string[]>()
  const add = (id: string, deck: Deck) => {
    const list = named.get(id) ?? []
    if (!list.includes(deck.relPath)) named.set(id, [...list, deck.relPath])
  }
  for (const deck of decks) {
    if (typeof deck.headmatter.session === 'string') add(deck.headmatter.session, deck)
    for (const match of readFileSync(deck.file, 'utf8').matchAll(COMPONENT_SESSION)) add(match[1]!, deck)
  }
  return named
}

/** A removed session that a deck names: the import refuses, naming the deck. */
export function orphanedDecks(diff: ProgrammeDiff, named: Map<string, string[]>): string[] {
  return diff.removed.flatMap(session => (named.get(session.id) ?? [])
    .map(deck => `${deck}: names session "${session.id}" ("${session.title}"), which the new export no longer has; change the deck (or keep the session) before importing`))
}

export function isEmptyDiff(diff: ProgrammeDiff): boolean {
  return diff.added.length + diff.removed.length + diff.moved.length + diff.retitled.length + diff.speakersChanged.length
    + diff.peopleAdded.length + diff.peopleRemoved.length + diff.eventChanged.length === 0
}

/** The change as lines to print, each affected deck named after its session. */
export function describeDiff(diff: ProgrammeDiff, named: Map<string, string[]>): string[] {
  const decks = (id: string) => named.has(id) ? ` [decks: ${named.get(id)!.join(', ')}]` : ''
  const slot = (session: SessionFacts) => `${session.start}–${session.end.slice(11)} in ${session.roomId}`
  const lines: string[] = []
  for (const change of diff.eventChanged) lines.push(`event ${change}`)
  for (const session of diff.added) lines.push(`added: "${session.id}" ${session.title} (${slot(session)})`)
  for (const session of diff.removed) lines.push(`removed: "${session.id}" ${session.title}${decks(session.id)}`)
  for (const { before, after } of diff.moved) lines.push(`moved: "${after.id}" ${slot(before)} -> ${slot(after)}${decks(after.id)}`)
  for (const { before, after } of diff.retitled) lines.push(`retitled: "${after.id}" "${before.title}" -> "${after.title}"${decks(after.id)}`)
  for (const change of diff.speakersChanged) {
    const parts = [change.added.length ? `+ ${change.added.join(', ')}` : '', change.removed.length ? `- ${change.removed.join(', ')}` : ''].filter(Boolean)
    lines.push(`speakers of "${change.session.id}": ${parts.join('; ')}${decks(change.session.id)}`)
  }
  if (diff.peopleAdded.length) lines.push(`speakers added: ${diff.peopleAdded.join(', ')}`)
  if (diff.peopleRemoved.length) lines.push(`speakers removed: ${diff.peopleRemoved.join(', ')}`)
  return lines
}
