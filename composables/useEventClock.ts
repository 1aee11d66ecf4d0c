// The event clock behind live "now / next" slides: the current instant, ticking, or a fixed instant
// given as local event time, by a component prop or by the page address (`?at=2022-07-18T14:10`),
// so a deck can be rehearsed or tested as if it were that moment at the venue (in the event's time zone).
//
// Slidev auto-imports components only, not composables: import it by path, e.g. from components/:
//   import { useEventClock } from '../composables/useEventClock.ts'
// Slidev keeps the query string when it moves between slides, so `?at=` holds for the whole deck.
import { useNow } from '@vueuse/core'
import { computed, type ComputedRef, type MaybeRefOrGetter, toValue } from 'vue'
import type { EventQueries } from '../data/index.ts'
import { useEvent } from './useEvent.ts'
import type { LocalDateTime } from '../data/time.ts'

export const AT_PARAM = 'at'

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/

/**
 * A local event time as written in `?at=` or a prop: `2022-07-18T14:10` (a space for the `T` is
 * fine). Undefined when it is not one, or names a wall-clock time that does not exist there.
 */
export function parseLocalTime(value: string | null | undefined, event: Pick<EventQueries, 'toInstant' | 'toLocal'> = useEvent()): LocalDateTime | undefined {
  const match = LOCAL_DATE_TIME.exec(value?.trim() ?? '')
  if (!match) return undefined
  const local = `${match[1]}T${match[2]}`
  // Rejects 2022-13-40T25:00 and times skipped by a daylight-saving change: they do not round-trip.
  const instant = event.toInstant(local)
  if (Number.isNaN(instant.getTime()) || event.toLocal(instant) !== local) return undefined
  return local
}

/** The raw `at` value of a location: from the query string, or from the hash (`/#/3?at=...`, Slidev's hash router). */
export function atParam(location: Pick<Location, 'search' | 'hash'> | undefined): string | undefined {
  if (!location) return undefined
  const fromSearch = new URLSearchParams(location.search).get(AT_PARAM)
  if (fromSearch !== null) return fromSearch
  const hashQuery = location.hash.indexOf('?')
  if (hashQuery < 0) return undefined
  return new URLSearchParams(location.hash.slice(hashQuery + 1)).get(AT_PARAM) ?? undefined
}

export interface EventClockOptions {
  /** A fixed local event time (e.g. a component's `at` prop); wins over the address. */
  at?: MaybeRefOrGetter<string | undefined>
  /** Where to read `?at=` from; defaults to `window.location` in a browser. */
  location?: Pick<Location, 'search' | 'hash'>
  /** How often the live clock ticks, in ms (default 1000). */
  interval?: number
}

export interface EventClock {
  /** The instant: now, ticking, or the fixed instant asked for. */
  instant: ComputedRef<Date>
  /** The same instant as wall-clock time in the event's time zone: `2022-07-18T14:10`. */
  local: ComputedRef<LocalDateTime>
  /** The local time asked for by the prop or the address, when the clock is fixed. */
  fixedAt: ComputedRef<LocalDateTime | undefined>
}

function browserLocation(): Pick<Location, 'search' | 'hash'> | undefined {
  return typeof window === 'undefined' ? undefined : window.location
}

export function useEventClock(options: EventClockOptions = {}): EventClock {
  const event = useEvent()
  const fromAddress = atParam(options.location ?? browserLocation())
  const addressAt = parseLocalTime(fromAddress, event)
  if (fromAddress !== undefined && addressAt === undefined) {
    console.warn(`useEventClock: ignoring ?${AT_PARAM}=${fromAddress}: expected local event time as YYYY-MM-DDTHH:mm`)
  }
  const now = useNow({ interval: options.interval ?? 1000 })
  const fixedAt = computed(() => {
    const raw = toValue(options.at)
    if (raw !== undefined && raw !== '') {
      const local = parseLocalTime(raw, event)
      if (local === undefined) throw new Error(`useEventClock: "${raw}" is not a local event time (expected YYYY-MM-DDTHH:mm)`)
      return local
    }
    return addressAt
  })
  const instant = computed(() => fixedAt.value === undefined ? now.value : event.toInstant(fixedAt.value))
  const local = computed(() => event.toLocal(instant.value))
  return { instant, local, fixedAt }
}
