// Serves the built site (dist/) the way a static host would, with each deck's SPA fallback.
//
//   tsx scripts/preview.ts [--port N] [--host H] [--dir D]
//
// /<slug>/<anything> that is not a file is answered with /<slug>/index.html, so deep links into
// a deck (/<slug>/3, /<slug>/presenter/2) load the deck's app, which routes from the URL. The
// export (scripts/export.ts) and the browser tests use the same server (serveDist).
import { existsSync, statSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'
import { parseCommandLine, UsageError } from './lib/cli.ts'
import { readSiteBase, withinBase } from './lib/site-base.ts'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const DIST = path.join(REPO_ROOT, 'dist')
export const DEFAULT_PORT = 4173
export const DEFAULT_HOST = '127.0.0.1'

export interface DistServer {
  server: http.Server
  /** http://host:port, without a trailing slash. */
  origin: string
  /** Where the site is: the origin and the base it was built for (http://host:port/ or http://host:port/conf/2022/). */
  siteUrl: string
  close: () => Promise<void>
}

/** Where a request for `pathname` is answered from when it is not a file: the deck's index.html. */
export function fallbackFor(dir: string, pathname: string): string | undefined {
  const segments = pathname.split('/').filter(Boolean)
  const slug = segments[0]
  if (!slug || slug.startsWith('.') || slug.includes('\\')) return undefined
  // Missing assets stay 404s: only page-like paths fall back to the app.
  if (segments[1] === 'assets' || /\.[a-z0-9]+$/i.test(segments.at(-1) ?? '')) return undefined
  const index = path.join(dir, slug, 'index.html')
  return existsSync(index) ? `/${slug}/index.html` : undefined
}

/**
 * A request handler for `dir`: static files, the per-deck SPA fallback, then a plain 404. A site
 * built for a sub-path (npm run build -- --base /conf/2022/) is served there, as its host would:
 * the top of the host redirects to it, and nothing outside it is served.
 */
export function distHandler(dir: string): http.RequestListener {
  // dev: re-read the folder on each request, so a rebuilt dist/ is served without a restart.
  const serve = sirv(dir, { dev: true, etag: true, dotfiles: false })
  return (req, res) => {
    const requested = new URL(req.url ?? '/', 'http://localhost')
    const base = readSiteBase(dir)
    const inside = withinBase(requested.pathname, base)
    // Dotfiles (the build's SITE_BASE_FILE) are the build's notes, not the site: sirv's dev mode serves them.
    if (inside?.split('/').some(segment => segment.startsWith('.'))) {
      notFound(res)
      return
    }
    if (inside === undefined) {
      if (requested.pathname === '/') {
        res.writeHead(302, { Location: base }).end()
        return
      }
      notFound(res)
      return
    }
    req.url = inside + requested.search
    serve(req, res, () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const fallback = fallbackFor(dir, decodeURIComponent(url.pathname))
      if (fallback && (req.method === 'GET' || req.method === 'HEAD')) {
        req.url = fallback + url.search
        serve(req, res, () => notFound(res))
        return
      }
      notFound(res)
    })
  }
}

function notFound(res: http.ServerResponse): void {
  res.statusCode = 404
  res.setHeader('Content-Type', 'text/plain; charset=utf-8')
  res.end('Not found\n')
}

export class MissingDistError extends Error {
  constructor(dir: string) {
    super(`${path.relative(process.cwd(), dir) || dir}/ does not exist or holds no deck: run npm run build first`)
    this.name = 'MissingDistError'
  }
}

/** Throws MissingDistError unless `dir` is a folder with at least one built deck in it. */
export function assertBuiltDist(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new MissingDistError(dir)
}

/** Starts a static server for `dir` on host:port (port 0: any free port). */
export async function serveDist(dir = DIST, options: { port?: number, host?: string } = {}): Promise<DistServer> {
  assertBuiltDist(dir)
  const host = options.host ?? DEFAULT_HOST
  const server = http.createServer(distHandler(dir))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  return {
    server,
    origin,
    siteUrl: `${origin}${readSiteBase(dir)}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

// ---- CLI --------------------------------------------------------------------------------

const USAGE = `Usage: tsx scripts/preview.ts [--port N] [--host H] [--dir D]
  --port N   port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H   address to listen on (default ${DEFAULT_HOST})
  --dir D    folder to serve (default dist/)
  --help     show this help`

export { UsageError }

export interface PreviewOptions { port: number, host: string, dir: string }

export function parsePreviewArgs(argv: string[]): PreviewOptions | 'help' {
  const options: PreviewOptions = { port: DEFAULT_PORT, host: DEFAULT_HOST, dir: DIST }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--help' || arg === '-h') return 'help'
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => {
      const v = inline ?? argv[++i]
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`)
      return v
    }
    if (flag === '--port' || flag === '-p') {
      const v = value()
      if (!/^\d+$/.test(v) || Number(v) > 65535) throw new UsageError(`--port needs a port number (0-65535), got "${v}"`)
      options.port = Number(v)
    } else if (flag === '--host') {
      options.host = value()
    } else if (flag === '--dir') {
      options.dir = path.resolve(value())
    } else {
      throw new UsageError(`Unknown argument: ${arg}`)
    }
  }
  return options
}

async function main(): Promise<number> {
  const options = parseCommandLine(parsePreviewArgs, USAGE)
  if (typeof options === 'number') return options
  let running: DistServer
  try {
    running = await serveDist(options.dir, { port: options.port, host: options.host })
  } catch (error) {
    if (error instanceof MissingDistError) {
      console.error(error.message)
      return 1
    }
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') {
      console.error(`Port ${options.port} is in use: pass --port N (or --port 0 for any free port)`)
      return 1
    }
    throw error
  }
  console.log(`Serving ${path.relative(process.cwd(), options.dir) || '.'}/ at ${running.siteUrl}  (Ctrl+C to stop)`)
  const stop = () => {
    void running.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return new Promise<number>(() => {}) // serve until stopped
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main()
