// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { injectPreparserExtensionLoader, load } from '@slidev/parser/fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import preparserSetup from '../../setup/preparser.ts'
import { SlotTimerError, slotTimerFor } from '../../scripts/lib/slot-timer.ts'

describe('slotTimerFor: headmatter → presenter timer', () => {
  it('counts down a 25-minute slot from 25min', () => {
    expect(slotTimerFor({ session: 'runinference' }, { deck: 'slides/talks/runinference.md' }))
      .toEqual({ duration: '25min', timer: 'countdown' })
  })

  it('counts down a 50-minute slot from 50min', () => {
    expect(slotTimerFor({ session: 'vega-mlops-credit-karma' }, { deck: 'x.md' }))
      .toEqual({ duration: '50min', timer: 'countdown' })
  })

  it('takes the whole span of a session shown in parts, and the welcome\'s 10 minutes', () => {
    expect(slotTimerFor({ session: 'spanner-change-streams' }, { deck: 'x.md' })?.duration).toBe('105min')
    expect(slotTimerFor({ session: 'welcome' }, { deck: 'x.md' })?.duration).toBe('10min')
  })

  it('leaves a deck without a session alone', () => {
    expect(slotTimerFor({ title: 'Organizers' }, { deck: 'x.md' })).toBeUndefined()
    expect(slotTimerFor({}, { deck: 'x.md' })).toBeUndefined()
    expect(slotTimerFor(undefined, { deck: 'x.md' })).toBeUndefined()
  })

  it('keeps what the author set', () => {
    expect(slotTimerFor({ session: 'runinference', duration: '20min' }, { deck: 'x.md' })).toEqual({ timer: 'countdown' })
    expect(slotTimerFor({ session: 'runinference', timer: 'stopwatch' }, { deck: 'x.md' })).toEqual({ duration: '25min' })
  })

  it('refuses an unknown session, naming the deck, the id and the closest ids', () => {
    const attempt = () => slotTimerFor({ session: 'runinferense' }, { deck: path.join(process.cwd(), 'slides/talks/mine.md') })
    expect(attempt).toThrow(SlotTimerError)
    expect(attempt).toThrow(/^slides\/talks\/mine\.md: headmatter "session: runinferense" names no session .*Closest session ids: runinference,/)
  })

  it('refuses a session that is not an id', () => {
    expect(() => slotTimerFor({ session: 42 }, { deck: 'x.md' })).toThrow(/x\.md: headmatter "session" must be a session id, got 42/)
  })
})

describe('setup/preparser.ts in Slidev\'s parser', () => {
  let dir: string
  const deck = (name: string, text: string) => {
    const file = path.join(dir, name)
    writeFileSync(file, text)
    return file
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'slot-timer-'))
    // What @slidev/cli's setupPreparser() does for each root that has setup/preparser.ts.
    injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) => preparserSetup({ headmatter, filepath, mode }))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('puts the countdown into the headmatter Slidev resolves the config from', async () => {
    const text = '---\ntheme: default\nsession: runinference\nlayout: cover\n---\n\n# Hi\n\n---\nsession: vega-mlops-credit-karma\n---\n\n# Two\n'
    const file = deck('talk.md', text)
    const loaded = await load({ userRoot: dir, roots: [dir] }, file)
    expect(loaded.headmatter).toMatchObject({ session: 'runinference', duration: '25min', timer: 'countdown' })
    // Only the headmatter: a later slide's frontmatter is not touched.
    expect(loaded.slides[1]!.frontmatter).toEqual({ session: 'vega-mlops-credit-karma' })
    // The file text is untouched, so Slidev's editor never writes the injected keys back.
    expect(loaded.slides[0]!.source.raw).not.toContain('duration')
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('lets an explicit duration win', async () => {
    const loaded = await load({ userRoot: dir, roots: [dir] }, deck('own.md', '---\nsession: runinference\nduration: 18min\n---\n\n# Hi\n'))
    expect(loaded.headmatter).toMatchObject({ duration: '18min', timer: 'countdown' })
  })

  it('does nothing for a deck without a session', async () => {
    const loaded = await load({ userRoot: dir, roots: [dir] }, deck('plain.md', '---\ntheme: default\n---\n\n# Hi\n'))
    expect(loaded.headmatter.duration).toBeUndefined()
    expect(loaded.headmatter.timer).toBeUndefined()
  })

  it('puts a page title template holding the deck\'s title as typed into the headmatter', async () => {
    const title = 'Welcome <img src=x onerror=alert(1)> {{ 7*7 }}'
    const loaded = await load({ userRoot: dir, roots: [dir] }, deck('titled.md', `---\ntitle: ${JSON.stringify(title)}\n---\n\n# Hi\n\n---\ntitle: Two\n---\n`))
    expect(loaded.headmatter).toMatchObject({ title, titleTemplate: `${title} - Slidev` })
    // The title itself, and a later slide, are left alone.
    expect(loaded.slides[0]!.title).toBe(title)
    expect(loaded.slides[1]!.frontmatter).toEqual({ title: 'Two' })
  })

  it('fails the load for an unknown session, naming the deck and the id', async () => {
    const file = deck('typo.md', '---\nsession: vega-mlops\n---\n\n# Hi\n')
    await expect(load({ userRoot: dir, roots: [dir] }, file)).rejects.toThrow(/typo\.md: headmatter "session: vega-mlops" names no session.*vega-mlops-credit-karma/)
  })
})
