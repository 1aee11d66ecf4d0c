/**
 * Illustrative sample values for the "Data profiling (pt 3)" slide of "Tailoring pipelines at Spotify".
 *
 * The seed keeps the text of the historical profiling view (field, date range, calculations) but not
 * its chart. The points below are NOT Spotify's figures: they are generated here, deterministically,
 * so the rebuilt view has a plausible hourly line to draw. The slide must say so in its caption.
 */

export interface ProfilingPoint {
  /** UTC instant, ISO 8601 to the minute: `2022-07-06T20:00Z`. */
  at: string
  value: number
}

export interface ProfilingSample {
  /** Always true: these values are made up for the illustration. */
  illustrative: true
  /** The text of the view, as the seed shows it. */
  fieldName: string
  /** "2022-07-06 20:00 UTC", as the view printed it. */
  startLabel: string
  endLabel: string
  calculations: string[]
  selectedCalculation: string
  /** Hourly points from start to end, inclusive. */
  points: ProfilingPoint[]
}

const START_UTC = Date.UTC(2022, 6, 6, 20, 0) // 2022-07-06 20:00 UTC
const END_UTC = Date.UTC(2022, 6, 13, 20, 0) // 2022-07-13 20:00 UTC
const HOUR = 3_600_000

/** mulberry32: a tiny seeded generator, so every build draws the same line. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function utcLabel(time: number): string {
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

function samplePoints(): ProfilingPoint[] {
  const random = seeded(20220718)
  const points: ProfilingPoint[] = []
  for (let time = START_UTC; time <= END_UTC; time += HOUR) {
    const hourOfDay = new Date(time).getUTCHours()
    // A daily rhythm with some noise around it: shape only, no meaning.
    const daily = Math.sin(((hourOfDay - 9) / 24) * 2 * Math.PI)
    const value = Math.round(42_000 + 14_000 * daily + (random() - 0.5) * 6_000)
    points.push({ at: `${new Date(time).toISOString().slice(0, 16)}Z`, value })
  }
  return points
}

export const approxDistinctSample: ProfilingSample = {
  illustrative: true,
  fieldName: 'element_detail_hash',
  startLabel: utcLabel(START_UTC),
  endLabel: utcLabel(END_UTC),
  calculations: ['Approx. Top K', 'Approx. Distinct', 'Empty String', 'Non-Empty String', 'Max Length', 'Min Length'],
  selectedCalculation: 'Approx. Distinct',
  points: samplePoints(),
}
