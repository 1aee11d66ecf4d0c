// The one way a component or layout reaches the event: its queries (by id, by day, now/next), the
// data module's event unless an ancestor provides another. A test (or a host showing a second event)
// hands components any event with `provide(EVENT_KEY, createEventQueries(loadEventData(facts)))`, or
// in @vue/test-utils `mount(C, { global: { provide: { [EVENT_KEY]: queries } } })`.
//
// Slidev auto-imports components only: import it by path, e.g. `import { useEvent } from '../composables/useEvent.ts'`.
import { hasInjectionContext, inject, type InjectionKey } from 'vue'
import { eventQueries, type EventQueries } from '../data/index.ts'

export const EVENT_KEY: InjectionKey<EventQueries> = Symbol('event queries')

/** The event this component shows: what an ancestor provides, else the data module's (also outside a component's setup). */
export function useEvent(): EventQueries {
  return hasInjectionContext() ? inject(EVENT_KEY, eventQueries) : eventQueries
}
