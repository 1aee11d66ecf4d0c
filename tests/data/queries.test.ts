// The event queries (data/queries.ts) on the small made-up event (tests/fixtures/small-event.ts).
import { describe, expect, it } from 'vitest'
import { createEventQueries, loadEventData, UnknownEntityError } from '../../data/index.ts'
import { smallEvent, smallEventQueries as queries } from '../fixtures/small-event.ts'

const ids = (items: { id: string }[]) => items.map(item => item.id)
const at = (local: string) => queries.toInstant(local)
const facts = queries.facts()
const THURSDAY = '2027-06-10'
const FRIDAY = '2027-06-11'

describe('sessionById', () => {
  it('finds a known session', () => {
    const session = queries.sessionById('talk-backfills')
    expect(session.title).toBe('Backfills without tears')
    expect(session.roomId).toBe('sala-goya')
  })

  it('throws on an unknown id, naming it and listing the known ids', () => {
    expect(() => queries.sessionById('no-such-talk')).toThrow(UnknownEntityError)
    expect(() => queries.sessionById('no-such-talk')).toThrow(/Unknown session "no-such-talk"/)
    try {
      queries.sessionById('no-such-talk')
    }
    catch (error) {
      const message = (error as Error).message
      for (const id of ['opening', 'talk-state', 'workshop-first-pipeline']) expect(message).toContain(id)
    }
  })

  it('hasSession agrees', () => {
    expect(queries.hasSession('talk-backfills')).toBe(true)
    expect(queries.hasSession('no-such-talk')).toBe(false)
  })
})

describe('sessionsOn', () => {
  it('returns only that day, sorted by start', () => {
    const thursday = queries.sessionsOn(THURSDAY)
    expect(thursday).toHaveLength(facts.sessions.filter(s => s.start.startsWith(THURSDAY)).length)
    expect(thursday).toHaveLength(10)
    expect(thursday.every(s => s.start.startsWith(THURSDAY))).toBe(true)
    for (let i = 1; i < thursday.length; i++) expect(thursday[i - 1]!.start <= thursday[i]!.start).toBe(true)
    expect(thursday[0]!.id).toBe('opening')
    expect(thursday.at(-1)!.start).toBe('2027-06-10T16:00')
  })

  it('sorts sessions that the data lists out of order', () => {
    // In the data, Friday's remote-sensors (09:00) comes after the workshop and talk-testing (10:00).
    const friday = ids(queries.sessionsOn(FRIDAY))
    expect(ids(facts.sessions).indexOf('remote-sensors')).toBeGreaterThan(ids(facts.sessions).indexOf('talk-testing'))
    expect(friday[0]).toBe('remote-sensors')
    expect(friday.indexOf('remote-sensors')).toBeLessThan(friday.indexOf('workshop-first-pipeline'))
  })

  it('is empty on a day without sessions', () => {
    expect(queries.sessionsOn('2027-06-12')).toEqual([])
  })
})

describe('roomsOn', () => {
  it('Friday uses Goya, Miró and 101 (remote), in data order', () => {
    const rooms = queries.roomsOn(FRIDAY)
    expect(ids(rooms)).toEqual(['sala-goya', 'sala-miro', 'room-101'])
    expect(rooms[2]!.kind).toBe('remote')
    expect(rooms[2]!.name).toBe('101 (remote)')
  })

  it('Thursday uses the three session rooms, Goya first', () => {
    expect(ids(queries.roomsOn(THURSDAY))).toEqual(['sala-goya', 'sala-miro', 'sala-sorolla'])
  })

  it('keeps data order even when a later-listed room starts earlier', () => {
    const early = smallEvent()
    const joins = early.sessions.find(s => s.id === 'talk-joins')!
    Object.assign(joins, { start: '2027-06-10T07:00', end: '2027-06-10T07:40' })
    const moved = createEventQueries(loadEventData(early))
    expect(moved.sessionsOn(THURSDAY)[0]!.roomId).toBe('sala-sorolla')
    expect(ids(moved.roomsOn(THURSDAY))).toEqual(['sala-goya', 'sala-miro', 'sala-sorolla'])
  })
})

describe('keynotes', () => {
  it('are the two Thursday keynotes in order', () => {
    expect(ids(queries.keynotes())).toEqual(['keynote-streams', 'keynote-lakes'])
    expect(ids(queries.keynotes(THURSDAY))).toHaveLength(2)
    expect(queries.keynotes(FRIDAY)).toEqual([])
  })
})

describe('speakers', () => {
  it('speakersOf gives the people in the listed order, by session or by id', () => {
    expect(queries.speakersOf('panel-production').map(p => p.name)).toEqual(['Darío Modelo', 'Elena Caso', 'Gala Inventada'])
    expect(queries.speakersOf(queries.sessionById('talk-guarantees')).map(p => p.id)).toEqual(['fabio-ficticio'])
    expect(() => queries.speakersOf('no-such-talk')).toThrow(/no-such-talk/)
  })

  it('allSpeakers lists everyone who speaks, once each, sorted by name', () => {
    const speakers = queries.allSpeakers()
    const speakerIds = new Set(facts.sessions.flatMap(s => s.speakerIds))
    expect(speakers).toHaveLength(speakerIds.size)
    expect(new Set(ids(speakers)).size).toBe(speakers.length)
    expect(new Set(ids(speakers))).toEqual(speakerIds)
    const names = speakers.map(p => p.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    // Elena Caso speaks in four sessions.
    expect(facts.sessions.filter(s => s.speakerIds.includes('elena-caso'))).toHaveLength(4)
    expect(names.filter(name => name === 'Elena Caso')).toHaveLength(1)
    expect(names[0]).toBe('Ana Ejemplo')
  })

  it('allSpeakers leaves out people who do not speak', () => {
    const withListener = smallEvent()
    withListener.people.push({ id: 'aaron-listener', name: 'Aaron Listener' })
    const listened = createEventQueries(loadEventData(withListener))
    expect(ids(listened.allSpeakers())).not.toContain('aaron-listener')
    expect(listened.allSpeakers()).toHaveLength(queries.allSpeakers().length)
  })
})

describe('sponsorsByTier', () => {
  it('hides Supporter, which has no sponsors', () => {
    const groups = queries.sponsorsByTier()
    expect(facts.sponsorTiers.map(tier => tier.id)).toContain('supporter')
    expect(groups.map(group => group.tier.id)).toEqual(['patron', 'friend'])
    expect(groups.map(group => ids(group.sponsors))).toEqual([['example-labs', 'example-streams'], ['example-cloud']])
  })

  it('keeps tier order from the data, and sponsor order within a tier', () => {
    const tiered = smallEvent()
    tiered.sponsorTiers = [{ id: 'platinum', name: 'Platinum' }, ...tiered.sponsorTiers, { id: 'community', name: 'Community' }]
    // Listed supporter first, then patron and friend, then platinum: the result must follow the tiers, not this order.
    tiered.sponsors = [
      { id: 'supporter-two', name: 'Supporter Two', tierId: 'supporter' },
      { id: 'supporter-one', name: 'Supporter One', tierId: 'supporter' },
      ...tiered.sponsors,
      { id: 'platinum-one', name: 'Platinum One', tierId: 'platinum' },
    ]
    const groups = createEventQueries(loadEventData(tiered)).sponsorsByTier()
    expect(groups.map(group => group.tier.name)).toEqual(['Platinum', 'Patron', 'Friend', 'Supporter'])
    expect(groups.map(group => ids(group.sponsors))).toEqual([['platinum-one'], ['example-labs', 'example-streams'], ['example-cloud'], ['supporter-two', 'supporter-one']])
  })
})

describe('durationMinutes and slotsOf', () => {
  it('measures talks, long talks and the workshop', () => {
    expect(queries.durationMinutes(queries.sessionById('talk-guarantees'))).toBe(25)
    expect(queries.durationMinutes(queries.sessionById('panel-production'))).toBe(50)
    expect(queries.durationMinutes(queries.sessionById('workshop-first-pipeline'))).toBe(120)
    expect(queries.durationMinutes(queries.sessionById('opening'))).toBe(20)
  })

  it('splits the state session in its two parts', () => {
    const state = queries.sessionById('talk-state')
    const slots = queries.slotsOf(state)
    expect(slots).toHaveLength(2)
    expect(slots.map(slot => [slot.start, slot.end, slot.partIndex])).toEqual([
      ['2027-06-10T15:00', '2027-06-10T15:45', 0],
      ['2027-06-10T15:45', '2027-06-10T16:30', 1],
    ])
    expect(slots.every(slot => slot.session === state)).toBe(true)
  })

  it('gives a session without parts one slot', () => {
    const session = queries.sessionById('talk-backfills')
    expect(queries.slotsOf(session)).toEqual([{ session, start: session.start, end: session.end, partIndex: 0 }])
  })

  it('slotsOn counts the parts of the state session', () => {
    expect(queries.slotsOn(THURSDAY)).toHaveLength(queries.sessionsOn(THURSDAY).length + 1)
  })
})

describe('breaksOn', () => {
  it('Thursday is lunch, then the tapas night', () => {
    const thursday = queries.breaksOn(THURSDAY)
    expect(ids(thursday)).toEqual(['comida-jueves', 'tapas-night'])
    expect(thursday[0]).toMatchObject({ title: 'Lunch', start: '2027-06-10T13:30', end: '2027-06-10T15:00', place: 'Patio' })
    expect(thursday[1]).toMatchObject({ title: 'Tapas Night', start: '2027-06-10T19:00', place: 'Example Rooftop' })
  })

  it('Friday is a coffee break without a room, and ends with the open-ended farewell', () => {
    const friday = queries.breaksOn(FRIDAY)
    expect(ids(friday)).toEqual(['cafe-viernes', 'farewell'])
    expect(friday[0]!.place).toBeUndefined()
    expect(friday[1]!.end).toBeUndefined()
  })

  it('a day outside the event has none', () => {
    expect(queries.breaksOn('2027-06-12')).toEqual([])
  })
})

describe('dayLabel', () => {
  it('says Today or the weekday', () => {
    expect(queries.dayLabel(THURSDAY, THURSDAY)).toBe('Today')
    expect(queries.dayLabel(FRIDAY, THURSDAY)).toBe('Friday')
    expect(queries.dayLabel('2027-06-12', THURSDAY)).toBe('Saturday')
    expect(queries.dayLabel(THURSDAY, FRIDAY)).toBe('Thursday')
    expect(queries.dayLabel(FRIDAY)).toBe('Friday')
  })
})

describe('eventDays', () => {
  it('lists the two days with labels', () => {
    expect(queries.eventDays()).toEqual([
      { date: THURSDAY, weekday: 'Thursday', label: 'Thursday, June 10' },
      { date: FRIDAY, weekday: 'Friday', label: 'Friday, June 11' },
    ])
  })
})

describe('nowNext', () => {
  const afternoon = ['panel-production', 'talk-guarantees', 'talk-state']

  it('mid-session on Thursday, 15:10 local', () => {
    const result = queries.nowNext(at('2027-06-10T15:10'))
    expect(result.at).toBe('2027-06-10T15:10')
    expect(result.status).toBe('in-session')
    expect(ids(result.now)).toContain('talk-guarantees')
    expect(ids(result.now).sort()).toEqual(afternoon)
    expect(ids(result.next)).toEqual(['talk-backfills'])
    expect(result.later[0]!.start).toBe('2027-06-10T16:00')
    expect(ids(result.later)).not.toContain('talk-backfills')
    expect(result.later.every(s => s.start > '2027-06-10T15:30' && s.start.startsWith(THURSDAY))).toBe(true)
    expect(result.currentBreak).toBeUndefined()
  })

  it('gives the same answer from a UTC instant (13:10Z is 15:10 CEST)', () => {
    const instant = new Date('2027-06-10T13:10:00Z')
    expect(at('2027-06-10T15:10').getTime()).toBe(instant.getTime())
    const fromUtc = queries.nowNext(instant)
    expect(fromUtc.at).toBe('2027-06-10T15:10')
    expect(fromUtc.status).toBe('in-session')
    expect(ids(fromUtc.now)).toContain('talk-guarantees')
    expect(ids(fromUtc.next)).toEqual(['talk-backfills'])
    expect(fromUtc).toEqual(queries.nowNext(at('2027-06-10T15:10')))
  })

  it('during lunch, 14:00', () => {
    const result = queries.nowNext(at('2027-06-10T14:00'))
    expect(result.status).toBe('between-sessions')
    expect(result.now).toEqual([])
    expect(result.currentBreak?.id).toBe('comida-jueves')
    expect(ids(result.next).sort()).toEqual(afternoon)
  })

  it('before the day, 08:00', () => {
    const result = queries.nowNext(at('2027-06-10T08:00'))
    expect(result.status).toBe('before-day')
    expect(result.now).toEqual([])
    expect(ids(result.next)).toEqual(['opening'])
    expect(result.later).toHaveLength(9)
    expect(result.currentBreak).toBeUndefined()
  })

  it('after the day, 22:00', () => {
    const result = queries.nowNext(at('2027-06-10T22:00'))
    expect(result.status).toBe('day-over')
    expect(result.now).toEqual([])
    expect(result.next).toEqual([])
    expect(result.later).toEqual([])
    // The tapas night ended at 21:00.
    expect(result.currentBreak).toBeUndefined()
  })

  it('during the tapas night, after the last session', () => {
    const result = queries.nowNext(at('2027-06-10T20:00'))
    expect(result.status).toBe('day-over')
    expect(result.currentBreak?.id).toBe('tapas-night')
  })

  it('late on Friday the open-ended farewell is still under way', () => {
    const result = queries.nowNext(at('2027-06-11T23:30'))
    expect(result.status).toBe('day-over')
    expect(result.currentBreak?.id).toBe('farewell')
  })

  it('on a day that is not an event day', () => {
    for (const local of ['2027-06-12T10:00', '2027-06-09T14:00']) {
      const result = queries.nowNext(at(local))
      expect(result.status).toBe('not-an-event-day')
      expect(result.now).toEqual([])
      expect(result.next).toEqual([])
      expect(result.currentBreak).toBeUndefined()
    }
  })

  it('filtered to Sala Goya at 15:27: nothing now, the backfills talk next', () => {
    const result = queries.nowNext(at('2027-06-10T15:27'), { roomId: 'sala-goya' })
    expect(result.status).toBe('between-sessions')
    expect(result.now).toEqual([])
    expect(ids(result.next)).toEqual(['talk-backfills'])
    expect(result.later.length).toBeGreaterThan(0)
    expect(result.later.every(s => s.roomId === 'sala-goya')).toBe(true)
    // Unfiltered, the panel in Miró and the state talk in Sorolla are still on.
    expect(ids(queries.nowNext(at('2027-06-10T15:27')).now).sort()).toEqual(['panel-production', 'talk-state'])
  })

  it('counts a session as on from its first minute and over at its end', () => {
    expect(ids(queries.nowNext(at('2027-06-10T15:00'), { roomId: 'sala-goya' }).now)).toEqual(['talk-guarantees'])
    expect(queries.nowNext(at('2027-06-10T15:25'), { roomId: 'sala-goya' }).now).toEqual([])
  })
})
