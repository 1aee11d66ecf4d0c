// RoomSignage: the sign of one room of the small made-up event at chosen instants (fixed with `at`,
// `?at=` or a fake clock).
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import RoomSignage from '../../components/RoomSignage.vue'
import { createEventQueries, loadEventData } from '../../data/index.ts'
import { LONG_TITLE, onEvent, onSmallEvent, smallEvent, smallEventQueries as small } from '../fixtures/small-event.ts'

afterEach(() => {
  window.history.replaceState(null, '', '/')
  vi.useRealTimers()
  vi.restoreAllMocks()
})

type Wrapper = ReturnType<typeof mount>
const text = (wrapper: Wrapper, selector: string) => wrapper.find(selector).exists() ? wrapper.get(selector).text().replace(/\s+/g, ' ') : undefined
const state = (wrapper: Wrapper) => wrapper.get('.room-signage').attributes('data-state')

describe('RoomSignage, now and next', () => {
  it('mid-session: the session now, its time left, the next one and the times after it', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T15:10' }))
    expect(state(wrapper)).toBe('in-session')
    expect(text(wrapper, '.room-name')).toBe('Sala Goya')
    expect(text(wrapper, '.clock')).toBe('15:10')
    expect(text(wrapper, '.date')).toBe('Thursday, June 10')
    expect(text(wrapper, '.kicker')).toBe('Now 15:00–15:25 15 min left')
    expect(text(wrapper, '.headline')).toBe(LONG_TITLE)
    expect(text(wrapper, '.sub')).toBe('Fabio Ficticio')
    expect(wrapper.get('.next').attributes('data-session')).toBe('talk-backfills')
    expect(text(wrapper, '.next-kicker')).toBe('Next 15:30–15:55')
    expect(text(wrapper, '.next-title')).toBe('Backfills without tears')
    expect(text(wrapper, '.later-times')).toBe('16:00')
    // The tapas night is the next thing on the day's programme after the sessions.
    expect(text(wrapper, '.break-info')).toBe('Coming up Tapas Night 19:00–21:00 · Example Rooftop')
    expect(wrapper.get('svg').attributes('aria-label')).toBe(`QR code for ${small.links().website.url}`)
  })

  it('names the room with its alias and all three speakers of a session', () => {
    expect(text(mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T15:10' })), '.room')).toBe('Sala Goya Auditorium')
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-miro', at: '2027-06-10T15:10' }))
    expect(text(wrapper, '.room')).toBe('Sala Miró')
    expect(text(wrapper, '.headline')).toBe('Streaming in production, a panel')
    expect(text(wrapper, '.sub')).toBe('Darío Modelo, Elena Caso & Gala Inventada')
    expect(text(wrapper, '.kicker-extra')).toBe('40 min left')
  })

  it('sizes the headline for the longest title the data holds: long titles at h2 (the QR code takes the right side), whole (no clamp), short ones at display', () => {
    const long = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T15:10' }))
    const headline = long.get('.headline')
    expect(headline.text()).toBe(LONG_TITLE)
    expect(headline.attributes('data-size')).toBe('h2')
    expect(headline.classes()).not.toContain('is-clamped')
    expect(headline.attributes('style')).toContain('font-size: var(--bs-type-h2)')
    expect(headline.attributes('style')).toContain('--lines: 4')
    const short = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T15:35' }))
    expect(short.get('.headline').text()).toBe('Backfills without tears')
    expect(short.get('.headline').attributes('data-size')).toBe('display')
  })

  it('lunch: the break under way, where it is, and the next session in the room', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T14:20' }))
    expect(state(wrapper)).toBe('on-break')
    expect(text(wrapper, '.kicker')).toBe('Now 13:30–15:00 40 min left')
    expect(text(wrapper, '.headline')).toBe('Lunch')
    expect(text(wrapper, '.sub')).toBe('Patio')
    expect(text(wrapper, '.next-kicker')).toBe('Next here 15:00–15:25 in 40 min')
    expect(text(wrapper, '.next-title')).toBe(LONG_TITLE)
  })

  it('announces lunch while the last session before it runs', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-miro', at: '2027-06-10T11:20' }))
    expect(text(wrapper, '.headline')).toBe('Windows that close on time')
    expect(text(wrapper, '.break-info')).toBe('Coming up Lunch 13:30–15:00 · Patio')
    expect(text(wrapper, '.next-title')).toBe('Streaming in production, a panel')
  })

  it('says when the session under way is the room\'s last of the day', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T16:10' }))
    expect(text(wrapper, '.headline')).toBe('Data lineage for everyone')
    expect(wrapper.find('.next').exists()).toBe(false)
    expect(text(wrapper, '.note')).toBe('Last session in this room today. Tomorrow here: 10:00 · Testing data pipelines')
  })

  it('before the day: the first session in the room and when it starts', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T07:00' }))
    expect(state(wrapper)).toBe('before-day')
    expect(text(wrapper, '.kicker')).toBe('Next 09:00–09:20 starts in 2 h')
    expect(text(wrapper, '.headline')).toBe('Opening')
    expect(text(wrapper, '.next-title')).toBe('Streams everywhere')
  })

  it('day over: see you tomorrow, and what is first here tomorrow', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T22:00' }))
    expect(state(wrapper)).toBe('day-over')
    expect(text(wrapper, '.headline')).toBe('Day over — see you tomorrow')
    expect(text(wrapper, '.sub')).toBe('Tomorrow here: 10:00 · Testing data pipelines')
    expect(wrapper.find('.next').exists()).toBe(false)
  })

  it('day over during the tapas night: says where it is', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-miro', at: '2027-06-10T19:30' }))
    expect(state(wrapper)).toBe('day-over')
    expect(text(wrapper, '.break-info')).toBe('Now Tapas Night 19:00–21:00 · Example Rooftop')
  })

  it('day over in a room that has no sessions tomorrow: where tomorrow\'s sessions are', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-sorolla', at: '2027-06-10T17:00' }))
    expect(text(wrapper, '.headline')).toBe('Day over — see you tomorrow')
    expect(text(wrapper, '.sub')).toBe('No sessions here tomorrow. Tomorrow’s sessions: Sala Goya · Sala Miró · Room 101 (remote)')
    expect(text(wrapper, '.break-info')).toBe('Coming up Tapas Night 19:00–21:00 · Example Rooftop')
  })

  it('the last day over: thanks everyone, and points to the open-ended farewell under way', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-11T19:00' }))
    expect(text(wrapper, '.headline')).toBe('Example Data Days 2027 is over — thank you!')
    expect(text(wrapper, '.break-info')).toBe('Now Farewell Drinks from 18:00 · Example Tavern')
  })

  it('a room with no sessions today points to the rooms that have some, and to its next day', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'room-101', at: '2027-06-10T10:00' }))
    expect(state(wrapper)).toBe('no-sessions-today')
    expect(text(wrapper, '.headline')).toBe('No sessions in Room 101 (remote) today')
    expect(text(wrapper, '.sub')).toBe('Today’s sessions: Sala Goya · Sala Miró · Sala Sorolla')
    expect(text(wrapper, '.note')).toBe('Tomorrow here: 09:00 · Sensors at the edge')
  })

  it('names the day of a room\'s next session when it is not tomorrow', () => {
    // The small event made three days long, its remote session moved to the third.
    const facts = smallEvent()
    facts.event.endDate = '2027-06-12'
    facts.editions = facts.editions.map(edition => edition.name === facts.event.edition ? { ...edition, endDate: '2027-06-12' } : edition)
    Object.assign(facts.sessions.find(session => session.id === 'remote-sensors')!, { start: '2027-06-12T09:00', end: '2027-06-12T09:40' })
    const longer = createEventQueries(loadEventData(facts))
    const wrapper = mount(RoomSignage, onEvent(longer, { room: 'room-101', at: '2027-06-10T10:00' }))
    expect(state(wrapper)).toBe('no-sessions-today')
    expect(text(wrapper, '.note')).toBe('Saturday, June 12 here: 09:00 · Sensors at the edge')
  })

  it('before and after the event', () => {
    expect(state(mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-01T10:00' })))).toBe('before-event')
    const after = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-07-01T10:00' }))
    expect(state(after)).toBe('after-event')
    expect(text(after, '.headline')).toBe('That’s a wrap — thank you for coming!')
  })

  it('takes the room and the instant from the address', () => {
    window.history.replaceState(null, '', '/1?room=sala-sorolla&at=2027-06-10T15:10')
    const wrapper = mount(RoomSignage, onSmallEvent())
    expect(wrapper.get('.room-signage').attributes('data-room')).toBe('sala-sorolla')
    expect(text(wrapper, '.headline')).toBe('State that survives restarts')
  })

  it('shows the first session room without ?room=', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ at: '2027-06-10T09:30' }))
    expect(wrapper.get('.room-signage').attributes('data-room')).toBe('sala-goya')
    expect(text(wrapper, '.headline')).toBe('Streams everywhere')
  })

  it('an unknown room: a clear message listing the valid room ids, no crash', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    window.history.replaceState(null, '', '/1?room=room-999&at=2027-06-10T15:10')
    const wrapper = mount(RoomSignage, onSmallEvent())
    expect(state(wrapper)).toBe('unknown-room')
    expect(wrapper.get('[role="alert"]').text()).toContain('Unknown room “room-999”')
    // The rooms that hold sessions, by the first day that uses them: not the Patio, where lunch is.
    expect(wrapper.findAll('.unknown-list code').map(code => code.text())).toEqual(['sala-goya', 'sala-miro', 'sala-sorolla', 'room-101'])
    expect(wrapper.find('.headline').exists()).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('room-999'))
  })

  it('follows the live clock, minute by minute', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2027-06-10T13:24:00Z')) // 15:24 in Madrid
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-goya' }))
    expect(text(wrapper, '.kicker-extra')).toBe('1 min left')
    vi.advanceTimersByTime(60_000)
    await nextTick()
    expect(text(wrapper, '.headline')).toBe('Backfills without tears')
    expect(state(wrapper)).toBe('between-sessions')
    expect(text(wrapper, '.kicker-extra')).toBe('starts in 5 min')
  })
})

describe('RoomSignage, the day view', () => {
  const rows = (wrapper: Wrapper) => wrapper.findAll('.day-row').map(row => row.attributes('data-row'))

  it('lists what is left of the day in the room, breaks included, the one under way first', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T15:10', view: 'day' }))
    expect(text(wrapper, '.day-heading')).toBe('Still to come today')
    expect(rows(wrapper)).toEqual(['talk-guarantees', 'talk-backfills', 'talk-lineage', 'tapas-night'])
    expect(wrapper.get('.day-row.is-now').attributes('data-row')).toBe('talk-guarantees')
    expect(text(wrapper, '[data-row="talk-guarantees"] .row-time')).toBe('15:00–15:25')
  })

  it('lists the whole day before it starts, and the next day once it is over', () => {
    const before = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T08:00', view: 'day' }))
    expect(text(before, '.day-heading')).toBe('Today in Sala Goya')
    expect(rows(before)[0]).toBe('opening')
    expect(rows(before)).toContain('comida-jueves')
    const over = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-06-10T22:00', view: 'day' }))
    expect(text(over, '.day-heading')).toBe('Tomorrow in Sala Goya')
    expect(text(over, '.day-sub')).toBe('Day over here — see you tomorrow')
    expect(rows(over)[0]).toBe('talk-testing')
  })

  it('thanks everyone after the event', () => {
    const wrapper = mount(RoomSignage, onSmallEvent({ room: 'sala-goya', at: '2027-07-01T10:00', view: 'day' }))
    expect(small.sessionsInRoom('sala-goya')).toHaveLength(7)
    expect(text(wrapper, '.day-message')).toBe('7 sessions in this room over 2 days. Thank you!')
  })
})
