// @vitest-environment node
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parseSlide } from '@slidev/parser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { beamSummit } from '../../data/index.ts'
import { addonPathFor, type NewTalkIO, runNewTalk, snippetPathFor } from '../../scripts/new-talk.ts'
import { closestSessions, matchesFilter } from '../../scripts/lib/session-search.ts'
import MarkdownIt from 'markdown-it'
import { compile } from '@vue/compiler-dom'
import { headmatterTitle, highlightSteps, noteText, renderTalkDeck } from '../../scripts/lib/talk-template.ts'

const REPO_ROOT = path.resolve(import.meta.dirname, '../..')

let dir: string
let out: string[]
let err: string[]

function io(overrides: Partial<NewTalkIO> = {}): NewTalkIO {
  return { stdout: text => out.push(text), stderr: text => err.push(text), interactive: false, cwd: dir, ...overrides }
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'new-talk-'))
  out = []
  err = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run new -- <session-id>', () => {
  it('creates the deck of a real session: cover from the data, agenda, code, closing, notes', async () => {
    expect(await runNewTalk(['runinference', '--slides-dir', 'talks'], io(), beamSummit)).toBe(0)
    const file = path.join(dir, 'talks', 'runinference', 'slides.md')
    const markdown = readFileSync(file, 'utf8')
    expect(out.join('\n')).toContain('Created talks/runinference/slides.md')
    // Outside slides/ (here outside the repo), npm run dev does not find it: Slidev serves it.
    expect(out.join('\n')).toContain(`Preview it: node_modules/.bin/slidev ${file}`)

    // Split the way Slidev does: the headmatter is the first slide's frontmatter.
    const parts = markdown.split(/^---$/m)
    const cover = parseSlide(`---${parts[1]}---\n${parts[2]}`)
    expect(cover.frontmatter).toEqual({
      // talks/ is outside slides/, which has slides/package.json's addon: the deck names the root itself.
      addons: [addonPathFor(path.join(dir, 'talks', 'runinference'))],
      title: 'RunInference: Machine Learning Inferences in Beam',
      session: 'runinference',
      layout: 'session-cover',
    })
    expect(cover.note).toContain('Andy Ye')
    expect(cover.note).toContain('12:00–12:25')

    expect(markdown).toContain('# Agenda')
    expect(markdown).toMatch(/^<<< \.\.\/\.\.\/.*snippets\/talk-starter\.py \{all\|1-2\|7\|10\|11\|12\|13\|all\}$/m)
    expect(markdown).toMatch(/^---\nlayout: session-closing\n---$/m)
    // Speaker notes on each of the four slides.
    expect(markdown.match(/<!--\n[\s\S]+?\n-->/g)).toHaveLength(4)
  })

  it('writes no temporary file next to the deck', async () => {
    await runNewTalk(['runinference', '--slides-dir', dir], io(), beamSummit)
    expect(readdirSync(path.join(dir, 'runinference'))).toEqual(['slides.md'])
  })

  it('quotes titles with colons and quotes safely in YAML', async () => {
    expect(await runNewTalk(['houston-apollo-principles', '--slides-dir', dir], io(), beamSummit)).toBe(0)
    const markdown = readFileSync(path.join(dir, 'houston-apollo-principles', 'slides.md'), 'utf8')
    const parts = markdown.split(/^---$/m)
    expect(parseSlide(`---${parts[1]}---\n`).frontmatter.title)
      .toBe('Houston, we\'ve got a problem: 6 principles for pipelines design taken from the Apollo missions')
  })

  it('refuses an unknown id with the 3 closest ids, writing nothing', async () => {
    expect(await runNewTalk(['runinferense', '--slides-dir', dir], io(), beamSummit)).toBe(2)
    const message = err.join('\n')
    expect(message).toContain('unknown session "runinferense"')
    expect(message).toMatch(/Closest session ids:\n {2}runinference +RunInference/)
    expect(message.split('\n').filter(line => /^ {2}\S/.test(line))).toHaveLength(3)
    expect(readdirSync(dir)).toEqual([])
  })

  it('never overwrites an existing deck', async () => {
    const file = path.join(dir, 'runinference', 'slides.md')
    mkdirSync(path.dirname(file))
    writeFileSync(file, 'my talk\n')
    expect(await runNewTalk(['runinference', '--slides-dir', dir], io(), beamSummit)).toBe(2)
    expect(err.join('\n')).toMatch(/runinference\/slides\.md already exists; not overwriting it/)
    expect(readFileSync(file, 'utf8')).toBe('my talk\n')
    expect(readdirSync(path.join(dir, 'runinference'))).toEqual(['slides.md'])
  })

  it('rejects an unknown flag, extra arguments and a missing --slides-dir value, writing nothing', async () => {
    expect(await runNewTalk(['runinference', '--slides-dir', dir, '--force'], io(), beamSummit)).toBe(2)
    expect(err.join('\n')).toMatch(/Unknown option '--force'[\s\S]*Usage: npm run new -- <session-id>/)
    err = []
    expect(await runNewTalk(['runinference', 'welcome', '--slides-dir', dir], io(), beamSummit)).toBe(2)
    expect(err.join('\n')).toContain('Expected one session id, got 2')
    expect(await runNewTalk(['runinference', '--slides-dir'], io(), beamSummit)).toBe(2)
    expect(readdirSync(dir)).toEqual([])
  })

  it('without an id and no terminal, lists the sessions and exits 2', async () => {
    expect(await runNewTalk(['--slides-dir', dir], io(), beamSummit)).toBe(2)
    const message = err.join('\n')
    expect(message).toContain('Usage: npm run new')
    for (const session of beamSummit.allSessions()) expect(message).toContain(`${session.id}  `)
    expect(readdirSync(dir)).toEqual([])
  })

  it('without an id in a terminal, asks, marking sessions that already have a deck', async () => {
    mkdirSync(path.join(dir, 'welcome'))
    writeFileSync(path.join(dir, 'welcome', 'slides.md'), 'x')
    let seen: ReadonlySet<string> | undefined
    const code = await runNewTalk(['--slides-dir', dir], io({
      interactive: true,
      pickSession: async (_sessions, _queries, existing) => {
        seen = existing
        return 'apache-hop'
      },
    }), beamSummit)
    expect(code).toBe(0)
    expect([...seen!]).toEqual(['welcome'])
    expect(existsSync(path.join(dir, 'apache-hop', 'slides.md'))).toBe(true)
  })

  it('writes nothing when the prompt is cancelled', async () => {
    expect(await runNewTalk(['--slides-dir', dir], io({ interactive: true, pickSession: async () => undefined }), beamSummit)).toBe(1)
    expect(readdirSync(dir)).toEqual([])
  })

  it('runs as a script: exit code 2 and the session list when stdin is not a terminal', async () => {
    const run = promisify(execFile)
    const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx')
    const result = await run(tsx, ['scripts/new-talk.ts', '--slides-dir', dir], { cwd: REPO_ROOT }).catch((error: { code: number, stderr: string }) => error)
    expect('code' in result ? result.code : 0).toBe(2)
    expect(result.stderr).toContain('vega-mlops-credit-karma')
    expect(readdirSync(dir)).toEqual([])
  }, 30_000)
})

describe('paths as Slidev resolves them', () => {
  it('points the addon at the repo root from the parent of the deck folder', () => {
    expect(addonPathFor(path.join(REPO_ROOT, 'slides/welcome'), REPO_ROOT)).toBe('../')
    expect(addonPathFor(path.join(REPO_ROOT, 'slides'), REPO_ROOT)).toBe('./')
  })

  it('points the snippet at snippets/ from the deck folder', () => {
    expect(snippetPathFor(path.join(REPO_ROOT, 'slides/welcome'), path.join(REPO_ROOT, 'snippets/talk-starter.py'))).toBe('../../snippets/talk-starter.py')
  })
})

describe('session search', () => {
  const sessions = beamSummit.allSessions()

  it('finds the closest ids to a typo, or ids and titles containing the text', () => {
    expect(closestSessions('runinferense', sessions).map(s => s.id)[0]).toBe('runinference')
    expect(closestSessions('vega', sessions).map(s => s.id)[0]).toBe('vega-mlops-credit-karma')
    expect(closestSessions('Houston', sessions).map(s => s.id)[0]).toBe('houston-apollo-principles')
    expect(closestSessions('x', sessions)).toHaveLength(3)
  })

  it('filters the picker by words of the title or a speaker, ignoring case and accents', () => {
    const hits = (input: string) => sessions.filter(session => matchesFilter(input, session, beamSummit.speakersOf(session))).map(s => s.id)
    expect(hits('wordle')).toEqual(['break-wordle-with-beam'])
    expect(hits('inigo')).toEqual(['break-wordle-with-beam'])
    expect(hits('mazlum asgarde')).toEqual(['asgarde-error-handling'])
    expect(hits('')).toHaveLength(sessions.length)
  })
})

describe('highlightSteps', () => {
  it('steps through the imports, the pipeline and each transform of the starter snippet', () => {
    const source = readFileSync(path.join(REPO_ROOT, 'snippets/talk-starter.py'), 'utf8')
    expect(highlightSteps(source)).toBe('{all|1-2|7|10|11|12|13|all}')
  })
})

describe('a scaffolded deck\'s notes hold the data as text', () => {
  // Slidev renders notes with markdown-it, HTML allowed: a payload that runs if it is markup.
  const payload = '<img src=data:x onerror=alert(1)> *Beam* [x](https://example.com) & `code`'
  const render = (markdown: string) => new MarkdownIt({ html: true }).render(markdown)

  it('escapes a session title and a speaker name that would be markup', () => {
    const session = beamSummit.sessionById('runinference')
    const queries = { ...beamSummit, speakersOf: () => [{ ...beamSummit.speakersOf(session)[0]!, name: payload }] } as typeof beamSummit
    const markdown = renderTalkDeck({ ...session, title: payload }, queries, { addonPath: '../..', snippetPath: '../../snippets/talk-starter.py', snippetSource: 'import apache_beam as beam\n' })
    const notes = markdown.match(/<!--\n([\s\S]+?)\n-->/g)!.map(block => block.slice(5, -4))
    const html = notes.map(render).join('\n')
    expect(html).not.toMatch(/<img|<em>|<a |<code>Beam|<code>code/)
    // What the presenter sees is the text itself.
    const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    // The title on the cover's notes, the speaker in the list of speakers and on the closing notes.
    expect(text.split(payload).length - 1).toBeGreaterThanOrEqual(3)
  })

  it('writes a headmatter title that is text both in the browser tab and as slide 1\'s title', () => {
    const payloads = ['<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', '{{ 7*7 }}', 'AT&T *Beam* [x](javascript:alert(1))', 'Before --- after: ---']
    const session = beamSummit.sessionById('runinference')
    for (const payload of payloads) {
      const markdown = renderTalkDeck({ ...session, title: payload }, beamSummit, { addonPath: '../..', snippetPath: '../../snippets/talk-starter.py', snippetSource: 'import apache_beam as beam\n' })
      const title = parseSlide(`${markdown.split(/^---$/m).slice(0, 2).join('---')}---\n`).frontmatter.title as string
      expect(title).toBe(headmatterTitle(payload))
      // Slide 1's title (overview, navigation): Slidev 52 renders it as markdown with HTML, in a Vue template (/@slidev/title-renderer.md).
      const html = new MarkdownIt({ html: true }).render(title)
      expect(html, payload).not.toMatch(/<img|<script|<a |<em>/)
      const render = compile(html, { mode: 'module' }).code
      expect(render, payload).not.toMatch(/_toDisplayString|_createElementVNode\("(img|script|a)"/)
      expect(html.replace(/<!-- -->/g, '').replace(/&#45;/g, '-').replace(/<\/?p>|\n/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(payload)
      // The tab (getSlideTitle: the inline markdown's text tokens, trimmed, joined by spaces).
      const tab = new MarkdownIt({ html: true }).parseInline(title, {}).map(token => token.children?.filter(child => child.type === 'text' && child.content.trim()).map(child => child.content.trim()).join(' ')).join(' ')
      expect(tab.replace(/\{ \{/g, '{{')).toBe(payload)
    }
  })

  it('noteText leaves plain text alone', () => {
    expect(noteText('RunInference: Machine Learning Inferences in Beam')).toBe('RunInference: Machine Learning Inferences in Beam')
  })
})
