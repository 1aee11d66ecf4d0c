import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatMissingPhotos, missingPhotoNote, missingPhotos, photoFileName, slidePhotos } from '../../scripts/lib/missing-photos.ts'
import { missingPhotoNotes } from '../../setup/missing-photo-notes.ts'

const deck = `---
title: A deck
---

# Cover

---
layout: photo-slot
photo: photos/kerry-at-work.jpg
caption: Me at work
---

# Hello

---

# Timeline

<PhotoFrame class="h-48" photo="beam-summit-2018.jpg" caption="2018" />
<PhotoFrame :photo="dynamic" />

---
layout: photo-slot
photo: here.jpg
---
`

describe('missing photos', () => {
  it('names the file as PhotoFrame does', () => {
    expect(photoFileName(' /photos/x.jpg ')).toBe('x.jpg')
    expect(photoFileName('x.jpg')).toBe('x.jpg')
  })

  it('finds the frontmatter photo and the PhotoFrame photos of a slide, not bound expressions', () => {
    expect(slidePhotos({ photo: 'a.jpg' }, '<PhotoFrame photo=\'b.png\' /> <PhotoFrame :photo="c" />')).toEqual(['a.jpg', 'b.png'])
    expect(slidePhotos({}, '# no photo')).toEqual([])
  })

  it('lists each missing photo with its deck and 1-based slide number, skipping the ones present', () => {
    expect(missingPhotos([{ relPath: 'slides/a.md', markdown: deck }], ['here.jpg'])).toEqual([
      { deck: 'slides/a.md', slide: 2, photo: 'kerry-at-work.jpg' },
      { deck: 'slides/a.md', slide: 3, photo: 'beam-summit-2018.jpg' },
    ])
    expect(missingPhotos([{ relPath: 'slides/a.md', markdown: deck }], ['here.jpg', 'kerry-at-work.jpg', 'beam-summit-2018.jpg'])).toEqual([])
  })

  it('says it in one line, or not at all', () => {
    expect(formatMissingPhotos([{ deck: 'slides/a.md', slide: 2, photo: 'x.jpg' }, { deck: 'slides/b.md', slide: 4, photo: 'y.jpg' }]))
      .toBe('photos missing (add them to public/photos/): slides/a.md slide 2 x.jpg, slides/b.md slide 4 y.jpg')
    expect(formatMissingPhotos([])).toBeUndefined()
  })

  it('appends the missing photo to the speaker notes, keeping them', () => {
    expect(missingPhotoNote('Hello! This is me.', ['x.jpg'])).toBe('Hello! This is me.\n\nPhoto missing: public/photos/x.jpg')
    expect(missingPhotoNote(undefined, ['x.jpg'])).toBe('Photo missing: public/photos/x.jpg')
    expect(missingPhotoNote('Notes', [])).toBeUndefined()
  })
})

describe('the missing-photo notes preparser extension', () => {
  it('adds the note to a slide whose photo is absent, and none once the file is there', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'photos-'))
    try {
      const extension = missingPhotoNotes(dir)
      await extension.transformSlide!('# Hello', { photo: 'kerry.jpg' })
      expect(await extension.transformNote!('Hi.', { photo: 'kerry.jpg' })).toBe('Hi.\n\nPhoto missing: public/photos/kerry.jpg')
      await extension.transformSlide!('<PhotoFrame photo="old.jpg" />', {})
      expect(await extension.transformNote!(undefined, {})).toBe('Photo missing: public/photos/old.jpg')
      mkdirSync(dir, { recursive: true })
      writeFileSync(path.join(dir, 'kerry.jpg'), '')
      await extension.transformSlide!('# Hello', { photo: 'kerry.jpg' })
      expect(await extension.transformNote!('Hi.', { photo: 'kerry.jpg' })).toBeUndefined()
      await extension.transformSlide!('# Plain', {})
      expect(await extension.transformNote!('Plain.', {})).toBeUndefined()
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
