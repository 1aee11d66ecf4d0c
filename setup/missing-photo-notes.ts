// A preparser extension: a slide whose photo is not in public/photos/ gets "Photo missing:
// public/photos/x.jpg" at the end of its speaker notes, so the speaker sees it in the presenter
// view while the audience sees the designed stand-in (components/PhotoFrame.vue).
// A note is matched with its slide's content by withSlideContent (scripts/lib/slidev-internals.ts:
// Slidev's parser calls transformSlide, then transformNote, slide after slide).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SlidevPreparserExtension } from '@slidev/types'
import { missingPhotoNote, photosIn, slidePhotos } from '../scripts/lib/missing-photos.ts'
import { withSlideContent } from '../scripts/lib/slidev-internals.ts'

const PHOTOS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/photos')

export function missingPhotoNotes(photosDir = PHOTOS): SlidevPreparserExtension {
  return withSlideContent('beam-summit:missing-photo-notes', (note, frontmatter, content) => {
    const wanted = slidePhotos(frontmatter ?? {}, content)
    if (wanted.length === 0) return undefined
    // Read the folder each time: a photo added while `npm run dev` runs clears its note on the next edit.
    const have = new Set(photosIn(photosDir))
    return missingPhotoNote(note, wanted.filter(photo => !have.has(photo)))
  })
}
