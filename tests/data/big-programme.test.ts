// The big programme fixture: valid event data of the promised size, deterministic, and with
// every id the shipped decks name, so the same decks build on it.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { createEventQueries } from '../../data/queries.ts'
import { loadEventData } from '../../data/validate.ts'
import { REPO_ROOT } from '../../scripts/lib/decks.ts'
import { BIG_PROGRAMME, bigProgramme } from '../fixtures/big-programme.ts'

const data = loadEventData(bigProgramme(), 'tests/fixtures/big-programme.ts')
const queries = createEventQueries(data)

/** Text of every deck, layout and component: where ids are named. */
function sources(): string {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(full)
      else if (/\.(md|vue)$/.test(entry.name)) files.push(readFileSync(full, 'utf8'))
    }
  }
  for (const dir of ['slides', 'layouts', 'components']) walk(path.join(REPO_ROOT, dir))
  return files.join('\n')
}

describe('bigProgramme', () => {
  test('passes loadEventData and has the promised size', () => {
    expect(data.rooms.filter(room => room.kind === 'session')).toHaveLength(BIG_PROGRAMME.sessionRooms)
    expect(queries.eventDays()).toHaveLength(3)
    expect(data.sessions).toHaveLength(BIG_PROGRAMME.sessions)
    expect(queries.allSpeakers()).toHaveLength(BIG_PROGRAMME.speakers)
    expect(data.sponsors).toHaveLength(BIG_PROGRAMME.sponsors)
    expect(queries.sponsorsByTier()).toHaveLength(3)
  })

  test('has 25- and 50-minute talks, workshops, a split session, long titles and long accented names', () => {
    const minutes = new Set(data.sessions.filter(s => s.kind === 'talk' && !s.parts).map(s => queries.durationMinutes(s)))
    expect(minutes).toContain(25)
    expect(minutes).toContain(50)
    expect(data.sessions.filter(s => s.kind === 'workshop').length).toBeGreaterThanOrEqual(4)
    expect(data.sessions.some(s => s.parts && s.parts.length >= 2)).toBe(true)
    const longest = Math.max(...data.sessions.map(s => s.title.length))
    expect(longest).toBeGreaterThan(130)
    expect(longest).toBeLessThanOrEqual(BIG_PROGRAMME.maxTitle)
    expect(data.people.some(p => p.name.length > 35 && /[^\x00-\x7F]/.test(p.name))).toBe(true)
    expect(data.rooms.every(room => room.kind !== 'session' || room.name.length > 40)).toBe(true)
  })

  test('never has a speaker in two places at once', () => {
    const clashes: string[] = []
    for (const person of data.people) {
      const own = data.sessions.filter(s => s.speakerIds.includes(person.id)).sort((a, b) => a.start.localeCompare(b.start))
      own.forEach((a, i) => own.slice(i + 1).forEach((b) => {
        if (a.start < b.end && b.start < a.end) clashes.push(`${person.id}: ${a.id} and ${b.id}`)
      }))
    }
    expect(clashes).toEqual([])
  })

  test('is the same on every call, and another seed gives another programme', () => {
    expect(bigProgramme()).toEqual(bigProgramme())
    expect(bigProgramme(7).sessions.map(s => s.id)).not.toEqual(bigProgramme().sessions.map(s => s.id))
  })

  test('keeps every session, social event, room, day and link the shipped decks name', () => {
    const text = sources()
    const named = (pattern: RegExp) => [...text.matchAll(pattern)].map(match => match[1]!)
    const sessions = named(/(?:^session:\s*|(?<![:-])\bsession=")([a-z0-9-]+)/gm)
    expect(sessions.length).toBeGreaterThan(10)
    for (const id of sessions) expect(queries.hasSession(id), `session ${id}`).toBe(true)
    for (const id of named(/\bevent="([a-z0-9-]+)"/g)) expect(() => queries.socialEvent(id), `social event ${id}`).not.toThrow()
    for (const id of named(/\broom[=:]"?\s*(room-[0-9]+)/g)) expect(() => queries.roomById(id), `room ${id}`).not.toThrow()
    for (const id of named(/breakById\('([a-z0-9-]+)'\)/g)) expect(() => queries.breakById(id), `break ${id}`).not.toThrow()
    for (const key of named(/\blink="([a-z]+)"/g)) expect(Object.keys(data.links), `link ${key}`).toContain(key)
    for (const day of named(/\b(?:day|today)="(\d{4}-\d{2}-\d{2})"/g)) expect(queries.sessionsOn(day).length, `day ${day}`).toBeGreaterThan(0)
    expect(queries.keynotes('2022-07-18').length).toBeGreaterThan(0)
  })
})
