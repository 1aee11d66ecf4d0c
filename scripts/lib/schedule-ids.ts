// Ids both ways between our data and the schedule interchange format: our kebab-case ids from the
// export's names and slugs, and the export's UUIDs from our ids (name-based UUID v5, so the same
// session has the same guid in every export and a re-import recognises it).
import { createHash } from 'node:crypto'

/** `Iñigo San José` -> `inigo-san-jose`; empty when nothing of the text is a letter or a digit. */
export function kebabId(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}

/** RFC 4122 URL namespace: the names below are URNs of our event. */
const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

export function uuidV5(name: string, namespace = NAMESPACE_URL): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest()
  hash[6] = (hash[6]! & 0x0F) | 0x50
  hash[8] = (hash[8]! & 0x3F) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export type ExportedEntity = 'session' | 'room' | 'person'

/** The guid our export gives an entity of the event. */
export function guidOf(eventId: string, entity: ExportedEntity, id: string): string {
  return uuidV5(`urn:${eventId}:${entity}:${id}`)
}

/** The conference acronym of our event: the schema wants `[a-z0-9_]` after the first character. */
export function acronymOf(eventId: string): string {
  return eventId.replace(/-/g, '_')
}

/** The slug our export gives a session: the XSD wants `<acronym>-<name>`. */
export function slugOf(eventId: string, sessionId: string): string {
  return `${acronymOf(eventId)}-${sessionId}`
}
