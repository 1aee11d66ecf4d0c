// The browser gets the event's facts as the JSON the build validated (scripts/lib/prevalidated-data.ts):
// the same facts, and the plugin stands in for the validating module only in a browser build.
import { describe, expect, it } from 'vitest'
import { eventData } from '../../data/event-data.ts'
import { NODE_ONLY_DATA_FILES, prevalidatedData, prevalidatedDataModule, VALIDATED_DATA_FILE } from '../../scripts/lib/prevalidated-data.ts'

type Load = (id: string, options?: { ssr?: boolean }) => Promise<{ code: string, moduleSideEffects: boolean } | undefined>

describe('prevalidatedData', () => {
  it('hands the browser the validated facts, equal after the JSON round trip', async () => {
    const code = await prevalidatedDataModule()
    const module = await import(`data:text/javascript,${encodeURIComponent(code)}`) as { eventData: unknown }
    expect(module.eventData).toStrictEqual(eventData)
    expect(code).not.toContain('zod')
  })

  it('replaces the validating module and marks the schema modules side-effect free, in a browser build only', async () => {
    const plugin = prevalidatedData()
    expect(plugin.apply).toBe('build')
    const load = plugin.load as unknown as Load
    expect((await load(`${VALIDATED_DATA_FILE}?v=1`))?.code).toBe(await prevalidatedDataModule())
    for (const file of NODE_ONLY_DATA_FILES) expect((await load(file))?.moduleSideEffects).toBe(false)
    expect(await load(VALIDATED_DATA_FILE, { ssr: true })).toBeUndefined()
    expect(await load('/elsewhere/other.ts')).toBeUndefined()
  })
})
