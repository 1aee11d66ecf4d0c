import { beamSummitCoverArt, beamSummitWordmark } from './brand.ts'
import { type HandKeptFacts, withProgramme } from './merge-programme.ts'
import { programme } from './programme.ts'

/**
 * Beam Summit 2022, as the public programme and the 2022 decks tell it.
 * Every fact about the event is typed once: the programme (title, dates, time zone, session rooms,
 * speakers, sessions) in data/programme.ts, written by `npm run import` from a schedule export; the
 * rest here, by hand. Decks and components read the merge through `data/index.ts`.
 * Times are local wall-clock times in the event's time zone (America/Chicago).
 */
export const handKeptFacts = {
  event: {
    id: 'beam-summit-2022',
    name: 'Beam Summit',
    city: 'Austin',
    region: 'Texas',
    country: 'USA',
    venueId: 'att-conference-center',
    hashtag: '#beamsummit',
    topics: ['Apache Beam'],
    calendarUidDomain: 'beamsummit-2022',
    format: 'In person, with a free livestream',
    website: 'https://beamsummit.org/',
  },
  venue: { id: 'att-conference-center', name: 'AT&T Hotel and Conference Center', city: 'Austin' },
  rooms: [
    { id: 'tejas-dining-room', name: 'Tejas Dining Room', kind: 'dining' },
    { id: 'courtyard', name: 'AT&T Conference Center Courtyard', kind: 'outdoor' },
  ],
  editions: [
    { id: 'london-2018', name: 'Beam Summit London 2018', city: 'London', year: 2018, startDate: '2018-10-01', endDate: '2018-10-02', venue: 'Level39, One Canada Square, Canary Wharf, London E14 5AB, UK', free: true },
    { id: 'berlin-2019', name: 'Beam Summit Europe Berlin 2019', city: 'Berlin', year: 2019, startDate: '2019-06-19', endDate: '2019-06-20', free: true },
    { id: 'austin-2022', name: 'Beam Summit 2022', city: 'Austin', year: 2022, startDate: '2022-07-18', endDate: '2022-07-20', venue: 'AT&T Hotel and Conference Center', free: false },
  ],
  organizerIds: ['pablo-estrada', 'danielle-syse'],
  // Every person of the 2022 programme is a speaker (data/programme.ts); others would be listed here.
  people: [],
  breaks: [
    // The seed announces lunch at 1-2 PM; the programme leaves the same hour free on Tuesday.
    { id: 'lunch-monday', title: 'Lunch', kind: 'meal', start: '2022-07-18T13:00', end: '2022-07-18T14:00', roomId: 'tejas-dining-room' },
    { id: 'lunch-tuesday', title: 'Lunch', kind: 'meal', start: '2022-07-19T13:00', end: '2022-07-19T14:00', roomId: 'tejas-dining-room' },
  ],
  socialEvents: [
    // The schedule grid starts it when the last session ends (18:05); the networking slide says "6:00 - 8:00 pm".
    { id: 'reception', title: 'Reception', start: '2022-07-18T18:05', end: '2022-07-18T20:00', place: 'AT&T Conference Center Courtyard', offer: 'Drinks after the event' },
    { id: 'after-party', title: 'After Party', start: '2022-07-19T18:30', place: 'Lazarus Brewing Co', offer: 'Beer on the house will be waiting for you', directionsUrl: 'https://maps.google.com/?q=Lazarus+Brewing+Co,+Austin' },
  ],
  sponsorTiers: [
    { id: 'gold', name: 'Gold' },
    // Shown on the 2022 slide, but its logos carry no names in the seed: no sponsor is listed here.
    { id: 'silver', name: 'Silver' },
  ],
  sponsors: [
    { id: 'google-cloud', name: 'Google Cloud', tierId: 'gold' },
  ],
  partners: [
    { id: 'chicktech', name: 'ChickTECH' },
  ],
  links: {
    website: { label: 'beamsummit.org', url: 'https://beamsummit.org/' },
    survey: { label: 'Beam Summit 2022 survey', url: 'https://beamsummit.org/', note: 'The seed keeps the survey QR code but not its address; organizers put the survey URL here.' },
    jobs: { label: 'Job openings from our sponsors', url: 'https://beamsummit.org/', note: 'The seed keeps the job-openings QR code but not its address; organizers put the URL here.' },
  },
  logistics: {
    roomsArea: 'on this floor',
    lunchOptions: ['roast beef on ciabatta', 'chicken salad croissant', 'falafel fritter wraps'],
    roomSigns: 'Session rooms will be noted outside each door as well on each calendar invite/Beam Summit page',
    restrooms: 'Restrooms located at each end of the hall with elevators to our left next to the Dining Room',
    whiteboards: 'We have rooms with whiteboards across the hall. Feel free to use the whiteboards.',
    easelPads: 'We also have easel pads in the presentation rooms. Feel free to use in technical convos.',
    speakerReminders: ['Please arrive a little early to your room for setting up'],
  },
  brand: { wordmark: beamSummitWordmark, coverArt: beamSummitCoverArt },
} satisfies HandKeptFacts

export const eventFacts = withProgramme(handKeptFacts, programme)
