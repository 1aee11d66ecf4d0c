import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CaseByCase from '../../../slides/tailoring-pipelines-at-spotify/components/CaseByCase.vue'
import LoveTriangle from '../../../slides/tailoring-pipelines-at-spotify/components/LoveTriangle.vue'
import PipelineGrowth from '../../../slides/tailoring-pipelines-at-spotify/components/PipelineGrowth.vue'
import SortMergeBucket from '../../../slides/tailoring-pipelines-at-spotify/components/SortMergeBucket.vue'

describe('LoveTriangle', () => {
  it('labels the three corners and the centre, with a heart on each side', () => {
    const wrapper = mount(LoveTriangle, { props: { corners: ['Beam', 'Scala', 'Spotify'], center: 'Scio' } })
    expect(wrapper.findAll('.love-triangle__corners text').map(t => t.text())).toEqual(['Beam', 'Scala', 'Spotify'])
    expect(wrapper.find('.love-triangle__center text').text()).toBe('Scio')
    expect(wrapper.findAll('.love-triangle__sides line')).toHaveLength(3)
    expect(wrapper.findAll('.love-triangle__hearts path')).toHaveLength(3)
    expect(wrapper.attributes('aria-label')).toBe('Beam, Scala, Spotify and Scio')
  })

  it('leaves the centre empty without one', () => {
    const wrapper = mount(LoveTriangle, { props: { corners: ['A', 'B', 'C'] } })
    expect(wrapper.find('.love-triangle__center').exists()).toBe(false)
  })
})

describe('PipelineGrowth', () => {
  it('draws one three-step pipeline for "started"', () => {
    const wrapper = mount(PipelineGrowth, { props: { stage: 'started' } })
    expect(wrapper.findAll('circle')).toHaveLength(3)
    expect(wrapper.findAll('.pipeline-growth__edges path')).toHaveLength(2)
  })

  it('draws a much larger graph for "going", every edge between drawn nodes, the same every time', () => {
    const going = mount(PipelineGrowth, { props: { stage: 'going' } })
    const nodes = going.findAll('.pipeline-growth__nodes circle')
    const edges = going.findAll('.pipeline-growth__edges path')
    expect(nodes.length).toBeGreaterThan(40)
    expect(edges.length).toBeGreaterThanOrEqual(nodes.length - 8)
    const centres = new Set(nodes.map(node => `${Number(node.attributes('cx'))},${Number(node.attributes('cy'))}`))
    for (const edge of edges) {
      const numbers = edge.attributes('d')!.match(/-?[\d.]+/g)!.map(Number)
      const [x1, y1] = numbers
      const [x2, y2] = numbers.slice(-2)
      // Edges run from the right side of one node to the left side of another (radius 7).
      expect(centres.has(`${x1! - 7},${y1}`)).toBe(true)
      expect(centres.has(`${x2! + 7},${y2}`)).toBe(true)
    }
    const again = mount(PipelineGrowth, { props: { stage: 'going' } })
    expect(again.html()).toBe(going.html())
  })
})

describe('CaseByCase', () => {
  it('shows the two options and the word between them', () => {
    const wrapper = mount(CaseByCase, { props: { left: 'Case by case', right: 'Scio' } })
    expect(wrapper.findAll('figcaption').map(c => c.text())).toEqual(['Case by case', 'Scio'])
    expect(wrapper.find('.case-by-case__middle').text()).toBe('…or…')
  })
})

describe('SortMergeBucket', () => {
  it('merges matching buckets: each merge holds exactly the keys both sides share', () => {
    const wrapper = mount(SortMergeBucket)
    const buckets = wrapper.findAll('.smb__bucket')
    expect(buckets).toHaveLength(6)
    const merges = wrapper.findAll('.smb__merge text').map(t => t.text())
    expect(merges).toEqual(['b · e', 'a · d', 'c · f'])
    expect(wrapper.find('figcaption').text()).toMatch(/no shuffle/)
  })
})
