/**
 * The event data module: the validated facts of Beam Summit 2022 and the questions decks ask of them.
 * Importing it validates `event.ts` (data/event-data.ts); bad data throws an EventDataError naming the entity and field.
 */
import { eventData } from './event-data.ts'
import { createEventQueries } from './queries.ts'

export { eventData }
/** The queries over this event's facts. Components reach them through composables/useEvent.ts. */
export const eventQueries = createEventQueries(eventData)
/** @deprecated the same queries under the event's name; new code says `eventQueries` (or `useEvent()` in a component). */
export const beamSummit = eventQueries

export * from './queries.ts'
export * from './schema.ts'
export * from './time.ts'
export * from './labels.ts'
export { EventDataError, formatIssue, integrityIssues, loadEventData } from './validate.ts'
export type { DataIssue } from './validate.ts'
export * from './pages.ts'
export * from './venue-guide.ts'
