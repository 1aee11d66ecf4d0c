// Writes the hub page of the decks site: <out>/index.html and its fonts in <out>/_hub/.
//
//   tsx scripts/hub.ts [--out <dir>] [--site-url <https://...>] [--base /path/] [--deck <slug>]...
//
// The page lists every deck in slides/<slug>/ (with its session from the event data),
// links each deck's slides, presenter view, PDF and .ics, and shows the schedule of every day.
// See scripts/lib/render-hub.ts for how it is rendered. Exit codes: 0 written, 1 failed, 2 usage.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { discoverDecks, REPO_ROOT } from './lib/decks.ts'
import { exportedHandouts, renderHub, writeHub } from './lib/render-hub.ts'
import { loadEventQueries, parseCommandLine, readFlags, siteBaseArgument, UsageError } from './lib/cli.ts'
import { ROOT_BASE } from './lib/site-base.ts'

const USAGE = `Usage: tsx scripts/hub.ts [--out <dir>] [--site-url <url>] [--base /path/]
  --out <dir>       folder to write index.html (and _hub/) into (default: dist)
  --site-url <url>  public origin of the site, to make og:image and og:url absolute
                    (default: $SITE_URL, else paths relative to the site root)
  --base /path/     the URL path the site is served from (default /), as npm run build -- --base
  --deck <slug>     list only this deck (repeatable; default: every deck)
  --handouts-from <dir>  link the handouts of the built site in this folder (default: --out)
  --help            show this help`

export { UsageError }

export interface HubOptions { out: string, siteUrl?: string, base: string, only: string[], handoutsFrom?: string }

export function parseHubArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): HubOptions | 'help' {
  const options: HubOptions = { out: path.join(REPO_ROOT, 'dist'), siteUrl: env.SITE_URL || undefined, base: ROOT_BASE, only: [] }
  const help = readFlags(argv, ({ arg, flag, value }) => {
    if (arg === '--help' || arg === '-h') return 'help'
    if (flag === '--out') options.out = path.resolve(value())
    else if (flag === '--site-url') options.siteUrl = value()
    else if (flag === '--deck') options.only.push(value())
    else if (flag === '--base') options.base = siteBaseArgument(value())
    else if (flag === '--handouts-from') options.handoutsFrom = path.resolve(value())
    else throw new UsageError(`Unknown argument: ${arg}`)
  })
  if (help) return help
  if (options.siteUrl !== undefined && !/^https?:\/\/[^/]+/.test(options.siteUrl)) {
    throw new UsageError(`--site-url needs an http(s) origin such as https://decks.example.org, got "${options.siteUrl}"`)
  }
  return options
}

async function main(): Promise<number> {
  const options = parseCommandLine(parseHubArgs, USAGE)
  if (typeof options === 'number') return options
  const queries = await loadEventQueries('hub')
  if (typeof queries === 'number') return queries
  const started = performance.now()
  try {
    const decks = discoverDecks().filter(deck => options.only.length === 0 || options.only.includes(deck.slug))
    const unbuilt = decks.filter(deck => !existsSync(path.join(options.out, deck.slug, 'index.html')))
    if (unbuilt.length > 0) {
      console.warn(`Warning: the hub links decks not built in ${path.relative(process.cwd(), options.out) || '.'}/: ${unbuilt.map(deck => deck.slug).join(', ')}`)
    }
    const hub = await renderHub({ decks, queries, siteUrl: options.siteUrl, base: options.base, handouts: exportedHandouts(options.handoutsFrom ?? options.out, decks) })
    writeHub(options.out, hub)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`Hub page: ${path.relative(process.cwd(), path.join(options.out, 'index.html'))} (${decks.length} decks, ${hub.assets.size} asset files) in ${seconds}s`)
    return 0
  } catch (error) {
    console.error(`Hub page failed: ${(error as Error).stack ?? error}`)
    return 1
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main()
