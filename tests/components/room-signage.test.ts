// RoomSignage: the sign of one room at chosen instants (fixed with `at`, `?at=` or a fake clock).
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import RoomSignage from '../../components/RoomSignage.vue'
import { beamSummit } from '../../data/index.ts'

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
    const wrapper = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-18T14:10' } })
    expect(state(wrapper)).toBe('in-session')
    expect(text(wrapper, '.room-name')).toBe('Room 202')
    expect(text(wrapper, '.clock')).toBe('14:10')
    expect(text(wrapper, '.date')).toBe('Monday, July 18')
    expect(text(wrapper, '.kicker')).toBe('Now 14:00–14:25 15 min left')
    expect(text(wrapper, '.headline')).toBe('State of the Go SDK 2022')
    expect(text(wrapper, '.sub')).toBe('Robert Burke')
    expect(wrapper.get('.next').attributes('data-session')).toBe('break-wordle-with-beam')
    expect(text(wrapper, '.next-kicker')).toBe('Next 14:30–14:55')
    expect(text(wrapper, '.next-title')).toBe('How to break Wordle with Beam and BigQuery')
    expect(text(wrapper, '.later-times')).toBe('15:00 · 15:30 · 16:15')
    // The reception is the next thing on the day's programme after the sessions.
    expect(text(wrapper, '.break-info')).toBe('Coming up Reception 18:05–20:00 · AT&T Conference Center Courtyard')
    expect(wrapper.get('svg').attributes('aria-label')).toBe(`QR code for ${beamSummit.links().website.url}`)
  })

  it('names the room with its alias and all four speakers of a session', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-204', at: '2022-07-18T14:10' } })
    expect(text(wrapper, '.room')).toBe('Room 204 Amphitheatre')
    expect(text(wrapper, '.headline')).toBe('Powering Real-time Data at Intuit: A Look at Golden Signals powered by Beam')
    expect(text(wrapper, '.sub')).toBe('Omkar Deshpande, Dunja Panic, Nick Hwang & Nagaraja Tantry')
    expect(text(wrapper, '.kicker-extra')).toBe('40 min left')
  })

  it('sizes the headline for the longest title the data holds: long titles at h2 (the QR code takes the right side), whole (no clamp), short ones at display', () => {
    const long = mount(RoomSignage, { props: { room: 'room-203', at: '2022-07-18T12:10' } })
    const headline = long.get('.headline')
    expect(headline.text()).toBe('Houston, we\'ve got a problem: 6 principles for pipelines design taken from the Apollo missions')
    expect(headline.attributes('data-size')).toBe('h2')
    expect(headline.classes()).not.toContain('is-clamped')
    expect(headline.attributes('style')).toContain('font-size: var(--bs-type-h2)')
    expect(headline.attributes('style')).toContain('--lines: 4')
    const short = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-18T14:10' } })
    expect(short.get('.headline').attributes('data-size')).toBe('display')
  })

  it('lunch: the break under way, where it is, and the next session in the room', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-18T13:20' } })
    expect(state(wrapper)).toBe('on-break')
    expect(text(wrapper, '.kicker')).toBe('Now 13:00–14:00 40 min left')
    expect(text(wrapper, '.headline')).toBe('Lunch')
    expect(text(wrapper, '.sub')).toBe('Tejas Dining Room')
    expect(text(wrapper, '.next-kicker')).toBe('Next here 14:00–14:25 in 40 min')
    expect(text(wrapper, '.next-title')).toBe('State of the Go SDK 2022')
  })

  it('announces lunch while the last session before it runs', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-18T12:40' } })
    expect(text(wrapper, '.break-info')).toBe('Coming up Lunch 13:00–14:00 · Tejas Dining Room')
    expect(text(wrapper, '.next-title')).toBe('State of the Go SDK 2022')
  })

  it('says when the session under way is the room\'s last of the day', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-18T17:30' } })
    expect(text(wrapper, '.headline')).toBe('Cloud Spanner change streams and Apache Beam')
    expect(wrapper.find('.next').exists()).toBe(false)
    expect(text(wrapper, '.note')).toBe('Last session in this room today. Tomorrow here: 12:00 · Apache Hop')
  })

  it('before the day: the first session in the room and when it starts', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-18T08:00' } })
    expect(state(wrapper)).toBe('before-day')
    expect(text(wrapper, '.kicker')).toBe('Next 12:00–12:25 starts in 4 h')
    expect(text(wrapper, '.headline')).toBe('RunInference: Machine Learning Inferences in Beam')
    expect(text(wrapper, '.next-title')).toBe('Speeding up development with Apache Beam (Adobe Experience Platform)')
  })

  it('day over: see you tomorrow, and what is first here tomorrow', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-18T21:00' } })
    expect(state(wrapper)).toBe('day-over')
    expect(text(wrapper, '.headline')).toBe('Day over — see you tomorrow')
    expect(text(wrapper, '.sub')).toBe('Tomorrow here: 12:00 · Apache Hop')
    expect(wrapper.find('.next').exists()).toBe(false)
  })

  it('day over during the reception: says where it is', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-203', at: '2022-07-18T18:30' } })
    expect(state(wrapper)).toBe('day-over')
    expect(text(wrapper, '.break-info')).toBe('Now Reception 18:05–20:00 · AT&T Conference Center Courtyard')
  })

  it('day over in a room that has no sessions tomorrow: where tomorrow\'s sessions are', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-204', at: '2022-07-19T19:00' } })
    expect(text(wrapper, '.headline')).toBe('Day over — see you tomorrow')
    expect(text(wrapper, '.sub')).toBe('No sessions here tomorrow. Tomorrow’s sessions: Room 202 · Room 201 (remote)')
    expect(text(wrapper, '.break-info')).toBe('Now After Party from 18:30 · Lazarus Brewing Co')
  })

  it('the last day over: thanks everyone', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-20T16:00' } })
    expect(text(wrapper, '.headline')).toBe('Beam Summit 2022 is over — thank you!')
  })

  it('a room with no sessions today points to the rooms that have some, and to its next day', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-201', at: '2022-07-18T10:00' } })
    expect(state(wrapper)).toBe('no-sessions-today')
    expect(text(wrapper, '.headline')).toBe('No sessions in Room 201 (remote) today')
    expect(text(wrapper, '.sub')).toBe('Today’s sessions: Room 204 · Room 203 · Room 202')
    expect(text(wrapper, '.note')).toBe('Wednesday, July 20 here: 09:00 · Industrial sensors with Yugabyte')
  })

  it('before and after the event', () => {
    expect(state(mount(RoomSignage, { props: { room: 'room-204', at: '2022-07-01T10:00' } }))).toBe('before-event')
    const after = mount(RoomSignage, { props: { room: 'room-204', at: '2022-08-01T10:00' } })
    expect(state(after)).toBe('after-event')
    expect(text(after, '.headline')).toBe('That’s a wrap — thank you for coming!')
  })

  it('takes the room and the instant from the address', () => {
    window.history.replaceState(null, '', '/1?room=room-203&at=2022-07-18T12:10')
    const wrapper = mount(RoomSignage)
    expect(wrapper.get('.room-signage').attributes('data-room')).toBe('room-203')
    expect(text(wrapper, '.headline')).toBe('Houston, we\'ve got a problem: 6 principles for pipelines design taken from the Apollo missions')
  })

  it('shows the first session room without ?room=', () => {
    const wrapper = mount(RoomSignage, { props: { at: '2022-07-18T10:10' } })
    expect(wrapper.get('.room-signage').attributes('data-room')).toBe('room-204')
    expect(text(wrapper, '.headline')).toBe('Google\'s investment on Beam and its internal use')
  })

  it('an unknown room: a clear message listing the valid room ids, no crash', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    window.history.replaceState(null, '', '/1?room=room-999&at=2022-07-18T14:10')
    const wrapper = mount(RoomSignage)
    expect(state(wrapper)).toBe('unknown-room')
    expect(wrapper.get('[role="alert"]').text()).toContain('Unknown room “room-999”')
    expect(wrapper.findAll('.unknown-list code').map(code => code.text())).toEqual(['room-204', 'room-203', 'room-202', 'room-201'])
    expect(wrapper.find('.headline').exists()).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('room-999'))
  })

  it('follows the live clock, minute by minute', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2022-07-18T19:24:00Z')) // 14:24 in Austin
    const wrapper = mount(RoomSignage, { props: { room: 'room-202' } })
    expect(text(wrapper, '.kicker-extra')).toBe('1 min left')
    vi.advanceTimersByTime(60_000)
    await nextTick()
    expect(text(wrapper, '.headline')).toBe('How to break Wordle with Beam and BigQuery')
    expect(state(wrapper)).toBe('between-sessions')
    expect(text(wrapper, '.kicker-extra')).toBe('starts in 5 min')
  })
})

describe('RoomSignage, the day view', () => {
  const rows = (wrapper: Wrapper) => wrapper.findAll('.day-row').map(row => row.attributes('data-row'))

  it('lists what is left of the day in the room, breaks included, the one under way first', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-18T14:10', view: 'day' } })
    expect(text(wrapper, '.day-heading')).toBe('Still to come today')
    expect(rows(wrapper)).toEqual(['state-of-the-go-sdk-2022', 'break-wordle-with-beam', 'performance-testing-in-beam', 'script-slums-to-beam-skyscrapers', 'spanner-change-streams', 'reception'])
    expect(wrapper.get('.day-row.is-now').attributes('data-row')).toBe('state-of-the-go-sdk-2022')
    expect(text(wrapper, '[data-row="state-of-the-go-sdk-2022"] .row-time')).toBe('14:00–14:25')
  })

  it('lists the whole day before it starts, and the next day once it is over', () => {
    const before = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-18T08:00', view: 'day' } })
    expect(text(before, '.day-heading')).toBe('Today in Room 202')
    expect(rows(before)[0]).toBe('runinference')
    expect(rows(before)).toContain('lunch-monday')
    const over = mount(RoomSignage, { props: { room: 'room-202', at: '2022-07-18T21:00', view: 'day' } })
    expect(text(over, '.day-heading')).toBe('Tomorrow in Room 202')
    expect(text(over, '.day-sub')).toBe('Day over here — see you tomorrow')
    expect(rows(over)[0]).toBe('apache-hop')
  })

  it('thanks everyone after the event', () => {
    const wrapper = mount(RoomSignage, { props: { room: 'room-204', at: '2022-08-01T10:00', view: 'day' } })
    expect(text(wrapper, '.day-message')).toBe('20 sessions in this room over 2 days. Thank you!')
  })
})
