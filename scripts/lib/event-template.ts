// `npm run import -- <file> --new-event`: a new event from a schedule export. The export carries the
// programme and little else, so the hand-kept facts start from this template: the title, dates and
// time zone from the export (in data/programme.ts), and for everything else either nothing (no
// sponsors, breaks, socials or past editions) or a placeholder the organizer replaces. Placeholders
// say so in their text, so a deck built before they are replaced shows that they are placeholders
// rather than a made-up fact.
import type { HandKeptFacts, ProgrammeFacts } from '../../data/merge-programme.ts'
import { dateOf, dateRangeOf, longDateOf } from '../../data/time.ts'
import { kebabId } from './schedule-ids.ts'
import { noteText } from './talk-template.ts'

/** The text of every placeholder: what to put there is the field's name, listed by the import. */
export const PLACEHOLDER = 'To be filled in (data/event.ts)'

/** The hand-kept fields the template cannot know, for the import to list. */
export const PLACEHOLDER_FIELDS = [
  'event.city', 'event.region', 'event.country', 'event.hashtag', 'event.format', 'venue.name', 'venue.city',
  'people (the organizers, named in organizerIds)', 'links.survey', 'links.jobs', 'logistics',
]

const PLACEHOLDER_URL = 'https://example.org/'

/** The event's id from its title: `Chaos Communication Camp 2019` -> `chaos-communication-camp-2019`. */
export function newEventId(title: string): string {
  return kebabId(title) || 'event'
}

/** The hand-kept facts of a new event called `title`, with its website when the export gives one. */
export function newEventHandKept(title: string, website?: string): HandKeptFacts {
  const site = website?.startsWith('https://') ? website : undefined
  const link = (label: string) => ({ label, url: site ?? PLACEHOLDER_URL, note: `${PLACEHOLDER}: the address of the ${label.toLowerCase()}` })
  return {
    event: {
      id: newEventId(title), name: title, city: PLACEHOLDER, region: PLACEHOLDER, country: PLACEHOLDER, venueId: 'venue',
      hashtag: PLACEHOLDER, format: PLACEHOLDER, website: site ?? PLACEHOLDER_URL,
    },
    venue: { id: 'venue', name: PLACEHOLDER, city: PLACEHOLDER },
    rooms: [],
    editions: [],
    organizerIds: ['organizers'],
    people: [{ id: 'organizers', name: 'The organizers' }],
    breaks: [],
    socialEvents: [],
    sponsorTiers: [{ id: 'sponsors', name: 'Sponsors' }],
    sponsors: [],
    partners: [],
    links: { website: link('Website'), survey: link('Survey'), jobs: link('Job openings') },
    logistics: {
      lunchOptions: [PLACEHOLDER], roomSigns: PLACEHOLDER, restrooms: PLACEHOLDER, whiteboards: PLACEHOLDER, easelPads: PLACEHOLDER,
      speakerReminders: [PLACEHOLDER],
    },
  }
}

/** data/event.ts of a new event: the hand-kept facts, merged with data/programme.ts. */
export function eventModuleText(handKept: HandKeptFacts, source: string): string {
  return [
    `// The hand-kept facts of ${handKept.event.name.replace(/[\r\n]/g, ' ')}, started by \`npm run import -- --new-event\``,
    `// from ${source.replace(/[\r\n]/g, ' ')}. Replace every "${PLACEHOLDER}" and the example.org`,
    '// addresses; add the organizers to people, and sponsors, breaks, socials and past editions as they are',
    '// known. The programme (title, dates, time zone, rooms, speakers, sessions) is data/programme.ts:',
    '// change it by importing a newer export, not here. A re-import never touches this file.',
    'import { type HandKeptFacts, withProgramme } from \'./merge-programme.ts\'',
    'import { programme } from \'./programme.ts\'',
    '',
    `export const handKeptFacts = ${JSON.stringify(handKept, null, 2)} satisfies HandKeptFacts`,
    '',
    'export const eventFacts = withProgramme(handKeptFacts, programme)',
    '',
  ].join('\n')
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const yamlString = (text: string) => JSON.stringify(text)

/**
 * slides/programme/slides.md of a new event: a cover and the generated schedule of each day that has
 * sessions. The 2022 welcome deck tells of 2022 (its socials, lunches, photos); this is the deck
 * a new event has from its first import, to grow or to replace.
 */
export function programmeDeckText(programme: ProgrammeFacts): string {
  const days = [...new Set(programme.sessions.map(session => dateOf(session.start)))].sort()
  const title = programme.event.edition
  const lines = [
    '---',
    `title: ${yamlString(`${title}: programme`)}`,
    'layout: cover',
    '---',
    '',
    `# ${noteText(title)}`,
    '',
    noteText(dateRangeOf(programme.event.startDate, programme.event.endDate)),
    '',
  ]
  for (const day of days) {
    lines.push('---', 'generate: schedule', `day: ${day}`, '---', '', `# ${noteText(longDateOf(day))}`, '')
  }
  return lines.join('\n')
}
