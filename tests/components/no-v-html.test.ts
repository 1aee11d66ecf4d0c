import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// happy-dom gives import.meta.url a non-file scheme; vitest runs from the project root.
const dir = join(process.cwd(), 'components/')
const files = readdirSync(dir).filter(file => file.endsWith('.vue'))
/** A deck's own components (slides/<slug>/components/), relative to the project root. */
const deckComponents = readdirSync(join(process.cwd(), 'slides'), { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .flatMap((entry) => {
    const folder = join('slides', entry.name, 'components')
    try {
      return readdirSync(join(process.cwd(), folder)).filter(file => file.endsWith('.vue')).map(file => join(folder, file))
    } catch {
      return []
    }
  })

/** The event components (other components have their own tests). */
const eventComponents = [
  'EditionTimeline', 'KeynoteList', 'LinkQr', 'NetworkingEvent', 'NowNext', 'OrganisationTile', 'PartnerWall', 'QrCode',
  'ScheduleGrid', 'SpaceNotes', 'SpeakerReminders', 'SpeakerWall', 'SponsorWall', 'TalkPromo', 'VenueGuide',
].map(name => `${name}.vue`)

describe('components', () => {
  it('include every event component', () => {
    expect(files).toEqual(expect.arrayContaining(eventComponents))
  })

  it.each([...files.map(file => join('components', file)), ...deckComponents])('%s renders data as text: no v-html nor innerHTML', (file) => {
    const source = readFileSync(join(process.cwd(), file), 'utf8')
    expect(source).not.toMatch(/v-html|innerHTML|outerHTML/)
  })

  it.each(eventComponents)('%s hotlinks no image and uses no http:// address', (file) => {
    const source = readFileSync(join(dir, file), 'utf8')
    expect(source).not.toMatch(/<img[^>]+src="[a-z]+:/)
    expect(source).not.toMatch(/http:\/\/(?!www\.w3\.org\/2000\/svg)/)
  })

  it.each(eventComponents)('%s is a typed <script setup lang="ts"> component with scoped styles', (file) => {
    const source = readFileSync(join(dir, file), 'utf8')
    expect(source).toContain('<script setup lang="ts">')
    if (source.includes('<style')) expect(source).toContain('<style scoped>')
  })
})
