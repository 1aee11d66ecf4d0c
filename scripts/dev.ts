// Serves one deck with Slidev's dev server: `npm run dev -- <slug or path> [slidev options]`.
// Without a deck it serves the welcome deck (`npm start`: the welcome deck on port 3030).
// The event data is checked first: bad data is its one-line message and exit 1, before Slidev starts.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { loadEventQueries } from './lib/cli.ts'
import { discoverDecks, REPO_ROOT } from './lib/decks.ts'
import { formatMissingPhotos, scanMissingPhotos } from './lib/missing-photos.ts'

if (typeof await loadEventQueries('dev') === 'number') process.exit(1)
const [wanted = 'welcome', ...slidevArgs] = process.argv.slice(2)
const decks = discoverDecks()
const deck = decks.find(d => d.slug === wanted || d.relPath === wanted || [d.file, path.dirname(d.file)].includes(path.resolve(wanted)))
if (!deck) {
  console.error(`No deck "${wanted}". Decks: ${decks.map(d => d.slug).join(', ') || 'none'}`)
  process.exit(2)
}
const photos = formatMissingPhotos(scanMissingPhotos(REPO_ROOT, [deck]))
if (photos) console.warn(photos)
const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs'), deck.file, ...slidevArgs], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
})
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
