// What every command behind `npm run ...` does with its arguments: a usage error prints the
// message and the usage and exits 2; --help prints the usage and exits 0.
import type { EventQueries } from '../../data/queries.ts'
import { EventDataError } from '../../data/validate.ts'
import { siteBaseProblem } from './site-base.ts'

/** A command-line argument the command does not accept. */
export class UsageError extends Error {}

/** The value of a command's --base (scripts/lib/site-base.ts), or a usage error saying what is wrong with it. */
export function siteBaseArgument(value: string | undefined): string {
  const problem = value === undefined ? 'needs a value' : siteBaseProblem(value)
  if (problem) throw new UsageError(`--base ${value === undefined ? '' : `"${value}" `}${problem}`)
  return value!
}

/** The parsed options, or the exit code when there is nothing more to do (help, or a usage error). */
export function parseCommandLine<T>(parse: (argv: string[]) => T | 'help', usage: string, argv = process.argv.slice(2)): T | number {
  try {
    const options = parse(argv)
    if (options !== 'help') return options
    console.log(usage)
    return 0
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`${error.message}\n\n${usage}`)
    return 2
  }
}

/** One command-line argument: its flag, and its value read from `--flag=value` or the next argument. */
export interface Flag {
  arg: string
  flag: string
  /** True for `--flag=value`, so a bare switch can refuse a value. */
  inline: boolean
  /** The flag's value; a UsageError when there is none (an option that follows does not count). */
  value: () => string
}

/** Walks argv flag by flag; `visit` returns 'help' to stop there. */
export function readFlags(argv: readonly string[], visit: (flag: Flag) => void | 'help'): 'help' | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const flag = eq > 0 ? arg.slice(0, eq) : arg
    const value = () => {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i]
      if (v === undefined || v === '' || (eq < 0 && v.startsWith('-'))) throw new UsageError(`${flag} needs a value`)
      return v
    }
    if (visit({ arg, flag, inline: eq > 0, value }) === 'help') return 'help'
  }
  return undefined
}

/**
 * The event's queries, loaded when the command runs rather than when its module is imported: bad
 * data is then the data's own lines (file, entity and field, one line per issue) and exit code 1,
 * not a stack trace thrown from an import before the command's error handling. Commands take no
 * static import of data/index.ts (whose import validates) for this reason.
 */
export async function loadEventQueries(
  command: string,
  stderr: (text: string) => void = text => process.stderr.write(`${text}\n`),
): Promise<EventQueries | number> {
  try {
    return (await import('../../data/index.ts')).eventQueries
  } catch (error) {
    if (!(error instanceof EventDataError)) throw error
    stderr(`${error.message}\n${command}: stopped on invalid event data; nothing written.`)
    return 1
  }
}
