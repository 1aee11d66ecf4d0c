// Which facts a deck shows, and that an edit it does not show leaves its fingerprint (so its build) alone.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEventQueries, loadEventData } from '../../data/index.ts'
import { deckFactsFingerprint, deckFactsScope, EVENT_VIEWS, PROGRAMME_VIEWS, SESSION_VIEWS } from '../../scripts/lib/deck-facts.ts'
import { componentFiles, discoverDecks, REPO_ROOT } from '../../scripts/lib/decks.ts'
import { secondEvent } from '../fixtures/second-event.ts'

const queriesOf = (edit: (facts: ReturnType<typeof secondEvent>) => void = () => {}) => {
  const facts = secondEvent()
  edit(facts)
  return createEventQueries(loadEventData(facts, 'tests/fixtures/second-event.ts'))
}

const keynoteDeck = ['---\nsession: keynote-streams\nlayout: session-cover\n---\n', '# Streams\n\n<TalkPromo session="talk-joins" />\n']
const programmeDeck = ['---\nlayout: event-cover\n---\n', '---\ngenerate: schedule\n---\n']

describe('deckFactsScope', () => {
  it('reads the sessions a deck names in frontmatter and component props', () => {
    expect(deckFactsScope(keynoteDeck)).toEqual({ wholeProgramme: false, sessionIds: ['keynote-streams', 'talk-joins'] })
  })

  it('sees the whole programme in generated slides and in a view of the programme', () => {
    expect(deckFactsScope(programmeDeck).wholeProgramme).toBe(true)
    expect(deckFactsScope(['<ScheduleGrid day="2027-06-10" :page="0" />']).wholeProgramme).toBe(true)
    expect(deckFactsScope(['<SponsorWall />', '<SessionMention session="opening" />']).wholeProgramme).toBe(false)
  })
})

describe('deckFactsFingerprint', () => {
  const keynote = deckFactsScope(keynoteDeck)
  const programme = deckFactsScope(programmeDeck)
  const before = queriesOf()

  it('does not change for a keynote deck when a session it does not name is retitled; changes for the programme', () => {
    const after = queriesOf(facts => { facts.sessions.find(s => s.id === 'talk-testing')!.title = 'Testing pipelines, renamed' })
    expect(deckFactsFingerprint(after, keynote)).toBe(deckFactsFingerprint(before, keynote))
    expect(deckFactsFingerprint(after, programme)).not.toBe(deckFactsFingerprint(before, programme))
  })

  it('changes when a named session moves, its speaker is renamed, or its room is renamed', () => {
    const base = deckFactsFingerprint(before, keynote)
    const moved = queriesOf(facts => { facts.sessions.find(s => s.id === 'talk-joins')!.roomId = 'sala-goya'; facts.sessions.find(s => s.id === 'talk-joins')!.start = '2027-06-10T11:40'; facts.sessions.find(s => s.id === 'talk-joins')!.end = '2027-06-10T12:20' })
    const speaker = queriesOf(facts => { facts.people.find(p => p.id === 'elena-caso')!.name = 'Elena Caso Ruiz' })
    const room = queriesOf(facts => { facts.rooms.find(r => r.id === 'sala-goya')!.name = 'Sala Francisco de Goya' })
    for (const changed of [moved, speaker, room]) expect(deckFactsFingerprint(changed, keynote)).not.toBe(base)
  })

  it('changes for every deck when the event\'s own facts change (name, links, sponsors)', () => {
    const renamed = queriesOf(facts => { facts.sponsors[0]!.name = 'Example Labs Inc' })
    expect(deckFactsFingerprint(renamed, keynote)).not.toBe(deckFactsFingerprint(before, keynote))
  })
})

describe('the views\' classification', () => {
  const views = [...PROGRAMME_VIEWS, ...SESSION_VIEWS, ...EVENT_VIEWS] as string[]
  // A deck's own component (slides/<slug>/components/) is scanned too: one that read the event
  // would need a place here, or its deck would be served from the cache after an edit it shows.
  it('names every component (the framework\'s and a deck\'s own) and layout that reads the event, once', () => {
    const layouts = readdirSync(path.join(REPO_ROOT, 'layouts')).filter(file => file.endsWith('.vue'))
      .map(file => ({ name: file.replace(/\.vue$/, ''), relPath: path.join('layouts', file) }))
    const readers = [...componentFiles(), ...layouts]
      .filter(view => readFileSync(path.join(REPO_ROOT, view.relPath), 'utf8').includes('useEvent()'))
      .map(view => view.name)
    expect(new Set(views).size).toBe(views.length)
    expect([...views].sort()).toEqual(readers.sort())
  })

  it('puts the shipped decks where expected: the welcome deck, signage and guide show the programme, keynotes do not', () => {
    const scopes = Object.fromEntries(discoverDecks().map(deck => [deck.slug, deckFactsScope([readFileSync(deck.file, 'utf8')])]))
    expect(scopes['welcome']!.wholeProgramme).toBe(true)
    expect(scopes['rooms']!.wholeProgramme).toBe(true)
    for (const slug of ['beam-at-twitter', 'google-investments-in-beam', 'ml-design-patterns', 'tailoring-pipelines-at-spotify']) {
      expect(scopes[slug]!.wholeProgramme, slug).toBe(false)
      expect(scopes[slug]!.sessionIds.length, slug).toBeGreaterThan(0)
    }
  })
})
