import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PatternCatalog from '../../../slides/ml-design-patterns/components/PatternCatalog.vue'

describe('PatternCatalog', () => {
  it('renders all 30 patterns in the six groups and the chapters around them', () => {
    const wrapper = mount(PatternCatalog)
    const patterns = wrapper.findAll('.pattern-catalog__pattern')
    expect(patterns).toHaveLength(30)
    expect(patterns.map(item => Number(item.attributes('data-pattern')))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
    expect(wrapper.findAll('.pattern-catalog__group-title').map(item => item.text())).toEqual([
      'Data representation design patterns',
      'Problem representation design patterns',
      'Patterns that modify model training',
      'Resilience patterns',
      'Reproducibility patterns',
      'Responsible AI',
    ])
    expect(wrapper.findAll('.pattern-catalog__chapter').map(item => item.text())).toEqual(['Preface', 'The Need for ML Design Patterns', 'Summary'])
    expect(wrapper.find('.pattern-catalog__marker').exists()).toBe(false)
  })

  it('balances the groups over three columns in catalog order', () => {
    const wrapper = mount(PatternCatalog)
    const columns = wrapper.findAll('.pattern-catalog__column')
    expect(columns).toHaveLength(3)
    expect(columns.map(column => column.findAll('.pattern-catalog__pattern').length)).toEqual([10, 10, 10])
  })

  it('marks highlighted patterns with weight, outline class and a text marker, not colour alone', () => {
    const wrapper = mount(PatternCatalog, { props: { highlight: [17, 21, 24, 26] } })
    const highlighted = wrapper.findAll('.pattern-catalog__pattern.is-highlighted')
    expect(highlighted.map(item => item.find('.pattern-catalog__name').text())).toEqual(['Batch Serving', 'Transform', 'Windowed Inference', 'Feature Store'])
    for (const item of highlighted) {
      // A drawn star (no glyph a fallback font would draw), hidden from screen readers, which read the label.
      expect(item.find('svg.pattern-catalog__marker').attributes('aria-hidden')).toBe('true')
      expect(item.text()).toContain('(highlighted)')
    }
    expect(wrapper.find('[data-pattern="1"] .pattern-catalog__marker').exists()).toBe(false)
    expect(wrapper.find('.pattern-catalog__legend').text()).toContain('highlighted')
  })

  it('takes a custom label and column count', () => {
    const wrapper = mount(PatternCatalog, { props: { highlight: [1], markerLabel: 'Beam', columns: 2 } })
    expect(wrapper.find('[data-pattern="1"]').text()).toContain('(Beam)')
    expect(wrapper.findAll('.pattern-catalog__column')).toHaveLength(2)
  })

  it('collapsed, lists only the highlighted groups and keeps every other group as its title and count', () => {
    const wrapper = mount(PatternCatalog, { props: { highlight: [1, 2], collapse: true } })
    expect(wrapper.findAll('.pattern-catalog__pattern').map(item => Number(item.attributes('data-pattern')))).toEqual([1, 2, 3, 4])
    const titles = wrapper.findAll('.pattern-catalog__group-title').map(item => item.text())
    expect(titles).toHaveLength(6)
    expect(titles[0]).toBe('Data representation design patterns')
    expect(titles[1]).toBe('Problem representation design patterns (6 patterns)')
    expect(titles[5]).toBe('Responsible AI (3 patterns)')
  })

  it('collapsed with nothing highlighted, shows the groups only', () => {
    expect(mount(PatternCatalog, { props: { collapse: true } }).findAll('.pattern-catalog__pattern')).toHaveLength(0)
  })

  it('refuses a pattern number that does not exist', () => {
    expect(() => mount(PatternCatalog, { props: { highlight: [31] } })).toThrow(/#31/)
  })
})
