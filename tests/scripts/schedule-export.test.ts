// dist/schedule.json and dist/schedule.xml: valid for the apps that read the format (ajv against a
// JSON schema written from the c3voc spec; the XML parsed back and held to the XSD's rules), and a
// round trip: our export imported into an empty event gives the same programme.
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { createEventQueries, eventData, loadEventData } from '../../data/index.ts'
import { programme } from '../../data/programme.ts'
import { isoWithOffset, scheduleJson, scheduleXml } from '../../scripts/lib/schedule-export.ts'
import { programmeFromExport } from '../../scripts/lib/schedule-import.ts'
import { readScheduleExport } from '../../scripts/lib/schedule-read.ts'
import { emptyEvent, emptyProgramme } from '../fixtures/imports/empty-event.ts'
import { scheduleJsonSchema } from '../fixtures/schedule-json-schema.ts'
import { handKeptFacts } from '../../data/event.ts'

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false }))
const validateJson = ajv.compile(scheduleJsonSchema)

const json = scheduleJson(eventData)
const xml = scheduleXml(eventData)

describe('dist/schedule.json', () => {
  it('is valid against the schedule.json schema', () => {
    const valid = validateJson(JSON.parse(json))
    expect(validateJson.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('the validator does catch what the format forbids', () => {
    const document = JSON.parse(json)
    const [roomName, session] = Object.entries(document.schedule.conference.days[0].rooms)[0] as [string, Array<Record<string, unknown>>]
    session[0]!.duration = '10 min'
    delete session[0]!.guid
    document.schedule.conference.acronym = 'Beam Summit'
    expect(validateJson(document)).toBe(false)
    expect(validateJson.errors!.map(error => `${error.instancePath} ${error.keyword}`).sort()).toEqual([
      '/schedule/conference/acronym pattern', `/schedule/conference/days/0/rooms/${roomName}/0 required`, `/schedule/conference/days/0/rooms/${roomName}/0/duration pattern`,
    ])
  })

  it('holds every session once, at its time with the offset of the day', () => {
    const document = JSON.parse(json)
    const sessions = document.schedule.conference.days.flatMap((day: { rooms: Record<string, unknown[]> }) => Object.values(day.rooms).flat())
    expect(sessions).toHaveLength(eventData.sessions.length)
    const keynote = sessions.find((session: { slug: string }) => session.slug === 'beam_summit_2022-ml-design-patterns')
    expect(keynote).toMatchObject({ date: '2022-07-18T10:25:00-05:00', start: '10:25', duration: '00:25', room: '204', type: 'keynote', persons: [{ name: 'Lak Lakshmanan' }] })
    expect(isoWithOffset('2022-12-01T09:00', 'America/Chicago')).toBe('2022-12-01T09:00:00-06:00')
  })
})

describe('dist/schedule.xml', () => {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (_name, jpath) => ['schedule.day', 'schedule.day.room', 'schedule.day.room.event', 'schedule.day.room.event.persons.person'].includes(String(jpath)) }).parse(xml)
  const events = parsed.schedule.day.flatMap((day: { room?: Array<{ event: unknown[] }> }) => (day.room ?? []).flatMap(room => room.event))

  it('is well-formed and parses back with a conference and its days', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(parsed.schedule.conference).toMatchObject({ acronym: 'beam_summit_2022', title: 'Beam Summit 2022', start: '2022-07-18', end: '2022-07-20', days: '3', time_zone_name: 'America/Chicago' })
    expect(parsed.schedule.day.map((day: Record<string, string>) => [day['@index'], day['@date'], day['@start']])).toEqual([
      ['1', '2022-07-18', '2022-07-18T09:50:00-05:00'], ['2', '2022-07-19', '2022-07-19T10:00:00-05:00'], ['3', '2022-07-20', '2022-07-20T09:00:00-05:00'],
    ])
    expect(events).toHaveLength(eventData.sessions.length)
  })

  it('every event has what the XSD requires, in its forms', () => {
    const uuid = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/
    for (const event of events) {
      for (const element of ['room', 'title', 'type', 'date', 'start', 'duration', 'abstract', 'track']) expect(event, element).toHaveProperty(element)
      expect(event['@guid']).toMatch(uuid)
      expect(Number(event['@id'])).toBeGreaterThan(0)
      expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
      expect(event.start).toMatch(/^[0-2][0-9]:[0-5][0-9]$/)
      expect(event.duration).toMatch(/^[0-9]{1,2}:[0-9]{2}$/)
      expect(event.slug).toMatch(/^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/)
      for (const person of event.persons.person) expect(person['@guid']).toMatch(uuid)
    }
  })

  it('escapes text: a title with markup stays text', () => {
    const data = loadEventData({ ...structuredClone(eventData), sessions: eventData.sessions.map(session => session.id === 'welcome' ? { ...session, title: 'Welcome <b>&</b> "hi"' } : session) })
    const back = programmeFromExport(readScheduleExport(scheduleXml(data), 'schedule.xml'), 'schedule.xml', { handKept: handKeptFacts, previous: programme })
    expect(back.programme.sessions.find(session => session.id === 'welcome')!.title).toBe('Welcome <b>&</b> "hi"')
  })
})

describe('round trip', () => {
  for (const [format, text] of [['json', json], ['xml', xml]] as const) {
    it(`our ${format} export re-imported over the programme changes nothing`, () => {
      const back = programmeFromExport(readScheduleExport(text, `schedule.${format}`), `schedule.${format}`, { handKept: handKeptFacts, previous: programme })
      expect(back.programme).toEqual(programme)
      expect(back.warnings).toEqual([])
    })
  }

  it('our export imported into an empty event: the data module holds the same programme', () => {
    const back = programmeFromExport(readScheduleExport(json, 'schedule.json'), 'schedule.json', { handKept: emptyEvent, previous: emptyProgramme })
    const imported = createEventQueries(loadEventData(back.facts, 'round trip'))
    const shipped = createEventQueries(eventData)
    // The format has no place for a room's alias and kind, a speaker's role, company and handle,
    // or a session's parts: those are hand-added, and kept by a re-import (above), not carried.
    // An imported session also keeps the export's guid (so the next import finds it again): that is
    // the very guid our export derived from its id, and the shipped data has none to compare.
    // Sessions at the same time come in the order of their rooms, which the export may list in
    // another order than data/programme.ts: compare by id.
    const byId = (queries: typeof shipped) => [...queries.allSessions()].sort((a, b) => a.id.localeCompare(b.id))
    const carried = {
      rooms: (queries: typeof shipped) => byId(queries).map(session => queries.roomById(session.roomId)).map(({ id, name }) => ({ id, name })),
      sessions: (queries: typeof shipped) => byId(queries).map(({ parts: _parts, guid: _guid, ...session }) => ({ ...session, speakers: queries.speakersOf(session).map(({ id, name }) => ({ id, name })) })),
    }
    expect(imported.event).toMatchObject({ edition: eventData.event.edition, startDate: '2022-07-18', endDate: '2022-07-20', timeZone: 'America/Chicago' })
    expect(carried.sessions(imported)).toEqual(carried.sessions(shipped))
    expect(carried.rooms(imported)).toEqual(carried.rooms(shipped))
    expect(imported.eventDays()).toEqual(shipped.eventDays())
    expect(imported.keynotes().map(session => session.id)).toEqual(shipped.keynotes().map(session => session.id))
  })
})
