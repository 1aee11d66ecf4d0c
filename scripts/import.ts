// npm run import -- <file> [--dry-run] [--time-zone <zone>]: takes the programme from a schedule
// export (schedule.json or schedule.xml of pretalx, frab, pentabarf) into data/programme.ts.
// Exit codes: 0 imported (or nothing to change); 1 the file was refused; 2 usage error.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { HandKeptFacts, ProgrammeFacts } from '../data/merge-programme.ts'
import { parseCommandLine, readFlags, UsageError } from './lib/cli.ts'
import { type Deck, discoverDecks, REPO_ROOT } from './lib/decks.ts'
import { decksBySession, describeDiff, diffProgrammes, isEmptyDiff, orphanedDecks } from './lib/programme-diff.ts'
import { PROGRAMME_FILE, writeProgrammeFile } from './lib/programme-file.ts'
import { programmeFromExport } from './lib/schedule-import.ts'
import { ImportError, readScheduleExport } from './lib/schedule-read.ts'

export const USAGE = `Usage: npm run import -- <file> [--dry-run] [--time-zone <zone>]

Reads a schedule export (schedule.json or schedule.xml, as pretalx, frab and pentabarf write them)
and writes the programme (the event's title, dates and time zone, rooms, sessions, speakers) to
data/programme.ts. The hand-kept facts in data/event.ts are never touched. Prints what changed
since the last import and which decks it affects.

Options:
  --dry-run           show the change, write nothing
  --time-zone <zone>  the event's IANA time zone, for a file that does not say it (e.g. Europe/Berlin)
  -h, --help          show this help`

export interface ImportArgs {
  file: string
  dryRun: boolean
  timeZone?: string
}

export function parseImportArgs(argv: string[]): ImportArgs | 'help' {
  let file: string | undefined
  let dryRun = false
  let timeZone: string | undefined
  const stop = readFlags(argv, (flag) => {
    if (flag.flag === '-h' || flag.flag === '--help') return 'help'
    if (flag.flag === '--dry-run') {
      if (flag.inline) throw new UsageError('--dry-run takes no value')
      dryRun = true
    } else if (flag.flag === '--time-zone') {
      timeZone = flag.value()
    } else if (flag.arg.startsWith('-')) {
      throw new UsageError(`Unknown option: ${flag.arg}`)
    } else if (file) {
      throw new UsageError(`One file at a time: ${file} and ${flag.arg}`)
    } else {
      file = flag.arg
    }
  })
  if (stop === 'help') return 'help'
  if (!file) throw new UsageError('Which file? Name a schedule.json or schedule.xml export')
  return { file, dryRun, timeZone }
}

/** Decks that show the programme as a whole (schedule, speaker wall, signage): any change reaches them. */
function wholeProgrammeDecks(decks: readonly Deck[]): string[] {
  return decks.filter(deck => /generate:\s*(schedule|speakers|keynotes)|<(ScheduleGrid|RoomSignage|NowNext)\b/.test(readFileSync(deck.file, 'utf8')))
    .map(deck => deck.relPath)
}

export interface ImportIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  /** The programme before and the hand-kept facts (default: the repo's data module). */
  previous?: ProgrammeFacts
  handKept?: HandKeptFacts
  decks?: Deck[]
  /** Where the programme is written (default: data/programme.ts). */
  programmeFile?: string
}

export async function runImport(argv: string[], io: ImportIO): Promise<number> {
  const parsed = parseCommandLine(parseImportArgs, USAGE, argv)
  if (typeof parsed === 'number') return parsed
  const file = path.resolve(io.cwd, parsed.file)
  const shown = path.relative(io.cwd, file) || file
  if (!existsSync(file)) {
    io.stderr(`import: ${shown}: no such file`)
    return 1
  }
  const handKept = io.handKept ?? (await import('../data/event.ts')).handKeptFacts as HandKeptFacts
  const previous = io.previous ?? (await import('../data/programme.ts')).programme as ProgrammeFacts
  const decks = io.decks ?? discoverDecks(REPO_ROOT)
  try {
    const exported = readScheduleExport(readFileSync(file, 'utf8'), shown)
    const result = programmeFromExport(exported, shown, { timeZone: parsed.timeZone, previous, handKept })
    for (const warning of result.warnings) io.stderr(`warning: ${warning}`)
    const diff = diffProgrammes(previous, result.programme)
    const named = decksBySession(decks)
    const orphans = orphanedDecks(diff, named)
    const summary = `${result.programme.sessions.length} sessions, ${result.programme.rooms.length} rooms, ${result.programme.people.length} speakers, ${result.programme.event.startDate} to ${result.programme.event.endDate} (${result.programme.event.timeZone})`
    if (orphans.length > 0) {
      for (const line of orphans) io.stderr(line)
      io.stderr(`import: ${shown} refused: ${orphans.length === 1 ? 'a deck names a session' : 'decks name sessions'} the export no longer has; nothing written`)
      return 1
    }
    io.stdout(`${shown}: ${summary}`)
    if (isEmptyDiff(diff)) io.stdout('no change to the programme')
    else {
      for (const line of describeDiff(diff, named)) io.stdout(`  ${line}`)
      const whole = wholeProgrammeDecks(decks)
      if (whole.length > 0) io.stdout(`  decks that show the whole programme: ${whole.join(', ')}`)
    }
    if (parsed.dryRun) {
      io.stdout('dry run: nothing written')
      return 0
    }
    const target = io.programmeFile ?? PROGRAMME_FILE
    writeProgrammeFile(result.programme, path.basename(file), target)
    io.stdout(`wrote ${path.relative(io.cwd, target) || target}`)
    return 0
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    io.stderr(error.message)
    io.stderr(`import: ${shown} refused (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}); nothing written`)
    return 1
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await runImport(process.argv.slice(2), {
    stdout: text => console.log(text), stderr: text => console.error(text), cwd: process.env.INIT_CWD ?? process.cwd(),
  })
}
