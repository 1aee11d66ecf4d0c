// What every command behind `npm run ...` does with its arguments: a usage error prints the
// message and the usage and exits 2; --help prints the usage and exits 0.

/** A command-line argument the command does not accept. */
export class UsageError extends Error {}

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
