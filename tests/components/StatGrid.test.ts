import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import StatGrid from '../../components/StatGrid.vue'

const twitter = [
  { value: '50k+', label: 'Data pipelines' },
  { value: '200+PB', label: 'Data Volume processed' },
  { value: '1+EB', label: 'Data across storage systems' },
  { value: '7+Tri', label: 'Events processed' },
]

describe('StatGrid', () => {
  it('prints every value exactly as given, with its label, in order', () => {
    const wrapper = mount(StatGrid, { props: { stats: twitter } })
    const tiles = wrapper.findAll('.stat-grid__tile')
    expect(tiles).toHaveLength(4)
    expect(tiles.map(tile => tile.find('dd').text())).toEqual(['50k+', '200+PB', '1+EB', '7+Tri'])
    expect(tiles.map(tile => tile.find('dt').text())).toEqual(twitter.map(stat => stat.label))
  })

  it('puts up to four tiles on a row unless told otherwise', () => {
    expect(mount(StatGrid, { props: { stats: twitter } }).attributes('style')).toContain('--stat-columns: 4')
    expect(mount(StatGrid, { props: { stats: twitter.slice(0, 2) } }).attributes('style')).toContain('--stat-columns: 2')
    const six = [...twitter, ...twitter].map((stat, i) => ({ ...stat, label: `${stat.label} ${i}` }))
    expect(mount(StatGrid, { props: { stats: six } }).attributes('style')).toContain('--stat-columns: 4')
    expect(mount(StatGrid, { props: { stats: twitter, columns: 2 } }).attributes('style')).toContain('--stat-columns: 2')
  })

  it('renders an empty list without failing', () => {
    const wrapper = mount(StatGrid, { props: { stats: [] } })
    expect(wrapper.findAll('.stat-grid__tile')).toHaveLength(0)
  })
})
