// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { beamSummit } from '../../data/index.ts'
import { componentFiles, deckProblems, discoverDecks, loadDeck, parseHeadmatter, strayDeckFiles } from '../../scripts/lib/decks.ts'

let root: string
function repo(files: Record<string, string>): string {
  root = mkdtempSync(path.join(os.tmpdir(), 'decks-test-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  return root
}
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('discoverDecks', () => {
  test('a deck is a folder of slides/ with a slides.md, its slug the folder name', () => {
    const decks = discoverDecks(repo({
      'slides/welcome/slides.md': '---\ntitle: Welcome\naddons: [\'../\']\n---\n\n# Hi\n',
      'slides/profiling/slides.md': '---\ntitle: Profiling\n---\n\n# Talk\n',
      'slides/profiling/parts/more.md': '# not a deck of its own',
      'slides/notes.md': 'not a deck: not in a folder',
      'slides/images/chart.png': '',
    }))
    expect(decks.map(d => [d.slug, d.relPath, d.headmatter.title])).toEqual([
      ['profiling', 'slides/profiling/slides.md', 'Profiling'],
      ['welcome', 'slides/welcome/slides.md', 'Welcome'],
    ])
    expect(path.isAbsolute(decks[0]!.file)).toBe(true)
  })

  test('no slides folder, no decks', () => {
    expect(discoverDecks(repo({}))).toEqual([])
  })
})

describe('componentFiles', () => {
  test('classifies a component by its folder: components/ (sub-folders too) is the framework\'s, slides/<slug>/components/ that deck\'s', () => {
    const components = componentFiles(repo({
      'components/SponsorWall.vue': '',
      'components/charts/LineChart.vue': '',
      'components/README.md': 'not a component',
      'slides/keynote/slides.md': '# Keynote\n',
      'slides/keynote/components/PatternCatalog.vue': '',
      'slides/plain/slides.md': '# No components of its own\n',
      'slides/not-a-deck/components/Stray.vue': '',
    }))
    expect(components).toEqual([
      { name: 'LineChart', relPath: 'components/charts/LineChart.vue' },
      { name: 'SponsorWall', relPath: 'components/SponsorWall.vue' },
      { name: 'PatternCatalog', relPath: 'slides/keynote/components/PatternCatalog.vue', deck: 'keynote' },
    ])
  })

  test('no components folder, no framework components', () => {
    expect(componentFiles(repo({ 'slides/keynote/slides.md': '# Keynote\n' }))).toEqual([])
  })
})

describe('parseHeadmatter', () => {
  test('reads the first frontmatter block only', () => {
    expect(parseHeadmatter('---\ntheme: default\n---\n\n# One\n\n---\nlayout: end\n---\n')).toEqual({ theme: 'default' })
    expect(parseHeadmatter('# No headmatter\n')).toEqual({})
  })

  test('names the file on broken YAML', () => {
    expect(() => parseHeadmatter('---\ntitle: [oops\n---\n', 'slides/x.md')).toThrow(/slides\/x\.md: invalid YAML/)
  })
})

describe('deckProblems', () => {
  const addonProblem = (file: string) => `${file}: headmatter field "addons" must be ['../'] (or the closest package.json's slidev.addons) so the project's components, layouts and vite.config.ts load`
  test('the addon must reach the repo root from the deck\'s folder, by its headmatter or the closest package.json', () => {
    const decks = discoverDecks(repo({
      'slides/good/slides.md': `---\naddons: ['../']\n---\n`,
      'slides/bad/slides.md': `---\naddons: ['./']\n---\n`,
      'slides/none/slides.md': `---\ntitle: No addon\n---\n`,
    }))
    const problems = Object.fromEntries(decks.map(d => [d.slug, deckProblems(d, beamSummit, root)]))
    expect(problems).toEqual({ good: [], bad: [addonProblem('slides/bad/slides.md')], none: [addonProblem('slides/none/slides.md')] })

    // slides/package.json names the addon once for every deck of the folder; a package addon is no path to the root.
    writeFileSync(path.join(root, 'slides', 'package.json'), JSON.stringify({ slidev: { addons: ['../', 'slidev-addon-qrcode'] } }))
    expect(decks.flatMap(d => deckProblems(d, beamSummit, root))).toEqual([])
    writeFileSync(path.join(root, 'slides', 'package.json'), JSON.stringify({ slidev: { addons: ['slidev-addon-qrcode'] } }))
    expect(decks.flatMap(d => deckProblems(d, beamSummit, root))).toEqual([addonProblem('slides/bad/slides.md'), addonProblem('slides/none/slides.md')])
  })

  test('the favicon and fonts may be left out (local by default); a CDN favicon, web fonts and an unknown session are refused, naming the file and the field', () => {
    const [deck] = discoverDecks(repo({
      'slides/talk/slides.md': '---\naddons: [\'../\']\nfavicon: https://cdn.example.com/icon.png\nfonts:\n  provider: google\nsession: state-of-the-go-sdk\n---\n',
    }))
    const problems = deckProblems(deck!, beamSummit, root)
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/^slides\/talk\/slides\.md: headmatter field "favicon" must be a local file/)
    expect(problems[1]).toMatch(/^slides\/talk\/slides\.md: headmatter field "fonts\.provider" must be "none"/)
    expect(problems[2]).toMatch(/^slides\/talk\/slides\.md: headmatter field "session": no session "state-of-the-go-sdk" in the programme, data\/programme\.ts \(closest: state-of-the-go-sdk-2022/)
    const [plain] = discoverDecks(repo({ 'slides/talk/slides.md': '---\naddons: [\'../\']\nfonts:\n  sans: Inter\n---\n' }))
    expect(deckProblems(plain!, beamSummit, root)).toEqual([])
  })

  test('every deck of the repository passes', () => {
    expect(discoverDecks().flatMap(deck => deckProblems(deck, beamSummit))).toEqual([])
  })
})

test('loadDeck counts the slides Slidev renders, following src: imports', async () => {
  const [deck] = discoverDecks(repo({
    'slides/welcome/slides.md': '---\ntitle: W\n---\n\n# One\n\n---\nsrc: ./parts/more.md\n---\n\n---\nhide: true\n---\n\n# Hidden\n',
    'slides/welcome/parts/more.md': '# Two\n\n---\nlayout: center\n---\n\n# Three\n',
  }))
  const loaded = await loadDeck(deck!)
  expect(loaded.slides.map(s => [s.no, s.frontmatter.layout])).toEqual([[1, undefined], [2, undefined], [3, 'center']])
  expect(loaded.files.map(f => path.relative(root, f))).toEqual(['slides/welcome/slides.md', 'slides/welcome/parts/more.md'])
})

describe('strayDeckFiles', () => {
  test('names a markdown file left directly in slides/, and the folder it belongs in', () => {
    const dir = repo({ 'slides/welcome/slides.md': '# Welcome\n', 'slides/old-talk.md': '# Old\n' })
    expect(strayDeckFiles(dir)).toEqual(['slides/old-talk.md: a deck is a folder: move it to slides/old-talk/slides.md'])
    expect(discoverDecks(dir).map(deck => deck.slug)).toEqual(['welcome'])
  })
})
