// npm run calendar -- [--out <dir>]: writes the programme as iCalendar files for the site:
//   <dir>/schedule.ics            every session
//   <dir>/sessions/<id>.ics       one per session
// The default <dir> is dist. DTSTAMP is now, or SOURCE_DATE_EPOCH (seconds) for reproducible builds.
// Exit codes: 0 written; 1 failed; 2 usage error.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { EventQueries } from '../data/index.ts'
import { loadEventQueries } from './lib/cli.ts'
import { buildCalendar, buildSessionCalendar } from './lib/calendar.ts'

export const USAGE = `Usage: npm run calendar -- [--out <dir>]

Writes <dir>/schedule.ics (every session) and <dir>/sessions/<session-id>.ics (one per session).

Options:
  --out <dir>  output directory (default: dist)
  -h, --help   show this help`

export interface CalendarIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
}

/** Writes next to the target, then renames: readers never see a half-written file. */
function writeAtomically(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, content, 'utf8')
  renameSync(temp, file)
}

export function dtstampFrom(env: NodeJS.ProcessEnv): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch === undefined || epoch === '') return undefined
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`)
  return new Date(Number(epoch) * 1000)
}

/** The whole command, minus process.exit: returns the exit code. */
export function runCalendar(argv: readonly string[], io: CalendarIO, queries: EventQueries): number {
  let out: string
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
    if (values.help) {
      io.stdout(USAGE)
      return 0
    }
    if (positionals.length > 0) throw new Error(`Unexpected argument: ${positionals.join(' ')}`)
    if (values.out !== undefined && values.out.trim() === '') throw new Error('--out needs a directory')
    out = path.resolve(io.cwd, values.out ?? 'dist')
  } catch (error) {
    io.stderr(`calendar: ${(error as Error).message}\n\n${USAGE}`)
    return 2
  }

  const options = { queries, dtstamp: dtstampFrom(io.env) ?? new Date() }
  const sessionsDir = path.join(out, 'sessions')
  mkdirSync(sessionsDir, { recursive: true })
  writeAtomically(path.join(out, 'schedule.ics'), buildCalendar(undefined, options))
  const ids = queries.sessionIds()
  for (const id of ids) writeAtomically(path.join(sessionsDir, `${id}.ics`), buildSessionCalendar(id, options))
  const shown = path.relative(io.cwd, out) || '.'
  io.stdout(`calendar: wrote ${shown}/schedule.ics and ${ids.length} files in ${shown}/sessions/`)
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const queries = await loadEventQueries('calendar')
    process.exitCode = typeof queries === 'number' ? queries : runCalendar(process.argv.slice(2), {
      stdout: text => process.stdout.write(`${text}\n`),
      stderr: text => process.stderr.write(`${text}\n`),
      cwd: process.cwd(),
      env: process.env,
    }, queries)
  } catch (error) {
    process.stderr.write(`calendar: ${(error as Error).message}\n`)
    process.exitCode = 1
  }
}
