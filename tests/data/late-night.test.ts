// Programmes imported from frab or pretalx hold talks that end after midnight. Such a session
// belongs to the day it starts on, and the "what is on now" answer at 00:15 still finds it.
import { describe, expect, it } from 'vitest'
import { conferenceDayOf, createEventQueries, loadEventData, nextDateOf } from '../../data/index.ts'
import { secondEvent } from '../fixtures/second-event.ts'

describe('conferenceDayOf', () => {
  it('is the date itself from 06:00, and the day before in the small hours', () => {
    expect(conferenceDayOf('2027-06-11T06:00')).toBe('2027-06-11')
    expect(conferenceDayOf('2027-06-11T23:59')).toBe('2027-06-11')
    expect(conferenceDayOf('2027-06-11T00:15')).toBe('2027-06-10')
    expect(conferenceDayOf('2027-06-11T05:59')).toBe('2027-06-10')
    expect(conferenceDayOf('2027-01-01T01:00')).toBe('2026-12-31')
  })

  it('nextDateOf crosses months, years and leap days', () => {
    expect(nextDateOf('2027-06-30')).toBe('2027-07-01')
    expect(nextDateOf('2027-12-31')).toBe('2028-01-01')
    expect(nextDateOf('2028-02-28')).toBe('2028-02-29')
  })
})

describe('a session that runs past midnight', () => {
  const facts = secondEvent()
  facts.sessions.push({ id: 'late-hacking', title: 'Late-night hacking', speakerIds: ['dario-modelo'], roomId: 'sala-sorolla', start: '2027-06-10T23:30', end: '2027-06-11T00:45', kind: 'talk' })
  const queries = createEventQueries(loadEventData(facts, 'tests/fixtures/second-event.ts'))
  const at = (local: string) => queries.toInstant(local)

  it('belongs to the day it starts on, with its full length', () => {
    expect(queries.sessionsOn('2027-06-10').map(s => s.id)).toContain('late-hacking')
    expect(queries.sessionsOn('2027-06-11').map(s => s.id)).not.toContain('late-hacking')
    expect(queries.durationMinutes(queries.sessionById('late-hacking'))).toBe(75)
  })

  it('is on now at 00:15, in its room and in the whole programme', () => {
    const all = queries.nowNext(at('2027-06-11T00:15'))
    expect(all.status).toBe('in-session')
    expect(all.now.map(s => s.id)).toEqual(['late-hacking'])
    const inRoom = queries.nowNext(at('2027-06-11T00:15'), { roomId: 'sala-sorolla' })
    expect(inRoom.now.map(s => s.id)).toEqual(['late-hacking'])
  })

  it('is over at 01:00, and the day is then over until the morning', () => {
    const result = queries.nowNext(at('2027-06-11T01:00'))
    expect(result.now).toEqual([])
    expect(result.status).toBe('day-over')
    expect(queries.nowNext(at('2027-06-11T09:00')).status).toBe('before-day')
  })
})
