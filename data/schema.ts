import { z } from 'zod'

/**
 * Limits a person would expect of the event's text (listed in the README's "How a fact travels"): the length of a
 * title, a name and a paragraph, and characters that are really text, so that a stray control
 * character never reaches a slide or an .ics file and a zero-width space is not a name.
 */
// Descriptions: real programme exports hold abstracts of 2,000-3,000 characters (31C3 has one of 2,309).
export const TEXT_LIMITS = { name: 100, title: 200, line: 300, paragraph: 4000 } as const

/** C0 and C1 control characters (NUL, BEL, ESC, ...) and the bidirectional overrides, which reorder text unseen. */
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u
/** What a reader sees: anything but spaces, control and format characters (zero-width space, joiners, BOM). */
const VISIBLE = /[^\p{Z}\p{Cc}\p{Cf}\s]/u

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Text of at most `max` characters (code points) that shows something. `multiline` text (a
 * description, a note) may hold line breaks; other text is one line.
 */
function textOf(max: number, { multiline = false } = {}) {
  return z.string().trim().min(1, 'must not be empty').superRefine((value, ctx) => {
    if (value === '') return // said by min(1)
    const length = [...value].length
    if (length > max) ctx.addIssue({ code: 'custom', message: `must be at most ${max} characters (has ${length})` })
    const control = [...value].find(char => CONTROL.test(char) && !(multiline && char === '\n'))
    if (control !== undefined) ctx.addIssue({ code: 'custom', message: `must not contain control characters (has ${codePoint(control)})` })
    else if (!VISIBLE.test(value)) ctx.addIssue({ code: 'custom', message: 'must contain a visible character, not only spaces or zero-width characters' })
  })
}

/** Whether year-month-day is a day of the Gregorian calendar (no 2019-06-31, no 2022-07-32). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** Local wall-clock time in the event's time zone, minute precision: `2022-07-18T10:00`. */
export const localDateTime = z.string().superRefine((value, ctx) => {
  const match = DATE_TIME.exec(value)
  if (!match) return ctx.addIssue({ code: 'custom', message: 'expected local time as YYYY-MM-DDTHH:mm' })
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number]
  if (!isCalendarDay(year, month, day)) ctx.addIssue({ code: 'custom', message: `${value.slice(0, 10)} is not a day of the calendar` })
  else if (hour > 23 || minute > 59) ctx.addIssue({ code: 'custom', message: `${value.slice(11)} is not a time of day (00:00 to 23:59)` })
})
export const localDate = z.string().superRefine((value, ctx) => {
  const match = DATE.exec(value)
  if (!match) return ctx.addIssue({ code: 'custom', message: 'expected a date as YYYY-MM-DD' })
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  if (!isCalendarDay(year, month, day)) ctx.addIssue({ code: 'custom', message: `${value} is not a day of the calendar` })
})

/**
 * An IANA time zone name as written in the tz database (`America/Chicago`, `UTC`): one that Intl
 * knows under that very name. Abbreviations (`CST`) and invented names (`America/Austin`) are
 * refused, with the zone Intl would have guessed when there is one.
 */
export const timeZoneName = z.string().superRefine((value, ctx) => {
  let resolved: string
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone
  } catch {
    return ctx.addIssue({ code: 'custom', message: `"${value}" is not an IANA time zone name, such as "America/Chicago"` })
  }
  if (resolved !== value && !Intl.supportedValuesOf('timeZone').includes(value)) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not an IANA time zone name (did you mean "${resolved}"?)` })
  }
})

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case kebab-case id').max(TEXT_LIMITS.name, `must be at most ${TEXT_LIMITS.name} characters`)
const httpsUrl = z.string().max(TEXT_LIMITS.paragraph, `must be at most ${TEXT_LIMITS.paragraph} characters`).url().refine(url => url.startsWith('https://'), 'links must use https')
/** A name: of a person, a room, an organisation, a city. */
const name = textOf(TEXT_LIMITS.name)
/** A title: of a session, a break, a social event, a link. */
const title = textOf(TEXT_LIMITS.title)
/** One line of other text: a role, a place, an offer. */
const text = textOf(TEXT_LIMITS.line)
/** A description or a note, line breaks allowed. */
const paragraph = textOf(TEXT_LIMITS.paragraph, { multiline: true })
/** The id a schedule export gives an entity (pretalx, frab), kept so a re-import finds it again. */
const guid = z.string().regex(/^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, 'expected a UUID')

/** The site's tracks are not known per session, so only the kind of slot is kept. */
export const sessionKindSchema = z.enum(['welcome', 'keynote', 'talk', 'workshop'])

export const eventSchema = z.object({
  id,
  name,
  edition: name,
  city: name,
  region: name,
  country: name,
  startDate: localDate,
  endDate: localDate,
  timeZone: timeZoneName,
  venueId: id,
  hashtag: text,
  /**
   * The part of every calendar UID after the `@` (default: the event's id). Keep it once calendars
   * are published: subscribers' entries then update instead of appearing twice.
   */
  calendarUidDomain: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'expected lower-case letters, digits, dots and hyphens').max(100).optional(),
  /** What the event is about, in a few words each: the PDFs' keywords, the scaffold's outline. */
  topics: z.array(name).optional(),
  format: text,
  website: httpsUrl,
}).strict()

export const roomSchema = z.object({
  id,
  name,
  /** What people call it on the day, e.g. the keynote room "the Amphitheatre". */
  alias: name.optional(),
  kind: z.enum(['session', 'remote', 'dining', 'outdoor']),
  guid: guid.optional(),
}).strict()

export const venueSchema = z.object({
  id,
  name,
  city: name,
}).strict()

export const editionSchema = z.object({
  id,
  name,
  city: name,
  year: z.number().int(),
  startDate: localDate,
  endDate: localDate,
  venue: text.optional(),
  free: z.boolean(),
}).strict()

export const personSchema = z.object({
  id,
  name,
  role: text.optional(),
  company: name.optional(),
  handle: z.string().regex(/^@\w+$/, 'expected a handle such as @name').optional(),
  guid: guid.optional(),
}).strict()

export const sessionPartSchema = z.object({
  start: localDateTime,
  end: localDateTime,
}).strict()

export const sessionSchema = z.object({
  id,
  title,
  speakerIds: z.array(id),
  roomId: id,
  start: localDateTime,
  end: localDateTime,
  kind: sessionKindSchema,
  /** A session that the schedule shows in separate blocks (e.g. before and after a row boundary). */
  parts: z.array(sessionPartSchema).min(2).optional(),
  description: paragraph.optional(),
  subtitle: title.optional(),
  track: text.optional(),
  /** The call-for-papers tool's own type when it says more than `kind` (e.g. "Lightning talk"). */
  type: text.optional(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a language code such as en or pt-BR').optional(),
  links: z.array(z.object({ label: title, url: httpsUrl }).strict()).optional(),
  guid: guid.optional(),
}).strict()

export const breakSchema = z.object({
  id,
  title,
  kind: z.enum(['meal', 'break']),
  start: localDateTime,
  end: localDateTime,
  roomId: id.optional(),
}).strict()

export const socialEventSchema = z.object({
  id,
  title,
  start: localDateTime,
  /** Open-ended evenings have no announced end. */
  end: localDateTime.optional(),
  place: text,
  offer: text.optional(),
  directionsUrl: httpsUrl.optional(),
}).strict()

export const sponsorTierSchema = z.object({ id, name }).strict()

export const organisationSchema = z.object({
  id,
  name,
  /** A file name in public/logos/; without one, components draw a typographic tile. */
  logo: z.string().regex(/^[\w.-]+\.(svg|png|webp)$/).optional(),
  url: httpsUrl.optional(),
}).strict()

export const sponsorSchema = organisationSchema.extend({ tierId: id }).strict()

export const linkSchema = z.object({
  label: title,
  url: httpsUrl,
  /** Why the address is what it is, when the seed does not give it. */
  note: paragraph.optional(),
}).strict()

export const logisticsSchema = z.object({
  /** Where the session rooms are, said from the audience's seats: "on this floor". */
  roomsArea: text.optional(),
  lunchOptions: z.array(text).min(1).optional(),
  roomSigns: text.optional(),
  restrooms: text.optional(),
  whiteboards: text,
  easelPads: text,
  speakerReminders: z.array(text).min(1),
}).strict()

/** SVG path data: commands and numbers only (it is drawn, never parsed as markup). */
const svgPath = z.string().min(1).max(20_000).regex(/^[MmLlHhVvCcSsQqTtAaZz0-9 .,eE-]+$/, 'expected SVG path data (commands and numbers)')
const unitLength = z.number().positive().max(100_000)

/**
 * An event's wordmark as outlines in font units (y down): ink and beam-coloured paths, an accent
 * rule, and where the live place line ("Austin, 2022") goes. Without one, the wordmark is the
 * event's name set as text.
 */
export const wordmarkSchema = z.object({
  width: unitLength,
  top: z.number().min(-100_000).max(100_000),
  height: unitLength,
  ink: z.array(svgPath).min(1),
  beam: z.array(svgPath),
  rule: z.object({ x: z.number().min(0).max(100_000), width: unitLength }).strict().optional(),
  place: z.object({ x: z.number().min(0).max(100_000), width: unitLength, fontSize: unitLength }).strict(),
}).strict()

const viewBox = z.string().regex(/^-?[0-9.]+ -?[0-9.]+ [0-9.]+ [0-9.]+$/, 'expected an SVG viewBox: "x y width height"')

/**
 * An event's illustration for the dark layouts, as shapes the layouts colour: beams (with their
 * opacity) and their bright cores, the city's outlines, window details, a star and the street.
 */
export const coverArtSchema = z.object({
  viewBox,
  /** The part shown where the art sits in a corner (a closing slide, a photo's stand-in). */
  compactViewBox: viewBox,
  beams: z.array(z.object({ d: svgPath, opacity: z.number().min(0).max(1) }).strict()),
  beamCores: z.array(svgPath),
  city: z.array(svgPath),
  detail: svgPath.optional(),
  star: svgPath.optional(),
  street: svgPath.optional(),
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
  /** The event's brand: its wordmark's outlines (data/brand.ts). */
  brand: z.object({ wordmark: wordmarkSchema.optional(), coverArt: coverArtSchema.optional() }).strict().optional(),
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
