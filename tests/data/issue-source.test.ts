// A problem is named in the file it is in: the imported programme (data/programme.ts) or the
// hand-kept facts (data/event.ts), though the two are validated as one event.
import { describe, expect, it } from 'vitest'
import { handKeptFacts as handKept } from '../../data/event.ts'
import { issueSourceOf, withProgramme } from '../../data/merge-programme.ts'
import { programme } from '../../data/programme.ts'
import { loadEventData } from '../../data/validate.ts'

const sourceOf = issueSourceOf(programme, 'data/programme.ts', 'data/event.ts')
const messageOf = (load: () => unknown) => {
  try {
    load()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the data to be refused')
}

describe('issueSourceOf', () => {
  it('names data/programme.ts for a session, its room or speaker, and the event\'s time zone', () => {
    expect(sourceOf({ entity: 'session "runinference"', field: 'start', message: '' })).toBe('data/programme.ts')
    expect(sourceOf({ entity: 'room "room-202"', field: 'name', message: '' })).toBe('data/programme.ts')
    expect(sourceOf({ entity: 'person "andy-ye"', field: 'name', message: '' })).toBe('data/programme.ts')
    expect(sourceOf({ entity: 'event "beam-summit-2022"', field: 'timeZone', message: '' })).toBe('data/programme.ts')
  })

  it('names data/event.ts for the hand-kept facts: a sponsor, the dining room, the event\'s hashtag', () => {
    expect(sourceOf({ entity: 'sponsor "google"', field: 'name', message: '' })).toBe('data/event.ts')
    expect(sourceOf({ entity: 'room "tejas-dining-room"', field: 'name', message: '' })).toBe('data/event.ts')
    expect(sourceOf({ entity: 'event "beam-summit-2022"', field: 'hashtag', message: '' })).toBe('data/event.ts')
  })

  it('puts each line of one refusal in its own file', () => {
    const broken = structuredClone(programme)
    broken.sessions[0]!.start = '2022-07-18T25:15'
    const kept = structuredClone(handKept)
    Object.assign(kept.sponsors[0]!, { url: 'http://example.org/' })
    const lines = messageOf(() => loadEventData(withProgramme(kept, broken), sourceOf)).split('\n')
    expect(lines.some(line => line.startsWith(`data/programme.ts: session "${broken.sessions[0]!.id}", field "start"`))).toBe(true)
    expect(lines.some(line => line.startsWith(`data/event.ts: sponsor "${kept.sponsors[0]!.id}", field "url"`))).toBe(true)
  })
})
