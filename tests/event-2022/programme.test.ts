// The 2022 programme lives in data/programme.ts (written by `npm run import`) and data/event.ts
// keeps the hand-kept parts. This snapshot was taken from the hand-typed data/event.ts before the
// programme moved out of it: the validated data and what the queries answer must not change.
import { describe, expect, it } from 'vitest'
import { beamSummit, eventData } from '../../data/index.ts'

describe('the 2022 programme, wherever it is kept', () => {
  it('validates to the same event data as the hand-typed module did', () => {
    // The brand's outlines (data/brand.ts) came later, on purpose, and are not programme data.
    const { brand, ...facts } = eventData
    expect(facts).toMatchSnapshot()
    expect(brand?.wordmark?.ink).toHaveLength(2)
  })

  it('answers the same schedule, speaker and keynote questions', () => {
    const days = beamSummit.eventDays().map(day => day.date)
    expect({
      days,
      views: days.map(date => beamSummit.scheduleView(date)),
      rooms: days.map(date => beamSummit.roomsOn(date).map(room => room.id)),
      keynotes: beamSummit.keynotes().map(session => session.id),
      speakers: beamSummit.allSpeakers().map(person => person.id),
      organizers: beamSummit.organizers().map(person => person.id),
      durations: beamSummit.allSessions().map(session => [session.id, beamSummit.durationMinutes(session)]),
    }).toMatchSnapshot()
  })
})
