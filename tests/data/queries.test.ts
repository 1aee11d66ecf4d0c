import { describe, expect, it } from 'vitest'
import { eventFacts } from '../../data/event.ts'
import { beamSummit, createEventQueries, eventData, loadEventData, UnknownEntityError } from '../../data/index.ts'

const ids = (items: { id: string }[]) => items.map(item => item.id)
const at = (local: string) => beamSummit.toInstant(local)

describe('sessionById', () => {
  it('finds a known session', () => {
    const session = beamSummit.sessionById('runinference')
    expect(session.title).toBe('RunInference: Machine Learning Inferences in Beam')
    expect(session.roomId).toBe('room-202')
  })

  it('throws on an unknown id, naming it and listing the known ids', () => {
    expect(() => beamSummit.sessionById('no-such-talk')).toThrow(UnknownEntityError)
    expect(() => beamSummit.sessionById('no-such-talk')).toThrow(/Unknown session "no-such-talk"/)
    try {
      beamSummit.sessionById('no-such-talk')
    }
    catch (error) {
      const message = (error as Error).message
      for (const id of ['welcome', 'runinference', 'splittable-dofns-workshop']) expect(message).toContain(id)
    }
  })

  it('hasSession agrees', () => {
    expect(beamSummit.hasSession('runinference')).toBe(true)
    expect(beamSummit.hasSession('no-such-talk')).toBe(false)
  })
})

describe('sessionsOn', () => {
  it('returns only that day, sorted by start', () => {
    const monday = beamSummit.sessionsOn('2022-07-18')
    expect(monday).toHaveLength(eventData.sessions.filter(s => s.start.startsWith('2022-07-18')).length)
    expect(monday).toHaveLength(24)
    expect(monday.every(s => s.start.startsWith('2022-07-18'))).toBe(true)
    for (let i = 1; i < monday.length; i++) expect(monday[i - 1]!.start <= monday[i]!.start).toBe(true)
    expect(monday[0]!.id).toBe('welcome')
    expect(monday.at(-1)!.start).toBe('2022-07-18T17:15')
  })

  it('sorts sessions that the data lists out of order', () => {
    // In the data, Tuesday's combine-by-example (203, 12:30) comes before apache-hop (202, 12:00).
    const tuesday = ids(beamSummit.sessionsOn('2022-07-19'))
    expect(tuesday.indexOf('apache-hop')).toBeLessThan(tuesday.indexOf('combine-by-example'))
  })

  it('is empty on a day without sessions', () => {
    expect(beamSummit.sessionsOn('2022-07-21')).toEqual([])
  })
})

describe('roomsOn', () => {
  it('Wednesday uses 202 and 201 (remote), in data order', () => {
    const rooms = beamSummit.roomsOn('2022-07-20')
    expect(ids(rooms)).toEqual(['room-202', 'room-201'])
    expect(rooms[1]!.kind).toBe('remote')
    expect(rooms[1]!.name).toBe('201 (remote)')
  })

  it('Monday uses the three session rooms, Amphitheatre first', () => {
    expect(ids(beamSummit.roomsOn('2022-07-18'))).toEqual(['room-204', 'room-203', 'room-202'])
  })

  it('keeps data order even when a later-listed room starts earlier', () => {
    const facts = structuredClone(eventFacts)
    const scio = facts.sessions.find(s => s.id === 'scio-workshop')!
    Object.assign(scio, { start: '2022-07-20T09:30', end: '2022-07-20T12:00' })
    const queries = createEventQueries(loadEventData(facts))
    expect(ids(queries.roomsOn('2022-07-20'))).toEqual(['room-202', 'room-201'])
  })
})

describe('keynotes', () => {
  it('are the four Monday keynotes in order', () => {
    expect(ids(beamSummit.keynotes())).toEqual([
      'google-investment-in-beam',
      'ml-design-patterns',
      'tailoring-pipelines-at-spotify',
      'beam-at-twitter',
    ])
    expect(ids(beamSummit.keynotes('2022-07-18'))).toHaveLength(4)
    expect(beamSummit.keynotes('2022-07-19')).toEqual([])
  })
})

describe('speakers', () => {
  it('speakersOf gives the people in the listed order, by session or by id', () => {
    expect(beamSummit.speakersOf('vega-mlops-credit-karma').map(p => p.name)).toEqual(['Debasish Das', 'Vishnu Venkataraman', 'Raj Katakam'])
    expect(beamSummit.speakersOf(beamSummit.sessionById('runinference')).map(p => p.id)).toEqual(['andy-ye'])
    expect(() => beamSummit.speakersOf('no-such-talk')).toThrow(/no-such-talk/)
  })

  it('allSpeakers lists everyone who speaks, once each, sorted by name', () => {
    const speakers = beamSummit.allSpeakers()
    const speakerIds = new Set(eventData.sessions.flatMap(s => s.speakerIds))
    expect(speakers).toHaveLength(speakerIds.size)
    expect(new Set(ids(speakers)).size).toBe(speakers.length)
    expect(new Set(ids(speakers))).toEqual(speakerIds)
    const names = speakers.map(p => p.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    // Israel Herraiz speaks in three sessions.
    expect(names.filter(name => name === 'Israel Herraiz')).toHaveLength(1)
    expect(names[0]).toBe('Adam Najman')
  })

  it('allSpeakers leaves out people who do not speak', () => {
    const facts = structuredClone(eventFacts)
    facts.people.push({ id: 'aaron-listener', name: 'Aaron Listener' })
    const queries = createEventQueries(loadEventData(facts))
    expect(ids(queries.allSpeakers())).not.toContain('aaron-listener')
    expect(queries.allSpeakers()).toHaveLength(beamSummit.allSpeakers().length)
  })
})

describe('sponsorsByTier', () => {
  it('hides Silver, which has no sponsors', () => {
    const groups = beamSummit.sponsorsByTier()
    expect(groups.map(group => group.tier.id)).toEqual(['gold'])
    expect(ids(groups[0]!.sponsors)).toEqual(['google-cloud'])
  })

  it('keeps tier order from the data, and sponsor order within a tier', () => {
    const facts = structuredClone(eventFacts)
    facts.sponsorTiers = [{ id: 'platinum', name: 'Platinum' }, ...facts.sponsorTiers, { id: 'community', name: 'Community' }]
    // Listed silver first, then gold, then platinum: the result must follow the tiers, not this order.
    facts.sponsors = [
      { id: 'silver-two', name: 'Silver Two', tierId: 'silver' },
      { id: 'silver-one', name: 'Silver One', tierId: 'silver' },
      ...facts.sponsors,
      { id: 'platinum-one', name: 'Platinum One', tierId: 'platinum' },
    ]
    const groups = createEventQueries(loadEventData(facts)).sponsorsByTier()
    expect(groups.map(group => group.tier.name)).toEqual(['Platinum', 'Gold', 'Silver'])
    expect(groups.map(group => ids(group.sponsors))).toEqual([['platinum-one'], ['google-cloud'], ['silver-two', 'silver-one']])
  })
})

describe('durationMinutes and slotsOf', () => {
  it('measures talks, long talks and the workshop', () => {
    expect(beamSummit.durationMinutes(beamSummit.sessionById('runinference'))).toBe(25)
    expect(beamSummit.durationMinutes(beamSummit.sessionById('vega-mlops-credit-karma'))).toBe(50)
    expect(beamSummit.durationMinutes(beamSummit.sessionById('scio-workshop'))).toBe(180)
    expect(beamSummit.durationMinutes(beamSummit.sessionById('welcome'))).toBe(10)
  })

  it('splits the Spanner session in its two parts', () => {
    const spanner = beamSummit.sessionById('spanner-change-streams')
    const slots = beamSummit.slotsOf(spanner)
    expect(slots).toHaveLength(2)
    expect(slots.map(slot => [slot.start, slot.end, slot.partIndex])).toEqual([
      ['2022-07-18T16:15', '2022-07-18T17:15', 0],
      ['2022-07-18T17:15', '2022-07-18T18:00', 1],
    ])
    expect(slots.every(slot => slot.session === spanner)).toBe(true)
  })

  it('gives a session without parts one slot', () => {
    const session = beamSummit.sessionById('runinference')
    expect(beamSummit.slotsOf(session)).toEqual([{ session, start: session.start, end: session.end, partIndex: 0 }])
  })

  it('slotsOn counts the Spanner parts', () => {
    expect(beamSummit.slotsOn('2022-07-18')).toHaveLength(beamSummit.sessionsOn('2022-07-18').length + 1)
  })
})

describe('breaksOn', () => {
  it('Monday is lunch, then the reception', () => {
    const monday = beamSummit.breaksOn('2022-07-18')
    expect(ids(monday)).toEqual(['lunch-monday', 'reception'])
    expect(monday[0]).toMatchObject({ title: 'Lunch', start: '2022-07-18T13:00', end: '2022-07-18T14:00', place: 'Tejas Dining Room' })
    expect(monday[1]).toMatchObject({ title: 'Reception', start: '2022-07-18T18:05', place: 'AT&T Conference Center Courtyard' })
  })

  it('Tuesday ends with the open-ended after party', () => {
    const tuesday = beamSummit.breaksOn('2022-07-19')
    expect(ids(tuesday)).toEqual(['lunch-tuesday', 'after-party'])
    expect(tuesday[1]!.end).toBeUndefined()
  })

  it('Wednesday has none', () => {
    expect(beamSummit.breaksOn('2022-07-20')).toEqual([])
  })
})

describe('dayLabel', () => {
  it('says Today or the weekday, as the 2022 decks did', () => {
    expect(beamSummit.dayLabel('2022-07-18', '2022-07-18')).toBe('Today')
    expect(beamSummit.dayLabel('2022-07-19', '2022-07-18')).toBe('Tuesday')
    expect(beamSummit.dayLabel('2022-07-20', '2022-07-18')).toBe('Wednesday')
    expect(beamSummit.dayLabel('2022-07-18', '2022-07-19')).toBe('Monday')
    expect(beamSummit.dayLabel('2022-07-19')).toBe('Tuesday')
  })

})

describe('eventDays', () => {
  it('lists the three days with labels', () => {
    expect(beamSummit.eventDays()).toEqual([
      { date: '2022-07-18', weekday: 'Monday', label: 'Monday, July 18' },
      { date: '2022-07-19', weekday: 'Tuesday', label: 'Tuesday, July 19' },
      { date: '2022-07-20', weekday: 'Wednesday', label: 'Wednesday, July 20' },
    ])
  })
})

describe('nowNext', () => {
  it('mid-session on Monday, 14:10 local', () => {
    const result = beamSummit.nowNext(at('2022-07-18T14:10'))
    expect(result.at).toBe('2022-07-18T14:10')
    expect(result.status).toBe('in-session')
    expect(ids(result.now)).toContain('state-of-the-go-sdk-2022')
    expect(ids(result.now).sort()).toEqual(['dataflow-under-the-covers', 'golden-signals-intuit', 'state-of-the-go-sdk-2022'])
    expect(ids(result.next)).toEqual(['break-wordle-with-beam'])
    expect(result.later[0]!.start).toBe('2022-07-18T15:00')
    expect(ids(result.later)).not.toContain('break-wordle-with-beam')
    expect(result.later.every(s => s.start > '2022-07-18T14:30' && s.start.startsWith('2022-07-18'))).toBe(true)
    expect(result.currentBreak).toBeUndefined()
  })

  it('gives the same answer from a UTC instant (19:10Z is 14:10 CDT)', () => {
    const instant = new Date('2022-07-18T19:10:00Z')
    expect(at('2022-07-18T14:10').getTime()).toBe(instant.getTime())
    const fromUtc = beamSummit.nowNext(instant)
    expect(fromUtc.at).toBe('2022-07-18T14:10')
    expect(fromUtc.status).toBe('in-session')
    expect(ids(fromUtc.now)).toContain('state-of-the-go-sdk-2022')
    expect(ids(fromUtc.next)).toEqual(['break-wordle-with-beam'])
    expect(fromUtc).toEqual(beamSummit.nowNext(at('2022-07-18T14:10')))
  })

  it('during lunch, 13:20', () => {
    const result = beamSummit.nowNext(at('2022-07-18T13:20'))
    expect(result.status).toBe('between-sessions')
    expect(result.now).toEqual([])
    expect(result.currentBreak?.id).toBe('lunch-monday')
    expect(ids(result.next).sort()).toEqual(['dataflow-under-the-covers', 'golden-signals-intuit', 'state-of-the-go-sdk-2022'])
  })

  it('before the day, 08:00', () => {
    const result = beamSummit.nowNext(at('2022-07-18T08:00'))
    expect(result.status).toBe('before-day')
    expect(result.now).toEqual([])
    expect(ids(result.next)).toEqual(['welcome'])
    expect(result.later).toHaveLength(23)
    expect(result.currentBreak).toBeUndefined()
  })

  it('after the day, 21:00', () => {
    const result = beamSummit.nowNext(at('2022-07-18T21:00'))
    expect(result.status).toBe('day-over')
    expect(result.now).toEqual([])
    expect(result.next).toEqual([])
    expect(result.later).toEqual([])
    // The reception ended at 20:00.
    expect(result.currentBreak).toBeUndefined()
  })

  it('during the reception, after the last session', () => {
    const result = beamSummit.nowNext(at('2022-07-18T19:00'))
    expect(result.status).toBe('day-over')
    expect(result.currentBreak?.id).toBe('reception')
  })

  it('late on Tuesday the open-ended after party is still under way', () => {
    const result = beamSummit.nowNext(at('2022-07-19T23:30'))
    expect(result.status).toBe('day-over')
    expect(result.currentBreak?.id).toBe('after-party')
  })

  it('on a day that is not an event day', () => {
    for (const local of ['2022-07-21T10:00', '2022-07-17T14:00']) {
      const result = beamSummit.nowNext(at(local))
      expect(result.status).toBe('not-an-event-day')
      expect(result.now).toEqual([])
      expect(result.next).toEqual([])
      expect(result.currentBreak).toBeUndefined()
    }
  })

  it('filtered to room 202 at 14:27: nothing now, Wordle next', () => {
    const result = beamSummit.nowNext(at('2022-07-18T14:27'), { roomId: 'room-202' })
    expect(result.status).toBe('between-sessions')
    expect(result.now).toEqual([])
    expect(ids(result.next)).toEqual(['break-wordle-with-beam'])
    expect(result.later.every(s => s.roomId === 'room-202')).toBe(true)
    // Unfiltered, the 50-minute talks in 204 and 203 are still on.
    expect(ids(beamSummit.nowNext(at('2022-07-18T14:27')).now).sort()).toEqual(['dataflow-under-the-covers', 'golden-signals-intuit'])
  })

  it('counts a session as on from its first minute and over at its end', () => {
    expect(ids(beamSummit.nowNext(at('2022-07-18T14:00'), { roomId: 'room-202' }).now)).toEqual(['state-of-the-go-sdk-2022'])
    expect(beamSummit.nowNext(at('2022-07-18T14:25'), { roomId: 'room-202' }).now).toEqual([])
  })
})
