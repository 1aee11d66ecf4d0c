// The data rules and the markup payloads of tests/e2e/markup-payloads.test.ts: every payload
// there is accepted data (so the browser test shows what the decks do with it), and a link that
// would run script when followed is refused before any deck sees it.
import { describe, expect, test } from 'vitest'
import { eventFacts } from '../../data/event.ts'
import { loadEventData } from '../../data/index.ts'
import { PAYLOAD_TEXT, withMarkupPayloads } from '../fixtures/markup-payloads.ts'

describe('markup payloads and the data rules', () => {
  test('the payload event is valid data: the rules do not refuse text for looking like markup', () => {
    const data = loadEventData(withMarkupPayloads(eventFacts), 'data/event.ts')
    expect(data.links.survey).toMatchObject({ label: PAYLOAD_TEXT.linkLabel, url: PAYLOAD_TEXT.linkUrl })
    expect(data.sessions.find(s => s.id === 'runinference')?.title).toBe(PAYLOAD_TEXT.sessionTitle)
  })

  test.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://beamsummit.org/'])(
    'a link to %s is refused, naming the link and its field',
    (url) => {
      const facts = withMarkupPayloads(eventFacts)
      facts.links.survey = { ...facts.links.survey, url }
      expect(() => loadEventData(facts, 'data/event.ts')).toThrow('data/event.ts: links, field "survey.url": links must use https')
    },
  )
})
