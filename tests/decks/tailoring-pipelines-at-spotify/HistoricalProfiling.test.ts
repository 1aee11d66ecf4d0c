import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import HistoricalProfiling from '../../../slides/tailoring-pipelines-at-spotify/components/HistoricalProfiling.vue'
import { approxDistinctSample } from '../../../slides/tailoring-pipelines-at-spotify/profiling-sample.ts'

describe('spotify profiling sample data', () => {
  it('is marked illustrative and has one point per hour from 2022-07-06 20:00 to 2022-07-13 20:00 UTC', () => {
    expect(approxDistinctSample.illustrative).toBe(true)
    const { points } = approxDistinctSample
    expect(points).toHaveLength(7 * 24 + 1)
    expect(points[0]!.at).toBe('2022-07-06T20:00Z')
    expect(points[points.length - 1]!.at).toBe('2022-07-13T20:00Z')
    for (let i = 1; i < points.length; i++) expect(Date.parse(points[i]!.at) - Date.parse(points[i - 1]!.at)).toBe(3_600_000)
    for (const point of points) expect(point.value).toBeGreaterThan(0)
  })

  it('keeps the view text of the seed', () => {
    expect(approxDistinctSample.fieldName).toBe('element_detail_hash')
    expect(approxDistinctSample.startLabel).toBe('2022-07-06 20:00 UTC')
    expect(approxDistinctSample.endLabel).toBe('2022-07-13 20:00 UTC')
    expect(approxDistinctSample.calculations).toContain(approxDistinctSample.selectedCalculation)
  })
})

describe('HistoricalProfiling', () => {
  it('shows the field, the date range and the calculations with the selected one marked', () => {
    const wrapper = mount(HistoricalProfiling, { props: approxDistinctSample })
    const text = wrapper.text()
    expect(text).toContain('Historical Profiling')
    expect(text).toContain('Analyze metrics for a field over time by selecting a date range below.')
    expect(text).toContain('element_detail_hash')
    expect(text).toContain('2022-07-06 20:00 UTC')
    expect(text).toContain('2022-07-13 20:00 UTC')
    const items = wrapper.findAll('.historical-profiling__calculations li')
    expect(items.map(item => item.text())).toEqual(approxDistinctSample.calculations)
    const selected = items.filter(item => item.classes('is-selected'))
    expect(selected.map(item => item.text())).toEqual(['Approx. Distinct'])
    expect(selected[0]!.attributes('aria-current')).toBe('true')
  })

  it('draws the selected calculation and captions illustrative data as such', () => {
    const wrapper = mount(HistoricalProfiling, { props: approxDistinctSample })
    expect(wrapper.find('.historical-profiling__chart h4').text()).toBe('Approx. Distinct')
    expect(wrapper.find('.historical-profiling__chart svg').attributes('aria-label')).toBe('Approx. Distinct of element_detail_hash')
    expect(wrapper.find('figcaption').text()).toMatch(/illustrative sample data/i)
  })

  it('has no sample caption for real data, and takes an explicit caption', () => {
    const real = { ...approxDistinctSample, illustrative: false }
    expect(mount(HistoricalProfiling, { props: real }).find('figcaption').exists()).toBe(false)
    const captioned = mount(HistoricalProfiling, { props: { ...real, caption: 'Source: profiler' } })
    expect(captioned.find('figcaption').text()).toBe('Source: profiler')
  })
})
