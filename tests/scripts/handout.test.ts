import { describe, expect, it } from 'vitest'
import { altTextProblems, type FigureInfo } from '../../scripts/lib/alt-text.ts'
import { handoutFileName, handoutFirstPages, noteParagraphs } from '../../scripts/lib/handout.ts'

describe('noteParagraphs', () => {
  it('turns markdown notes into plain paragraphs, one per list item', () => {
    expect(noteParagraphs('Say **hello**.\nThen _pause_.\n\n- first `item`\n- [the site](https://beamsummit.org/)\n\n1. numbered')).toEqual([
      'Say hello. Then pause.',
      '• first item',
      '• the site (https://beamsummit.org/)',
      '1. numbered',
    ])
  })

  it('keeps markup out: tags and comments dropped, their text kept as text', () => {
    expect(noteParagraphs('<script>alert(1)</script> <b>Bold</b> <!-- hidden -->\n\n## Heading')).toEqual(['alert(1) Bold', 'Heading'])
  })

  it('leaves the team-only "Photo missing:" lines out, and gives nothing for no notes', () => {
    expect(noteParagraphs('Photo missing: venue.jpg\n\nTell the room about the venue.')).toEqual(['Tell the room about the venue.'])
    expect(noteParagraphs(undefined)).toEqual([])
    expect(noteParagraphs('  \n\n')).toEqual([])
  })
})

describe('handoutFirstPages', () => {
  it('starts each slide on a new page, after the pages the slides before it took', () => {
    expect(handoutFirstPages([1, 1, 2, 1])).toEqual([0, 1, 2, 4])
    expect(handoutFirstPages([0, 1])).toEqual([0, 1])
    expect(handoutFileName('welcome')).toBe('welcome-handout.pdf')
  })
})

describe('altTextProblems', () => {
  const figure = (over: Partial<FigureInfo>): FigureInfo => ({ slide: 3, kind: 'img', element: '<img src="/photos/venue.jpg">', name: '', decorative: false, ...over })

  it('names the deck, the slide and the element without alternative text', () => {
    expect(altTextProblems('slides/welcome.md', [figure({})])).toEqual(['slides/welcome.md: slide 3: <img src="/photos/venue.jpg"> has no alternative text'])
    expect(altTextProblems('slides/welcome.md', [figure({ kind: 'svg', element: '<svg class="chart">', name: '  \n ' })])).toHaveLength(1)
  })

  it('accepts named figures and decorative ones', () => {
    expect(altTextProblems('slides/x.md', [figure({ name: 'The venue' }), figure({ decorative: true }), figure({ kind: 'canvas', element: '<canvas>', name: 'Throughput chart' })])).toEqual([])
  })

  it('wants a QR code\'s name to carry its address', () => {
    const qr = figure({ kind: 'qr', element: 'QR code for https://beamsummit.org/', url: 'https://beamsummit.org/' })
    expect(altTextProblems('slides/x.md', [{ ...qr, name: 'QR code for https://beamsummit.org/' }])).toEqual([])
    expect(altTextProblems('slides/x.md', [{ ...qr, name: 'QR code' }])[0]).toMatch(/^slides\/x\.md: slide 3: QR code for https:\/\/beamsummit\.org\/ has no alternative text giving its address/)
    expect(altTextProblems('slides/x.md', [qr])[0]).toMatch(/has no alternative text$/)
  })
})
