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

/** "202-204" for rooms named by numbers, "Sala Goya, Sala Miró and Auditorio" otherwise. */
export function roomsPhrase(names: readonly string[]): string {
  const numbers = names.map(name => /^\d+$/.test(name.trim()) ? Number(name) : Number.NaN)
  if (names.length > 1 && numbers.every(Number.isFinite)) return `${Math.min(...numbers)}-${Math.max(...numbers)}`
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
