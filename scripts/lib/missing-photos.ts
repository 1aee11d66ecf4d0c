// Which photos the decks ask for that public/photos/ does not hold. A photo slot without its file
// shows a designed stand-in on stage (components/PhotoFrame.vue), never a file name: the team
// learns what is missing here instead, in `npm run build`'s output, `npm run dev`'s console and the
// speaker notes of the slide (setup/missing-photo-notes.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseSync } from '@slidev/parser'

/** A photo a slide asks for that is not in public/photos/. */
export interface MissingPhoto {
  /** The deck's path relative to the repo root, e.g. slides/welcome/slides.md. */
  deck: string
  /** 1-based slide number, as in the deck's address. */
  slide: number
  /** The file name in public/photos/. */
  photo: string
}

/** `photos/x.jpg`, `/photos/x.jpg` and `x.jpg` name the same file (as PhotoFrame reads them). */
export function photoFileName(reference: string): string {
  return reference.trim().replace(/^.*\//, '')
}

// <PhotoFrame photo="x.jpg" ...> in a slide's content (a bound :photo is an expression, not a name).
const PHOTO_FRAME = /<PhotoFrame\b[^>]*?(?<!:)\bphoto\s*=\s*(["'])(.*?)\1/g

/** The photo files one slide asks for: its frontmatter's `photo:` (layout photo-slot) and its PhotoFrames. */
export function slidePhotos(frontmatter: Record<string, unknown>, content: string): string[] {
  const names: string[] = []
  if (typeof frontmatter.photo === 'string' && frontmatter.photo.trim() !== '') names.push(frontmatter.photo)
  for (const match of content.matchAll(PHOTO_FRAME)) if (match[2]!.trim() !== '') names.push(match[2]!)
  return [...new Set(names.map(photoFileName))]
}

/** Every photo the decks ask for that `present` (file names in public/photos/) lacks, in deck and slide order. */
export function missingPhotos(decks: Array<{ relPath: string, markdown: string }>, present: Iterable<string>): MissingPhoto[] {
  const have = new Set(present)
  return decks.flatMap(({ relPath, markdown }) => parseSync(markdown, relPath).slides.flatMap(slide =>
    slidePhotos(slide.frontmatter, slide.content)
      .filter(photo => !have.has(photo))
      .map(photo => ({ deck: relPath, slide: slide.index + 1, photo }))))
}

/** One line for a console: "photos missing: slides/a.md slide 2 x.jpg, ..." (undefined when none is). */
export function formatMissingPhotos(missing: MissingPhoto[], folder = 'public/photos/'): string | undefined {
  if (missing.length === 0) return undefined
  return `photos missing (add them to ${folder}): ${missing.map(item => `${item.deck} slide ${item.slide} ${item.photo}`).join(', ')}`
}

/** The note line a slide's speaker notes get for each photo it lacks. */
export function missingPhotoNote(note: string | undefined, missing: string[], folder = 'public/photos/'): string | undefined {
  if (missing.length === 0) return undefined
  const lines = missing.map(photo => `Photo missing: ${folder}${photo}`).join('\n\n')
  return note && note.trim() !== '' ? `${note.trimEnd()}\n\n${lines}` : lines
}

/** The file names in a photos folder ([] when it does not exist). */
export function photosIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter(entry => entry.isFile()).map(entry => entry.name) : []
}

/** Reads the decks and public/photos/ under `root`: the missing photos of these decks. */
export function scanMissingPhotos(root: string, decks: Array<{ relPath: string }>): MissingPhoto[] {
  const read = decks.map(deck => ({ relPath: deck.relPath, markdown: readFileSync(path.join(root, deck.relPath), 'utf8') }))
  return missingPhotos(read, photosIn(path.join(root, 'public/photos')))
}
