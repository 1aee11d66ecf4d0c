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
