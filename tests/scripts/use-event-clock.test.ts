// The event clock composable (composables/useEventClock.ts), in happy-dom.
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { atParam, parseLocalTime, useEventClock } from '../../composables/useEventClock.ts'

function withClock<T>(run: () => T): T {
  const scope = effectScope()
  const result = scope.run(run)!
  onTestFinished(() => scope.stop())
  return result
}

afterEach(() => {
  window.history.replaceState(null, '', '/')
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('useEventClock', () => {
  it('takes ?at= as local event time in Austin', () => {
    window.history.replaceState(null, '', '/3?at=2022-07-18T14:10')
    const clock = withClock(() => useEventClock())
    expect(clock.fixedAt.value).toBe('2022-07-18T14:10')
    expect(clock.instant.value.toISOString()).toBe('2022-07-18T19:10:00.000Z') // CDT is UTC-5
    expect(clock.local.value).toBe('2022-07-18T14:10')
  })

  it('reads ?at= from the hash with Slidev\'s hash router', () => {
    window.history.replaceState(null, '', '/#/4?clicks=1&at=2022-07-19T09:00')
    const clock = withClock(() => useEventClock())
    expect(clock.instant.value.toISOString()).toBe('2022-07-19T14:00:00.000Z')
  })

  it('ticks with the real time when there is no ?at=', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2022-07-18T17:05:00Z'))
    const clock = withClock(() => useEventClock({ interval: 1000 }))
    expect(clock.fixedAt.value).toBeUndefined()
    expect(clock.local.value).toBe('2022-07-18T12:05')
    vi.advanceTimersByTime(60_000)
    await nextTick()
    expect(clock.local.value).toBe('2022-07-18T12:06')
  })

  it('ignores a malformed ?at= with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2022-07-20T15:00:00Z'))
    window.history.replaceState(null, '', '/?at=tomorrow')
    const clock = withClock(() => useEventClock())
    expect(clock.fixedAt.value).toBeUndefined()
    expect(clock.local.value).toBe('2022-07-20T10:00')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('?at=tomorrow'))
  })

  it('lets a fixed `at` (a component prop) win over the address, and follows it', () => {
    window.history.replaceState(null, '', '/?at=2022-07-18T14:10')
    const at = ref<string | undefined>('2022-07-19T16:20')
    const clock = withClock(() => useEventClock({ at }))
    expect(clock.local.value).toBe('2022-07-19T16:20')
    at.value = undefined
    expect(clock.local.value).toBe('2022-07-18T14:10')
    at.value = 'not a time'
    expect(() => clock.local.value).toThrow(/not a local event time/)
  })

  it('can be given a location instead of window.location', () => {
    const clock = withClock(() => useEventClock({ location: { search: '?at=2022-07-20 09:30', hash: '' } }))
    expect(clock.instant.value.toISOString()).toBe('2022-07-20T14:30:00.000Z')
  })
})

describe('parseLocalTime and atParam', () => {
  it('accepts YYYY-MM-DDTHH:mm and rejects what is not a wall-clock time in Austin', () => {
    expect(parseLocalTime('2022-07-18T14:10')).toBe('2022-07-18T14:10')
    expect(parseLocalTime(' 2022-07-18 14:10 ')).toBe('2022-07-18T14:10')
    expect(parseLocalTime('2022-07-18')).toBeUndefined()
    expect(parseLocalTime('2022-13-40T25:00')).toBeUndefined()
    expect(parseLocalTime('2022-03-13T02:30')).toBeUndefined() // skipped by the change to CDT
    expect(parseLocalTime(undefined)).toBeUndefined()
  })

  it('finds at in the query string first, then in the hash', () => {
    expect(atParam({ search: '?at=2022-07-18T14%3A10', hash: '' })).toBe('2022-07-18T14:10')
    expect(atParam({ search: '', hash: '#/2?at=x' })).toBe('x')
    expect(atParam({ search: '', hash: '#/2' })).toBeUndefined()
    expect(atParam(undefined)).toBeUndefined()
  })
})
