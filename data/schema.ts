import { z } from 'zod'

/** Local wall-clock time in the event's time zone, minute precision: `2022-07-18T10:00`. */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected local time as YYYY-MM-DDTHH:mm')
export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case kebab-case id')
const httpsUrl = z.string().url().refine(url => url.startsWith('https://'), 'links must use https')
const text = z.string().trim().min(1, 'must not be empty')
/** The id a schedule export gives an entity (pretalx, frab), kept so a re-import finds it again. */
const guid = z.string().regex(/^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, 'expected a UUID')

/** The site's tracks are not known per session, so only the kind of slot is kept. */
export const sessionKindSchema = z.enum(['welcome', 'keynote', 'talk', 'workshop'])

export const eventSchema = z.object({
  id,
  name: text,
  edition: text,
  city: text,
  region: text,
  country: text,
  startDate: localDate,
  endDate: localDate,
  timeZone: text,
  venueId: id,
  hashtag: text,
  format: text,
  website: httpsUrl,
}).strict()

export const roomSchema = z.object({
  id,
  name: text,
  /** What people call it on the day, e.g. the keynote room "the Amphitheatre". */
  alias: text.optional(),
  kind: z.enum(['session', 'remote', 'dining', 'outdoor']),
  guid: guid.optional(),
}).strict()

export const venueSchema = z.object({
  id,
  name: text,
  city: text,
}).strict()

export const editionSchema = z.object({
  id,
  name: text,
  city: text,
  year: z.number().int(),
  startDate: localDate,
  endDate: localDate,
  venue: text.optional(),
  free: z.boolean(),
}).strict()

export const personSchema = z.object({
  id,
  name: text,
  role: text.optional(),
  company: text.optional(),
  handle: z.string().regex(/^@\w+$/, 'expected a handle such as @name').optional(),
  guid: guid.optional(),
}).strict()

export const sessionPartSchema = z.object({
  start: localDateTime,
  end: localDateTime,
}).strict()

export const sessionSchema = z.object({
  id,
  title: text,
  speakerIds: z.array(id),
  roomId: id,
  start: localDateTime,
  end: localDateTime,
  kind: sessionKindSchema,
  /** A session that the schedule shows in separate blocks (e.g. before and after a row boundary). */
  parts: z.array(sessionPartSchema).min(2).optional(),
  description: text.optional(),
  subtitle: text.optional(),
  track: text.optional(),
  /** The call-for-papers tool's own type when it says more than `kind` (e.g. "Lightning talk"). */
  type: text.optional(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a language code such as en or pt-BR').optional(),
  links: z.array(z.object({ label: text, url: httpsUrl }).strict()).optional(),
  guid: guid.optional(),
}).strict()

export const breakSchema = z.object({
  id,
  title: text,
  kind: z.enum(['meal', 'break']),
  start: localDateTime,
  end: localDateTime,
  roomId: id.optional(),
}).strict()

export const socialEventSchema = z.object({
  id,
  title: text,
  start: localDateTime,
  /** Open-ended evenings have no announced end. */
  end: localDateTime.optional(),
  place: text,
  offer: text.optional(),
  directionsUrl: httpsUrl.optional(),
}).strict()

export const sponsorTierSchema = z.object({ id, name: text }).strict()

export const organisationSchema = z.object({
  id,
  name: text,
  /** A file name in public/logos/; without one, components draw a typographic tile. */
  logo: z.string().regex(/^[\w.-]+\.(svg|png|webp)$/).optional(),
  url: httpsUrl.optional(),
}).strict()

export const sponsorSchema = organisationSchema.extend({ tierId: id }).strict()

export const linkSchema = z.object({
  label: text,
  url: httpsUrl,
  /** Why the address is what it is, when the seed does not give it. */
  note: text.optional(),
}).strict()

export const logisticsSchema = z.object({
  lunchOptions: z.array(text).min(1),
  roomSigns: text,
  restrooms: text,
  whiteboards: text,
  easelPads: text,
  speakerReminders: z.array(text).min(1),
}).strict()

export const eventDataSchema = z.object({
  event: eventSchema,
  venue: venueSchema,
  rooms: z.array(roomSchema).min(1),
  editions: z.array(editionSchema),
  organizerIds: z.array(id).min(1),
  people: z.array(personSchema),
  sessions: z.array(sessionSchema),
  breaks: z.array(breakSchema),
  socialEvents: z.array(socialEventSchema),
  sponsorTiers: z.array(sponsorTierSchema).min(1),
  sponsors: z.array(sponsorSchema),
  partners: z.array(organisationSchema),
  links: z.object({ survey: linkSchema, jobs: linkSchema, website: linkSchema }).strict(),
  logistics: logisticsSchema,
}).strict()

/**
 * The programme part of the event: what `npm run import` takes from a schedule export and writes to
 * data/programme.ts. data/event.ts keeps the rest by hand and merges the two (data/merge-programme.ts).
 */
export const programmeSchema = z.object({
  event: eventSchema.pick({ edition: true, startDate: true, endDate: true, timeZone: true }).strict(),
  rooms: z.array(roomSchema),
  people: z.array(personSchema),
  sessions: z.array(sessionSchema),
}).strict()

export type EventData = z.infer<typeof eventDataSchema>
export type Programme = z.infer<typeof programmeSchema>
export type EventInfo = z.infer<typeof eventSchema>
export type Room = z.infer<typeof roomSchema>
export type Venue = z.infer<typeof venueSchema>
export type Edition = z.infer<typeof editionSchema>
export type Person = z.infer<typeof personSchema>
export type Session = z.infer<typeof sessionSchema>
export type SessionPart = z.infer<typeof sessionPartSchema>
export type SessionKind = z.infer<typeof sessionKindSchema>
export type Break = z.infer<typeof breakSchema>
export type SocialEvent = z.infer<typeof socialEventSchema>
export type SponsorTier = z.infer<typeof sponsorTierSchema>
export type Sponsor = z.infer<typeof sponsorSchema>
export type Organisation = z.infer<typeof organisationSchema>
export type Link = z.infer<typeof linkSchema>
export type Logistics = z.infer<typeof logisticsSchema>
