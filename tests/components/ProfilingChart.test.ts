import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProfilingChart from '../../components/ProfilingChart.vue'

const hourly = (values: number[]) => values.map((value, i) => ({ at: new Date(Date.UTC(2022, 6, 6, 20 + i)).toISOString(), value }))
/** A week of hourly points, 2022-07-06 20:00 to 2022-07-13 20:00 UTC inclusive: a made-up daily rhythm. */
const week = hourly(Array.from({ length: 7 * 24 + 1 }, (_, i) => Math.round(40 + 10 * Math.sin((i / 24) * 2 * Math.PI))))

/** The numbers of an SVG path's M/L commands, as [x, y] pairs. */
function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(m => [Number(m[1]), Number(m[2])])
}

describe('ProfilingChart', () => {
  it('draws one line vertex per point, left to right, inside the plot', () => {
    const wrapper = mount(ProfilingChart, { props: { points: week, width: 640, height: 200 } })
    const line = wrapper.find('.profiling-chart__line')
    const points = pathPoints(line.attributes('d')!)
    expect(points).toHaveLength(week.length)
    for (let i = 1; i < points.length; i++) expect(points[i]![0]).toBeGreaterThan(points[i - 1]![0])
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThanOrEqual(640)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(y).toBeLessThanOrEqual(200)
    }
    expect(wrapper.find('.profiling-chart__area').exists()).toBe(true)
  })

  it('puts higher values higher up, on a zero-based axis with nice ticks', () => {
    const wrapper = mount(ProfilingChart, { props: { points: hourly([0, 50, 100, 37]) } })
    const ys = pathPoints(wrapper.find('.profiling-chart__line').attributes('d')!).map(([, y]) => y)
    expect(ys[1]).toBeLessThan(ys[0]!)
    expect(ys[2]).toBeLessThan(ys[1]!)
    const labels = wrapper.findAll('.profiling-chart__grid > g > text').map(text => text.text())
    expect(labels.slice(0, 5)).toEqual(['0', '25', '50', '75', '100'])
  })

  it('marks each UTC midnight of the range with a short date', () => {
    const wrapper = mount(ProfilingChart, { props: { points: week } })
    const days = wrapper.findAll('.profiling-chart__day')
    expect(days).toHaveLength(7) // Jul 7 .. Jul 13 between Jul 6 20:00 and Jul 13 20:00
    const text = wrapper.text()
    expect(text).toContain('Jul 7')
    expect(text).toContain('Jul 13')
  })

  it('draws bars on request and sorts unsorted input', () => {
    const points = hourly([5, 10, 15]).reverse()
    const wrapper = mount(ProfilingChart, { props: { points, kind: 'bar' } })
    const rects = wrapper.findAll('.profiling-chart__bars rect')
    expect(rects).toHaveLength(3)
    const xs = rects.map(rect => Number(rect.attributes('x')))
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    const heights = rects.map(rect => Number(rect.attributes('height')))
    expect(heights[0]).toBeLessThan(heights[2]!)
    expect(wrapper.find('.profiling-chart__line').exists()).toBe(false)
  })

  it('names the chart, shows a caption, and says so when there is no data', () => {
    const wrapper = mount(ProfilingChart, { props: { points: [], title: 'Approx. Distinct', caption: 'illustrative sample data' } })
    expect(wrapper.find('svg').attributes('aria-label')).toBe('Approx. Distinct')
    expect(wrapper.find('figcaption').text()).toBe('illustrative sample data')
    expect(wrapper.find('.profiling-chart__empty').text()).toBe('No data')
  })
})
