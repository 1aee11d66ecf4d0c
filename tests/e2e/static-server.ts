// Serves dist/ like the real host: /<slug>/... from dist/<slug>/, falling back to that deck's
// index.html for client-side routes such as /<slug>/7 (Slidev uses HTML5 history routing);
// anything else from the top of dist/.
import { readdirSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import sirv from 'sirv'

export interface StaticServer {
  origin: string
  close: () => Promise<void>
}

export async function serveDist(dist: string): Promise<StaticServer> {
  const decks = new Map(
    readdirSync(dist, { withFileTypes: true })
      .filter(entry => entry.isDirectory())
      .map(entry => [entry.name, sirv(path.join(dist, entry.name), { single: true, dev: true, etag: false })]),
  )
  // Files at the top of dist/ (a hub page, calendars) are served as they are, without fallback.
  const topLevel = sirv(dist, { dev: true, etag: false })
  const notFound = (res: ServerResponse) => () => {
    res.writeHead(404).end()
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const slug = url.pathname.split('/')[1] ?? ''
    const handler = decks.get(slug)
    if (!handler) {
      topLevel(req, res, notFound(res))
      return
    }
    // sirv serves paths relative to the deck folder.
    req.url = url.pathname.slice(slug.length + 1) + url.search || '/'
    handler(req, res, notFound(res))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close(error => (error ? reject(error) : resolve()))),
  }
}
