// npm run import -- <file> [--dry-run] [--time-zone <zone>] [--new-event [--force]]: takes the
// programme from a schedule export (schedule.json or schedule.xml of pretalx, frab, pentabarf) into
// data/programme.ts; with --new-event, starts a new event from it (scripts/lib/event-template.ts).
// Exit codes: 0 imported (or nothing to change); 1 the file was refused; 2 usage error.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { HandKeptFacts, ProgrammeFacts } from '../data/merge-programme.ts'
import { parseCommandLine, readFlags, UsageError } from './lib/cli.ts'
import { type Deck, discoverDecks, REPO_ROOT } from './lib/decks.ts'
import { decksBySession, describeDiff, diffProgrammes, isEmptyDiff, orphanedDecks } from './lib/programme-diff.ts'
import { eventModuleText, newEventHandKept, PLACEHOLDER_FIELDS, programmeDeckText } from './lib/event-template.ts'
import { PROGRAMME_FILE, programmeModuleText, writeFilesWhole } from './lib/programme-file.ts'
import { programmeFromExport } from './lib/schedule-import.ts'
import { ImportError, readScheduleExport } from './lib/schedule-read.ts'

export const USAGE = `Usage: npm run import -- <file> [--dry-run] [--time-zone <zone>] [--new-event [--force]]

Reads a schedule export (schedule.json or schedule.xml, as pretalx, frab and pentabarf write them)
and writes the programme (the event's title, dates and time zone, rooms, sessions, speakers) to
data/programme.ts. The hand-kept facts in data/event.ts are never touched. Prints what changed
since the last import and which decks it affects.

Options:
  --dry-run           show the change, write nothing
  --time-zone <zone>  the event's IANA time zone, for a file that does not say it (e.g. Europe/Berlin)
  --new-event         start a new event from the export: writes data/programme.ts, a data/event.ts
                      from a template (placeholders to fill in; no sponsors, breaks, socials or past
                      editions) and slides/programme/slides.md (the schedule of each day)
  --force             with --new-event: replace the data/event.ts, data/programme.ts and slides/programme/slides.md there are
  -h, --help          show this help`

export interface ImportArgs {
  file: string
  dryRun: boolean
  timeZone?: string
  newEvent: boolean
  force: boolean
}

export function parseImportArgs(argv: string[]): ImportArgs | 'help' {
  let file: string | undefined
  let dryRun = false
  let timeZone: string | undefined
  let newEvent = false
  let force = false
  const stop = readFlags(argv, (flag) => {
    if (flag.flag === '-h' || flag.flag === '--help') return 'help'
    if (flag.flag === '--dry-run') {
      if (flag.inline) throw new UsageError('--dry-run takes no value')
      dryRun = true
    } else if (flag.flag === '--new-event' || flag.flag === '--force') {
      if (flag.inline) throw new UsageError(`${flag.flag} takes no value`)
      if (flag.flag === '--new-event') newEvent = true
      else force = true
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
  if (force && !newEvent) throw new UsageError('--force goes with --new-event (a re-import needs no force: it keeps the hand-kept facts)')
  return { file, dryRun, timeZone, newEvent, force }
}

/** Decks that show the programme as a whole (schedule, speaker wall, signage): any change reaches them. */
function wholeProgrammeDecks(decks: readonly Deck[]): string[] {
  return decks.filter(deck => /generate:\s*(schedule|speakers|keynotes)|<(ScheduleGrid|RoomSignage|NowNext)\b/.test(readFileSync(deck.file, 'utf8')))
    .map(deck => deck.relPath)
}

/** `1 room`, `5 rooms`: the summary's counts. */
function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** What an export holds, as the import's first line says it. */
function programmeSummary({ event, sessions, rooms, people }: ProgrammeFacts): string {
  return `${countOf(sessions.length, 'session')}, ${countOf(rooms.length, 'room')}, ${countOf(people.length, 'speaker')}, ${event.startDate} to ${event.endDate} (${event.timeZone})`
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
  /** With --new-event: where the hand-kept facts and the programme deck are written (default: data/event.ts, slides/programme/slides.md). */
  eventFile?: string
  deckFile?: string
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
  const programmeFile = io.programmeFile ?? PROGRAMME_FILE
  const eventFile = io.eventFile ?? path.join(REPO_ROOT, 'data/event.ts')
  const deckFile = io.deckFile ?? path.join(REPO_ROOT, 'slides/programme/slides.md')
  const relative = (target: string) => path.relative(io.cwd, target) || target
  if (parsed.newEvent && !parsed.force && !parsed.dryRun) {
    const there = [eventFile, programmeFile, deckFile].filter(target => existsSync(target))
    if (there.length > 0) {
      io.stderr(`import: --new-event would replace ${there.map(relative).join(', ')} (the current event's facts and schedule deck): add --force to replace them; nothing written`)
      return 1
    }
  }
  const decks = io.decks ?? discoverDecks(REPO_ROOT)
  try {
    const exported = readScheduleExport(readFileSync(file, 'utf8'), shown)
    if (parsed.newEvent) return newEvent(exported, { file, shown, parsed, io, decks, programmeFile, eventFile, deckFile, relative })
    const handKept = io.handKept ?? (await import('../data/event.ts')).handKeptFacts as HandKeptFacts
    const previous = io.previous ?? (await import('../data/programme.ts')).programme as ProgrammeFacts
    const result = programmeFromExport(exported, shown, { timeZone: parsed.timeZone, previous, handKept })
    for (const warning of result.warnings) io.stderr(`warning: ${warning}`)
    const diff = diffProgrammes(previous, result.programme)
    const named = decksBySession(decks)
    const orphans = orphanedDecks(diff, named)
    const summary = programmeSummary(result.programme)
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
    writeFilesWhole([[programmeFile, programmeModuleText(result.programme, path.basename(file))]])
    io.stdout(`wrote ${relative(programmeFile)}`)
    return 0
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    io.stderr(error.message)
    io.stderr(`import: ${shown} refused (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}); nothing written`)
    return 1
  }
}

interface NewEventContext {
  file: string
  shown: string
  parsed: ImportArgs
  io: ImportIO
  decks: Deck[]
  programmeFile: string
  eventFile: string
  deckFile: string
  relative: (target: string) => string
}

/**
 * --new-event: the programme from the export alone (no previous programme to keep ids from), with
 * the template's hand-kept facts, validated together by the same rules before anything is written.
 */
function newEvent(exported: ReturnType<typeof readScheduleExport>, { file, shown, parsed, io, decks, programmeFile, eventFile, deckFile, relative }: NewEventContext): number {
  const handKept = newEventHandKept(exported.title ?? 'event', exported.url)
  const result = programmeFromExport(exported, shown, { timeZone: parsed.timeZone, handKept })
  for (const warning of result.warnings) io.stderr(`warning: ${warning}`)
  const { programme } = result
  io.stdout(`${shown}: new event "${programme.event.edition}": ${programmeSummary(programme)}`)
  const files: Array<readonly [string, string]> = [
    [programmeFile, programmeModuleText(programme, path.basename(file))],
    [eventFile, eventModuleText(handKept, path.basename(file))],
  ]
  // The schedule deck shows the previous event's days: a new event needs its own (--force said so).
  files.push([deckFile, programmeDeckText(programme)])
  const sessionIds = new Set(programme.sessions.map(session => session.id))
  const strangers = decks.filter(deck => typeof deck.headmatter.session === 'string' && !sessionIds.has(deck.headmatter.session))
  if (parsed.dryRun) {
    io.stdout(`dry run: nothing written (would write ${files.map(([target]) => relative(target)).join(', ')})`)
    return 0
  }
  writeFilesWhole(files)
  io.stdout(`wrote ${files.map(([target]) => relative(target)).join(', ')}`)
  io.stdout(`fill in ${relative(eventFile)}: ${PLACEHOLDER_FIELDS.join(', ')}`)
  if (strangers.length > 0) {
    io.stdout(`decks of the previous event name sessions this one does not have: ${strangers.map(deck => `${deck.relPath} (${String(deck.headmatter.session)})`).join(', ')}`)
  }
  io.stdout('build the schedule slides, the room signage and the hub: npm run build -- programme rooms')
  return 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await runImport(process.argv.slice(2), {
    stdout: text => console.log(text), stderr: text => console.error(text), cwd: process.env.INIT_CWD ?? process.cwd(),
  })
}
