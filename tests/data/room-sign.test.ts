// What a room's sign says (data/room-sign.ts), on a made-up event (tests/fixtures/second-event.ts:
// Madrid, two days, named rooms), at instants chosen for each state the sign can be in.
import { describe, expect, it } from 'vitest'
import { createEventQueries, loadEventData, type Room } from '../../data/index.ts'
import { roomDayList, roomSign } from '../../data/room-sign.ts'
import { secondEvent } from '../fixtures/second-event.ts'

const facts = secondEvent()
facts.sessions.push({ id: 'talk-afternoon', title: 'After lunch: streaming joins', speakerIds: ['ana-ejemplo'], roomId: 'sala-goya', start: '2027-06-10T15:00', end: '2027-06-10T15:40', kind: 'talk' })
facts.sessions.push({ id: 'late-hacking', title: 'Late-night hacking', speakerIds: ['dario-modelo'], roomId: 'sala-sorolla', start: '2027-06-10T23:30', end: '2027-06-11T00:45', kind: 'talk' })
const queries = createEventQueries(loadEventData(facts, 'tests/fixtures/second-event.ts'))
const room = (id: string): Room => queries.roomById(id)
const goya = room('sala-goya')

describe('roomSign', () => {
  it.each([
    ['2027-06-09T12:00', 'before-event', 'Starts Thursday, June 10'],
    ['2027-06-10T08:30', 'before-day', 'Opening'],
    ['2027-06-10T09:30', 'in-session', 'Streams everywhere'],
    ['2027-06-10T14:00', 'on-break', 'Lunch'],
    ['2027-06-10T17:00', 'day-over', 'Day over — see you tomorrow'],
    ['2027-06-11T12:00', 'day-over', 'Example Data Days 2027 is over — thank you!'],
    ['2027-06-12T12:00', 'after-event', 'That’s a wrap — thank you for coming!'],
  ])('Sala Goya at %s: %s', (at, state, headline) => {
    const sign = roomSign(queries, goya, at)
    expect(sign.state).toBe(state)
    expect(sign.headline).toBe(headline)
  })

  it('in a session: its time, the minutes left, its speakers and what is next', () => {
    const sign = roomSign(queries, goya, '2027-06-10T09:30')
    expect(sign.kicker).toEqual({ badge: 'Now', text: '09:20–10:00', extra: '30 min left' })
    expect(sign.sub).toBe('Bruno Muestra')
    expect(sign.next?.session.title).toBe('Lakes, rivers and the tables between')
  })

  it('between sessions: the next one and how soon it starts', () => {
    const sign = roomSign(queries, goya, '2027-06-10T10:45')
    expect(sign.state).toBe('between-sessions')
    expect(sign.kicker).toEqual({ badge: 'Next', text: '15:00–15:40', extra: 'starts in 4 h 15 min' })
    expect(sign.breakInfo).toEqual({ now: false, text: 'Lunch 13:30–15:00 · Patio' })
  })

  it('on a break: the minutes left and the session next in the room', () => {
    const sign = roomSign(queries, goya, '2027-06-10T14:00')
    expect(sign.kicker).toEqual({ badge: 'Now', text: '13:30–15:00', extra: '1 h left' })
    expect(sign.next).toMatchObject({ label: 'Next here', extra: 'in 1 h', session: { title: 'After lunch: streaming joins' } })
  })

  it('before a room\'s first session of the day: that session, and that it is the only one', () => {
    const sign = roomSign(queries, room('sala-miro'), '2027-06-10T10:45')
    expect(sign.state).toBe('before-day')
    expect(sign.kicker).toEqual({ badge: 'Next', text: '11:00–11:40', extra: 'starts in 15 min' })
    expect(sign.note).toBe('The only session in this room today.')
  })

  it('a room with nothing today names the rooms that have sessions, and its next day', () => {
    const sign = roomSign(queries, room('sala-sorolla'), '2027-06-11T09:00')
    expect(sign.state).toBe('no-sessions-today')
    expect(sign.sub).toContain('Sala Goya')
  })

  it('a late talk is still on at 00:15, under its own day', () => {
    const sign = roomSign(queries, room('sala-sorolla'), '2027-06-11T00:15')
    expect(sign.state).toBe('in-session')
    expect(sign.headline).toBe('Late-night hacking')
    expect(sign.kicker?.extra).toBe('30 min left')
  })

  it('no room: the unknown-room state', () => {
    expect(roomSign(queries, undefined, '2027-06-10T09:30').state).toBe('unknown-room')
  })
})

describe('roomDayList', () => {
  it('lists what is left of the day, the session under way marked as now', () => {
    const list = roomDayList(queries, goya, '2027-06-10T09:30')
    expect(list.heading).toBe('Still to come today')
    expect(list.rows.map(row => [row.title, row.now])).toEqual([
      ['Streams everywhere', true],
      ['Lakes, rivers and the tables between', false],
      ['Lunch', false],
      ['After lunch: streaming joins', false],
    ])
  })

  it('after the room\'s last session, the next day in the room', () => {
    const list = roomDayList(queries, room('sala-miro'), '2027-06-10T18:00')
    expect(list.heading).toBe('Tomorrow in Sala Miró')
    expect(list.rows[0]?.title).toBe('Your first pipeline, hands on')
  })

  it('after the event, a count of what the room held', () => {
    expect(roomDayList(queries, goya, '2027-06-12T12:00').message).toBe('5 sessions in this room over 2 days. Thank you!')
  })
})
