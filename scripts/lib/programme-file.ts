// data/programme.ts: the programme part of the event data, written by `npm run import`. One entity
// a line, so a re-import's change reads as a small diff.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ProgrammeFacts } from '../../data/merge-programme.ts'
import { REPO_ROOT } from './decks.ts'

export const PROGRAMME_FILE = path.join(REPO_ROOT, 'data/programme.ts')

export function programmeModuleText(programme: ProgrammeFacts, source: string): string {
  const list = (items: readonly unknown[]) => items.length === 0
    ? '[]'
    : `[\n${items.map(item => `    ${JSON.stringify(item)},`).join('\n')}\n  ]`
  return [
    `// The programme of the event, written by \`npm run import\` from ${source.replace(/[\r\n]/g, ' ')}.`,
    '// Re-import to change it. A re-import keeps what the export does not carry: a room\'s alias and kind,',
    '// a person\'s role, company and handle, a session\'s kind (while its type is unchanged) and parts',
    '// (while its times are). The hand-kept facts are in data/event.ts.',
    'import type { ProgrammeFacts } from \'./merge-programme.ts\'',
    '',
    'export const programme = {',
    `  event: ${JSON.stringify(programme.event)},`,
    `  rooms: ${list(programme.rooms)},`,
    `  people: ${list(programme.people)},`,
    `  sessions: ${list(programme.sessions)},`,
    '} satisfies ProgrammeFacts',
    '',
  ].join('\n')
}

/**
 * Writes every file whole or none of them: each to a temporary file first (a failure there leaves
 * the old files as they were), then all renamed into place.
 */
export function writeFilesWhole(files: ReadonlyArray<readonly [string, string]>): void {
  const temporaries = files.map(([file, text]) => {
    const temporary = `${file}.${process.pid}.tmp`
    mkdirSync(path.dirname(file), { recursive: true }) // a new deck's folder (slides/programme/)
    writeFileSync(temporary, text)
    return temporary
  })
  files.forEach(([file], index) => renameSync(temporaries[index]!, file))
}
