/** How rooms and people are named on slides, the hub and signs: one wording everywhere. */
import type { Person, Room } from './schema.ts'

/** "Room 204" for a numbered room, the name itself otherwise ("Tejas Dining Room"). */
export function roomName(room: Room): string {
  return /^\d/.test(room.name) ? `Room ${room.name}` : room.name
}

/** "Room 204 (Amphitheatre)": the room's name with what people call it on the day. */
export function roomLabel(room: Room): string {
  return room.alias ? `${roomName(room)} (${room.alias})` : roomName(room)
}

/** "Data Engineer · Spotify"; empty when the data knows neither. */
export function affiliationOf(person: Person, separator = ' · '): string {
  return [person.role, person.company].filter(Boolean).join(separator)
}

/** First letter of the first and of the last word: "Kerry Donny-Clark" → "KD", "Zeeshan" → "Z". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return ''
  const first = [...words[0]!][0] ?? ''
  const last = words.length > 1 ? [...words[words.length - 1]!][0] ?? '' : ''
  return (first + last).toUpperCase()
}
