/**
 * The event data module: the validated facts of Beam Summit 2022 and the questions decks ask of them.
 * Importing it validates `event.ts`; bad data throws an EventDataError naming the entity and field.
 */
import { eventFacts } from './event'
import { createEventQueries } from './queries'
import { loadEventData } from './validate'

export const eventData = loadEventData(eventFacts, 'data/event.ts')
export const beamSummit = createEventQueries(eventData)

export * from './queries'
export * from './schema'
export * from './time'
export * from './labels'
export { EventDataError, formatIssue, integrityIssues, loadEventData } from './validate'
export type { DataIssue } from './validate'
