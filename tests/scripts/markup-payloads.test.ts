// @vitest-environment node
// Data that would run if it were markup, through the unit-level paths that write it out: the hub
// page (its components rendered on the server, and the document head), the calendar (.ics text)
// and the PDF metadata. Each output must hold the payload as text, with no element or attribute
// made from it. The hub's components read the sessions' bylines and the schedule from the data
// module itself, so here the payloads reach them through the deck list (titles) and the head;
// the built slides and their notes are checked in the browser by tests/e2e.
import ICAL from 'ical.js'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { Window } from 'happy-dom'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { eventFacts } from '../../data/event.ts'
import { createEventQueries, loadEventData } from '../../data/index.ts'
import HubPage from '../../hub/HubPage.vue'
import { pdfMetadataFor } from '../../scripts/export.ts'
import { buildSessionCalendar } from '../../scripts/lib/calendar.ts'
import { assemblePdf } from '../../scripts/lib/pdf.ts'
import { hubDecks, hubDocument } from '../../scripts/lib/render-hub.ts'

const IMG = '<img src=x onerror=alert(1)>'
const SCRIPT = '</script><script>alert(1)</script>'
const VUE = '{{ 7*7 }}'
const QUOTE = '" onmouseover="alert(1)'

/** The real facts with payloads in a session's title and abstract, its speaker's name and company, its room and the event's edition: all valid text. */
function payloadQueries() {
  const facts = structuredClone(eventFacts) as unknown as {
    event: { edition: string }
    sessions: { id: string, title: string, description?: string, speakerIds: string[], roomId: string }[]
    people: { id: string, name: string, company?: string }[]
    rooms: { id: string, name: string }[]
    editions: { name: string }[]
  }
  const session = facts.sessions.find(item => item.id === 'runinference')!
  session.title = `${IMG} ${VUE}`
  session.description = `${SCRIPT}\nATTACH:https://evil.example/x\n${QUOTE}`
  const speaker = facts.people.find(person => person.id === session.speakerIds[0])!
  speaker.name = `${SCRIPT} ${VUE}`
  speaker.company = QUOTE
  facts.rooms.find(room => room.id === session.roomId)!.name = IMG
  // The event's own edition is named as the event's edition: rename both.
  facts.editions.find(edition => edition.name === facts.event.edition)!.name = `${VUE} ${QUOTE}`
  facts.event.edition = `${VUE} ${QUOTE}`
  return { queries: createEventQueries(loadEventData(facts)), speaker: speaker.name }
}

const { queries, speaker } = payloadQueries()
const sources = [
  { slug: 'runinference', headmatter: { session: 'runinference' } },
  { slug: 'welcome', headmatter: { session: 'welcome' } },
  { slug: 'scratch', headmatter: { title: IMG } },
]

describe('the hub page holds data as text', async () => {
  const decks = hubDecks(sources, queries)
  const appHtml = await renderToString(createSSRApp(HubPage, { decks, scheduleIcs: '/schedule.ics' }))
  const page = hubDocument({
    appHtml, css: '', title: `${queries.event.edition}: slides and schedule`, description: `${queries.event.edition}, ${IMG} ${SCRIPT}`,
    imageAlt: `First slide of “${IMG}”`, image: '/welcome/og.png',
  })
  // Parsed as a browser parses it.
  const document = new new Window().DOMParser().parseFromString(page, 'text/html')

  it('makes no element or attribute of a title, a name or the edition', () => {
    expect(document.querySelectorAll('img, script')).toHaveLength(0)
    const attributes = [...document.querySelectorAll('*')].flatMap(element => [...element.attributes].map(attribute => attribute.name))
    expect(attributes.filter(name => name.startsWith('on') || name.includes('"'))).toEqual([])
  })

  it('shows each payload whole, as text; Vue interpolates nothing from the data', () => {
    // Deck titles (from the data, or a deck's own headmatter) are the cards' headings.
    const headings = [...document.querySelectorAll('h3.deck-card__title')].map(heading => heading.textContent)
    expect(headings).toContain(`${IMG} ${VUE}`)
    expect(headings).toContain(IMG)
    expect(document.title).toBe(`${VUE} ${QUOTE}: slides and schedule`)
    expect(document.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(`${VUE} ${QUOTE}, ${IMG} ${SCRIPT}`)
    expect(document.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')).toBe(`First slide of “${IMG}”`)
  })
})

describe('the calendar holds data as text', () => {
  const ics = buildSessionCalendar('runinference', { queries, dtstamp: new Date('2022-07-01T00:00:00Z') })
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!)

  it('reads back the title, abstract, room and names exactly, with no property made from a line of the abstract', () => {
    expect(event.summary).toBe(`${IMG} ${VUE}`)
    expect(event.description).toContain(`${SCRIPT}\nATTACH:https://evil.example/x\n${QUOTE}`)
    expect(event.description).toContain(speaker)
    expect(event.location.startsWith(`${IMG},`)).toBe(true)
    expect(event.component.getAllProperties('attach')).toHaveLength(0)
    expect(event.component.getAllProperties().map(property => property.name).sort())
      .toEqual(['categories', 'description', 'dtend', 'dtstamp', 'dtstart', 'location', 'summary', 'uid'])
  })

  it('writes the abstract\'s line breaks as \\n, never as lines of the file', () => {
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).not.toMatch(/^ATTACH/m)
    expect(unfolded).toMatch(/^DESCRIPTION:.*\\nATTACH:https:\/\/evil\.example\/x\\n/m)
    expect(unfolded.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f]/)
  })
})

describe('PDF metadata holds data as strings', () => {
  it('title, author, subject and keywords reach the Info dictionary as text strings, read back exactly', async () => {
    const [deck] = hubDecks([sources[0]!], queries)
    const metadata = pdfMetadataFor(deck!, queries)
    expect(metadata.title).toBe(`${IMG} ${VUE}`)
    const page = await PDFDocument.create()
    page.addPage([100, 100])
    const pdf = await PDFDocument.load(await assemblePdf([await page.save()], { ...metadata, keywords: [...metadata.keywords!, ') /JS (app.alert(1)) \\'] }, []), { updateMetadata: false })
    expect(pdf.getTitle()).toBe(metadata.title)
    expect(pdf.getAuthor()).toBe(metadata.author)
    expect(pdf.getSubject()).toBe(metadata.subject)
    expect(pdf.getKeywords()).toContain(') /JS (app.alert(1)) \\')
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict)
    for (const key of ['Title', 'Author', 'Subject', 'Keywords']) {
      const value = info.get(PDFName.of(key))
      expect(value instanceof PDFHexString || value instanceof PDFString, key).toBe(true)
    }
    // A string cannot end early and add keys: the dictionary has the keys assemblePdf sets, no /JS.
    expect(info.keys().map(key => key.asString()).sort()).toEqual(['/Author', '/CreationDate', '/Creator', '/Keywords', '/ModDate', '/Producer', '/Subject', '/Title'])
  })
})
