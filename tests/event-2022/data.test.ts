// The shipped 2022 facts (data/event.ts with data/programme.ts) load and validate as they are.
import { describe, expect, it } from 'vitest'
import { eventFacts } from '../../data/event.ts'
import { loadEventData } from '../../data/index.ts'

describe('the 2022 data', () => {
  it('loads, and comes back as the same facts', () => {
    const data = loadEventData(eventFacts)
    expect(data.sessions).toHaveLength(eventFacts.sessions.length)
    expect(data.event.id).toBe('beam-summit-2022')
    expect(data.sessions.find(s => s.id === 'spanner-change-streams')?.parts).toHaveLength(2)
  })
})
