// npm run new -- <session-id>: scaffolds slides/<session-id>/slides.md, a starter deck for a session
// of the event data module. Without an id it asks for one (type to filter by title or speaker).
//
// Exit codes: 0 deck written; 1 cancelled or failed; 2 usage error, unknown session or existing deck.
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import type { EventQueries, Session } from '../data/index.ts'
import { roomName } from '../data/labels.ts'
import { clockOf, dateOf } from '../data/time.ts'
import { closestSessions, describeSession, matchesFilter } from './lib/session-search.ts'
import { renderTalkDeck } from './lib/talk-template.ts'
import { loadEventQueries } from './lib/cli.ts'
import { addonFoldersOf, DECK_ENTRY, DECKS_DIR } from './lib/decks.ts'

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
export const DEFAULT_SLIDES_DIR = path.join(REPO_ROOT, DECKS_DIR)
export const STARTER_SNIPPET = path.join(REPO_ROOT, 'snippets', 'talk-starter.py')

export const USAGE = `Usage: npm run new -- <session-id> [--slides-dir <dir>]

Creates <dir>/<session-id>/slides.md (default dir: slides), a starter deck for a session of the
event data module: cover, agenda, a code slide and a closing slide, with speaker notes.
Without a session id, pick the session from a list (type to filter by title or speaker).

Options:
  --slides-dir <dir>  where to write the deck's folder (default: slides)
  -h, --help          show this help`

export interface NewTalkIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether a person can answer a prompt. */
  interactive: boolean
  cwd: string
  /** Asks for a session id; undefined when cancelled. Defaults to the `prompts` autocomplete. */
  pickSession?: (sessions: readonly Session[], queries: EventQueries, existing: ReadonlySet<string>) => Promise<string | undefined>
}

class UsageError extends Error {}

function parse(argv: readonly string[]): { id?: string, slidesDir?: string, help: boolean } {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'slides-dir': { type: 'string' },
        'help': { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1) throw new UsageError(`Expected one session id, got ${positionals.length}: ${positionals.join(' ')}`)
  if (values['slides-dir'] !== undefined && values['slides-dir'].trim() === '') throw new UsageError('--slides-dir needs a directory')
  return { id: positionals[0], slidesDir: values['slides-dir'], help: values.help ?? false }
}

/** Where Slidev will find the repo root as an addon of a deck in `deckDir` (it resolves from the folder's parent). */
export function addonPathFor(deckDir: string, repoRoot = REPO_ROOT): string {
  const relative = path.relative(path.dirname(path.resolve(deckDir)), repoRoot).split(path.sep).join('/')
  return relative === '' ? './' : `${relative}/`
}

/** The starter snippet as a `<<<` path, relative to the deck's folder. */
export function snippetPathFor(deckDir: string, snippet = STARTER_SNIPPET): string {
  return path.relative(path.resolve(deckDir), snippet).split(path.sep).join('/')
}

function sessionList(sessions: readonly Session[]): string {
  const width = Math.max(...sessions.map(session => session.id.length))
  return sessions.map(session => `  ${session.id.padEnd(width)}  ${session.title}`).join('\n')
}

/** Creates `file` with `content` only if it does not exist, never showing a half-written file. */
function writeNewFileAtomically(file: string, content: string): 'written' | 'exists' {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`)
  const fd = openSync(temp, 'wx')
  try {
    writeSync(fd, content)
  } finally {
    closeSync(fd)
  }
  try {
    // link() fails when the target exists, where rename() would replace it.
    linkSync(temp, file)
    return 'written'
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists'
    throw error
  } finally {
    unlinkSync(temp)
  }
}

async function promptForSession(sessions: readonly Session[], queries: EventQueries, existing: ReadonlySet<string>): Promise<string | undefined> {
  const { default: prompts } = await import('prompts')
  const speakers = new Map(sessions.map(session => [session.id, queries.speakersOf(session)]))
  const choices = sessions.map(session => ({
    title: `${describeSession(session, speakers.get(session.id)!)}${existing.has(session.id) ? ' (deck exists)' : ''}`,
    value: session.id,
    description: `${session.id} · ${dateOf(session.start)} ${clockOf(session.start)}–${clockOf(session.end)} · ${roomName(queries.roomById(session.roomId))}`,
  }))
  let cancelled = false
  const answer = await prompts({
    type: 'autocomplete',
    name: 'id',
    message: 'Session (type to filter by title or speaker)',
    choices,
    limit: 12,
    suggest: async (input, all) => all.filter((choice) => {
      const session = queries.sessionById(choice.value)
      return matchesFilter(input, session, speakers.get(session.id)!)
    }),
  }, { onCancel: () => { cancelled = true } })
  return cancelled ? undefined : answer.id as string | undefined
}

/** The whole command, minus process.exit: returns the exit code. */
export async function runNewTalk(argv: readonly string[], io: NewTalkIO, queries: EventQueries): Promise<number> {
  let args
  try {
    args = parse(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`new-talk: ${error.message}\n\n${USAGE}`)
    return 2
  }
  if (args.help) {
    io.stdout(USAGE)
    return 0
  }

  const slidesDir = args.slidesDir === undefined ? DEFAULT_SLIDES_DIR : path.resolve(io.cwd, args.slidesDir)
  const deckFor = (id: string) => path.join(slidesDir, id, DECK_ENTRY)
  const shown = (file: string) => path.relative(io.cwd, file) || file
  // A command to run from the repo root: the path from there, or the absolute path outside it.
  const fromRepoRoot = (file: string) => path.relative(REPO_ROOT, file).startsWith('..') ? file : path.relative(REPO_ROOT, file)
  const sessions = queries.allSessions()

  let id = args.id
  if (id === undefined) {
    if (!io.interactive) {
      io.stderr(`new-talk: no session id given (and no terminal to ask in).\n\n${USAGE}\n\nSessions:\n${sessionList(sessions)}`)
      return 2
    }
    const existing = new Set(sessions.map(session => session.id).filter(sessionId => existsSync(deckFor(sessionId))))
    id = await (io.pickSession ?? promptForSession)(sessions, queries, existing)
    if (id === undefined) {
      io.stderr('new-talk: cancelled, nothing written.')
      return 1
    }
  }

  if (!queries.hasSession(id)) {
    const closest = closestSessions(id, sessions)
    io.stderr(`new-talk: unknown session "${id}". Closest session ids:\n${sessionList(closest)}\n\nRun without an id to pick from every session.`)
    return 2
  }
  const session = queries.sessionById(id)
  const file = deckFor(id)
  const content = renderTalkDeck(session, queries, {
    // slides/package.json makes the repo root every slides/ deck's addon; a deck elsewhere names it.
    ...(addonFoldersOf(file, {}).includes(path.resolve(REPO_ROOT)) ? {} : { addonPath: addonPathFor(path.dirname(file)) }),
    snippetPath: snippetPathFor(path.dirname(file)),
    snippetSource: readFileSync(STARTER_SNIPPET, 'utf8'),
  })
  mkdirSync(path.dirname(file), { recursive: true })
  if (writeNewFileAtomically(file, content) === 'exists') {
    io.stderr(`new-talk: ${shown(file)} already exists; not overwriting it. Delete it first to start over.`)
    return 2
  }
  const minutes = queries.durationMinutes(session)
  io.stdout([
    `Created ${shown(file)} for "${session.title}".`,
    `The presenter timer counts down the ${minutes}-minute slot (from \`session: ${id}\`).`,
    // npm run dev checks the data first and finds a deck of slides/ by its folder's name; a deck kept
    // elsewhere is served by Slidev itself.
    `Preview it: ${slidesDir === DEFAULT_SLIDES_DIR ? `npm run dev -- ${id}` : `node_modules/.bin/slidev ${fromRepoRoot(file)}`}`,
  ].join('\n'))
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const queries = await loadEventQueries('new-talk')
  process.exitCode = typeof queries === 'number' ? queries : await runNewTalk(process.argv.slice(2), {
    stdout: text => process.stdout.write(`${text}\n`),
    stderr: text => process.stderr.write(`${text}\n`),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    cwd: process.cwd(),
  }, queries)
}
