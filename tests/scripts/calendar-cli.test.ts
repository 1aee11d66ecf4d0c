// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { beamSummit } from '../../data/index.ts'
import { type CalendarIO, runCalendar } from '../../scripts/calendar.ts'

let dir: string
let out: string[]
let err: string[]
const io = (env: NodeJS.ProcessEnv = {}): CalendarIO => ({ stdout: text => out.push(text), stderr: text => err.push(text), cwd: dir, env })

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'calendar-'))
  out = []
  err = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run calendar -- --out <dir>', () => {
  it('writes schedule.ics and one file per session', () => {
    expect(runCalendar(['--out', 'site'], io({ SOURCE_DATE_EPOCH: '1658102400' }), beamSummit)).toBe(0)
    const schedule = readFileSync(path.join(dir, 'site/schedule.ics'), 'utf8')
    expect(schedule.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(beamSummit.allSessions().length)
    expect(schedule).toContain('DTSTAMP:20220718T000000Z')
    const files = readdirSync(path.join(dir, 'site/sessions'))
    expect(files.sort()).toEqual(beamSummit.sessionIds().map(id => `${id}.ics`).sort())
    expect(readFileSync(path.join(dir, 'site/sessions/runinference.ics'), 'utf8')).toContain('UID:runinference@beamsummit-2022')
    expect(readdirSync(path.join(dir, 'site')).sort()).toEqual(['schedule.ics', 'sessions']) // no temp files left
    expect(out.join('\n')).toContain('site/schedule.ics')
  })

  it('defaults to dist', () => {
    expect(runCalendar([], io(), beamSummit)).toBe(0)
    expect(readdirSync(path.join(dir, 'dist'))).toContain('schedule.ics')
  })

  it('rejects unknown flags, stray arguments and an empty --out, writing nothing', () => {
    expect(runCalendar(['--outdir', 'x'], io(), beamSummit)).toBe(2)
    expect(runCalendar(['x'], io(), beamSummit)).toBe(2)
    expect(runCalendar(['--out'], io(), beamSummit)).toBe(2)
    expect(err.join('\n')).toContain('Usage: npm run calendar')
    expect(readdirSync(dir)).toEqual([])
  })

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => runCalendar([], io({ SOURCE_DATE_EPOCH: 'yesterday' }), beamSummit)).toThrow(/SOURCE_DATE_EPOCH/)
  })
})
