/**
 * This event's facts, validated: the one place `event.ts` (with the imported programme) goes through
 * the schema and the integrity rules. Bad data throws an EventDataError naming the entity and field.
 * A deck's browser bundle gets these facts as the JSON the build validated instead
 * (scripts/lib/prevalidated-data.ts), so zod and the rules stay on the Node side.
 */
import { eventFacts } from './event.ts'
import { issueSourceOf } from './merge-programme.ts'
import { programme } from './programme.ts'
import { loadEventData } from './validate.ts'

// A problem is named in the file it is in: the imported programme or the hand-kept facts.
export const eventData = loadEventData(eventFacts, issueSourceOf(programme, 'data/programme.ts', 'data/event.ts'))
