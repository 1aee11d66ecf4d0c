// Which of the event's facts a deck shows, so that a data edit rebuilds only the decks that show it
// (scripts/build.ts). A deck shows the event's own facts (name, dates, venue, links, sponsors,
// editions, social events, organizers: every deck's covers and closings read some of them), the
// sessions it names (`session:` in frontmatter, `session="..."` on a component) with their
// speakers and rooms, and the whole programme when it generates slides from it or uses a view of
// it. Renaming a session that a keynote deck neither presents nor promotes leaves that deck alone.
import { createHash } from 'node:crypto'
import type { EventQueries } from '../../data/index.ts'

/** The files that hold the event's facts (repo-relative): hashed per deck by what it shows, not whole. */
export const FACTS_FILES = ['data/event.ts', 'data/programme.ts']

/** Views that show the whole programme (every session, speaker, room or break of a day or more). */
export const PROGRAMME_VIEWS = ['ScheduleGrid', 'SpeakerWall', 'RoomSignage', 'NowNext', 'KeynoteList', 'VenueGuide'] as const
/** Views and layouts that show only the sessions a deck names, by a `session` prop or frontmatter field. */
export const SESSION_VIEWS = ['SessionByline', 'SessionMention', 'SpeakerIntro', 'TalkPromo', 'session-cover', 'session-closing'] as const
/** Views and layouts that show only the event's own facts. */
export const EVENT_VIEWS = ['BrandWordmark', 'CoverArt', 'EditionTimeline', 'LinkQr', 'NetworkingEvent', 'PartnerWall', 'SpaceNotes', 'SpeakerReminders', 'SponsorWall', 'event-cover', 'thank-you'] as const

export interface DeckFactsScope {
  /** The deck generates slides from the programme or uses a view of all of it. */
  wholeProgramme: boolean
  /** Sessions the deck names, sorted (ids the data does not hold are kept: the build refuses them elsewhere). */
  sessionIds: string[]
}

const GENERATE = /^generate:\s*\S/m
const SESSION_ID = /\bsession(?:="|:\s*['"]?)([\w-]+)/g

/** The scope of a deck from its markdown (the deck file and the files it imports). */
export function deckFactsScope(markdown: readonly string[]): DeckFactsScope {
  const text = markdown.join('\n')
  const wholeProgramme = GENERATE.test(text) || PROGRAMME_VIEWS.some(view => new RegExp(`<${view}[\\s/>]`).test(text))
  const sessionIds = [...new Set([...text.matchAll(SESSION_ID)].map(match => match[1]!))].sort()
  return { wholeProgramme, sessionIds }
}

/** A hash of the facts a deck with this scope shows: equal before and after an edit it does not show. */
export function deckFactsFingerprint(event: EventQueries, scope: DeckFactsScope): string {
  const { sessions, people, rooms, breaks, ...eventOwn } = event.facts()
  const shown = scope.wholeProgramme
    ? { sessions, people, rooms, breaks }
    : (() => {
        const named = scope.sessionIds.filter(event.hasSession).map(event.sessionById)
        return {
          sessions: named,
          speakers: named.map(session => event.speakersOf(session)),
          rooms: named.map(session => event.roomById(session.roomId)),
          organizers: event.organizers(),
        }
      })()
  return createHash('sha256').update(JSON.stringify({ eventOwn, shown })).digest('hex')
}
