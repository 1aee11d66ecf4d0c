// The starter deck `npm run new -- <session-id>` writes for a session: cover, agenda, a code slide
// that imports snippets/talk-starter.py with stepped highlighting, and a closing slide. Facts
// about the session (title, speakers, slot) come from the event data module.
import type { EventQueries, Session } from '../../data/index.ts'
import { roomName } from '../../data/labels.ts'
import { clockOf, dateOf, longDateOf } from '../../data/time.ts'

export interface TalkDeckOptions {
  /**
   * The repo root as Slidev resolves addon paths for this deck (relative to the parent of the deck's
   * folder), for a deck that does not get it from the closest package.json; left out, the deck names no addon.
   */
  addonPath?: string
  /** The starter snippet, relative to the deck's folder (Slidev resolves `<<<` paths from there). */
  snippetPath: string
  /** The snippet's source, to place the highlighting steps on its lines. */
  snippetSource: string
}

/** A YAML single-quoted scalar. */
function yamlSingle(text: string): string {
  return `'${text.replace(/'/g, '\'\'')}'`
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function yamlDouble(text: string): string {
  return JSON.stringify(text)
}

/**
 * A fact from the data, as text in the notes: Slidev renders notes as markdown that allows HTML,
 * so a title such as `<img src=x onerror=…>` would run in the presenter view. Escape what
 * markdown or HTML would read: the HTML specials as entities, markdown's inline marks with `\`.
 */
export function noteText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]]/g, '\\$&')
}

/**
 * A session title for the deck's headmatter `title`, which Slidev reads twice: as the browser
 * tab's text (markdown parsed inline, its text kept: entities and `\` escapes decoded, HTML
 * dropped) and as slide 1's title in the overview and navigation, compiled as markdown and then
 * as a Vue template, where `<img …>` would be an element and `{{ … }}` code. So: the notes'
 * escaping, and a comment between the braces of `{{` (the tab shows `{ {`). Slidev's parser
 * also ends the headmatter at any `---`, even inside a quoted value: dashes in runs of three or
 * more become `&#45;`, which both readings show as `-`.
 */
export function headmatterTitle(text: string): string {
  return noteText(text)
    .replace(/\{(?=\{)/g, '{<!-- -->')
    .replace(/-{3,}/g, run => '&#45;'.repeat(run.length))
}

/** Notes are an HTML comment: keep `-->` out of them. */
function note(lines: string[]): string {
  return `<!--\n${lines.join('\n').replace(/--!?>/g, '‐‐>')}\n-->`
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

function lineRange(lines: number[]): string {
  const first = lines[0]!
  const last = lines.at(-1)!
  return first === last ? `${first}` : `${first}-${last}`
}

/**
 * Slidev's stepped highlighting for the starter pipeline (`{all|1-2|7|10|11|12|13|all}`): the
 * imports, the pipeline, then each transform in turn. Line numbers are read from the snippet.
 */
export function highlightSteps(source: string): string {
  const lines = source.split(/\r?\n/)
  const numbered = (test: (line: string) => boolean) => lines.flatMap((line, index) => test(line) ? [index + 1] : [])
  const imports = numbered(line => /^(import|from)\s/.test(line))
  const pipeline = numbered(line => /\bbeam\.Pipeline\(/.test(line))
  const transforms = numbered(line => /^\s*\|/.test(line))
  const steps = ['all']
  if (imports.length > 0) steps.push(lineRange(imports))
  steps.push(...pipeline.map(String), ...transforms.map(String), 'all')
  return `{${steps.join('|')}}`
}

/** The markdown of a new talk deck for `session`. */
export function renderTalkDeck(session: Session, queries: EventQueries, options: TalkDeckOptions): string {
  const speakers = queries.speakersOf(session)
  const names = speakers.map(person => person.name)
  const minutes = queries.durationMinutes(session)
  const room = queries.roomById(session.roomId)
  const slot = `${longDateOf(dateOf(session.start))}, ${clockOf(session.start)}–${clockOf(session.end)}, ${noteText(roomName(room))}`
  const questionsAt = Math.max(minutes - 5, Math.ceil(minutes * 0.8))
  const speakerLines = speakers.map((person) => {
    const about = [person.role, person.company].filter(Boolean).join(', ')
    return `- ${noteText(person.name)}${about ? ` (${noteText(about)})` : ''}`
  })

  const headmatter = [
    '---',
    // A deck in slides/ has the repo root as its addon from slides/package.json; one elsewhere names it.
    ...(options.addonPath === undefined
      ? []
      : [
          '# Slidev resolves addon paths from the parent of this deck\'s folder: this one is the repo root,',
          '# whose layouts/, components/ and setup/ every deck uses.',
          `addons: [${yamlSingle(options.addonPath)}]`,
        ]),
    `title: ${yamlDouble(headmatterTitle(session.title))}`,
    `# The session in data/event.ts: the cover, the closing slide and the presenter countdown (${minutes} min) come from it.`,
    `session: ${session.id}`,
    'layout: session-cover',
    '---',
  ]

  const slides = [
    [
      ...headmatter,
      '',
      note([
        `${noteText(session.title)}.`,
        `${slot}: ${minutes} minutes. The presenter view's timer counts them down: start it (bottom right) as you begin.`,
        `Introduce ${names.length > 1 ? 'yourselves' : 'yourself'}:`,
        ...speakerLines,
      ]),
    ],
    [
      '---',
      '',
      '# Agenda',
      '',
      '1. The problem we set out to solve',
      `2. How we built it${queries.event.topics?.length ? ` with ${queries.event.topics[0]}` : ''}`,
      '3. What we learned',
      '4. Questions',
      '',
      note([
        'Replace this outline with your own.',
        `You have ${minutes} minutes: aim to open questions around minute ${questionsAt}.`,
      ]),
    ],
    [
      '---',
      '',
      '# A first pipeline',
      '',
      `<<< ${options.snippetPath} ${highlightSteps(options.snippetSource)}`,
      '',
      note([
        'Click to step through the pipeline: the imports, the Pipeline, then each transform.',
        'Create makes a small PCollection of lines, FlatMap splits them into words,',
        'Count.PerElement counts each word and Map prints the (word, count) pairs.',
        `Swap in your own code: change the \`<<<\` line to a file of yours under snippets/.`,
      ]),
    ],
    [
      '---',
      'layout: session-closing',
      '---',
      '',
      '# Thank you!',
      '',
      note([
        `Thank the audience${names.length > 0 ? ` on behalf of ${noteText(listNames(names))}` : ''}, then take questions.`,
        `Remind everyone of the survey and of ${noteText(queries.event.hashtag)}.`,
      ]),
    ],
  ]
  return `${slides.map(lines => lines.join('\n')).join('\n\n')}\n`
}
