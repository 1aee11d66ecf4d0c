// What the welcome deck's "where to go" list says, from any event's data: the rooms the first day's
// sessions use, where keynotes are, when and where lunch is, and the venue notes the organizers typed.
// Every line is left out when the event has nothing for it (no keynotes, no meal, no lunch boxes).
import { joinList } from './queries.ts'
import type { EventQueries } from './queries.ts'
import { clockOf, clockRange12 } from './time.ts'

export interface VenueGuideLines {
  /** Where the first day's sessions are: "on this floor across 202-204" (the area when the data says it). */
  sessionsWhere: string
  keynoteRoom?: string
  lunch?: { time: string, room?: string, options?: string }
  roomSigns?: string
  restrooms?: string
}

/** Most room names the guide lists one by one; more are counted ("across 10 rooms"), as a slide holds a short line. */
export const LISTED_ROOMS = 4

/**
 * The rooms in a few words: "202-204" when every name starts with its number ("204", "204 Amphitheatre"),
 * "Sala Goya, Sala Miró and Sala Sorolla" for a few named rooms, "10 rooms" for many.
 */
export function roomsPhrase(names: readonly string[]): string {
  const numbers = names.map(name => /^\d+/.exec(name.trim())?.[0]).map(Number)
  if (names.length > 1 && numbers.every(Number.isFinite)) return `${Math.min(...numbers)}-${Math.max(...numbers)}`
  if (names.length > LISTED_ROOMS) return `${names.length} rooms`
  return joinList(names, ' and ')
}

export function venueGuideLines(event: EventQueries): VenueGuideLines {
  const firstDay = event.eventDays()[0]!.date
  const sessionRooms = event.roomsOn(firstDay).filter(room => room.kind === 'session')
  const keynote = event.keynotes()[0]
  const keynoteRoom = keynote ? event.roomById(keynote.roomId) : undefined
  const meal = event.breaksOn(firstDay).find(item => item.kind === 'meal')
  const logistics = event.logistics()
  return {
    sessionsWhere: [logistics.roomsArea, `across ${roomsPhrase(sessionRooms.map(room => room.name))}`].filter(Boolean).join(' '),
    keynoteRoom: keynoteRoom ? keynoteRoom.alias ?? keynoteRoom.name : undefined,
    lunch: meal?.end === undefined ? undefined : {
      time: clockRange12(clockOf(meal.start), clockOf(meal.end), { compact: true }),
      room: meal.place,
      options: logistics.lunchOptions?.length ? joinList(logistics.lunchOptions, ' and ') : undefined,
    },
    roomSigns: logistics.roomSigns,
    restrooms: logistics.restrooms,
  }
}
