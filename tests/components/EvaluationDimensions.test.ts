import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EvaluationDimensions from '../../components/EvaluationDimensions.vue'

const dimensions = [
  { title: 'API', text: 'Unified and modern API, API Support, Language Support, Conversion tools from existing to new API.' },
  { title: 'Platform Offering', text: 'Platform availability, support and stability. Evaluation of different runners.' },
  { title: 'Platform Integration', text: 'Integrate with other tools, SQL, tabular, Data formats, Industry adoption.' },
  { title: 'Twitter Integration', text: 'Security, Orchestration, Deployment, Workbook integration, Chargeback, Monitoring, Cost.' },
  { title: 'Model use cases', text: 'Production vs Ad hoc stream and batch processing, ML workloads, Analytics. Right tool for customer use case.' },
]

describe('EvaluationDimensions', () => {
  it('renders one card per dimension, in order, with its title and text', () => {
    const wrapper = mount(EvaluationDimensions, { props: { dimensions, heading: 'Dimensions' } })
    const cards = wrapper.findAll('.evaluation-dimensions__card')
    expect(cards).toHaveLength(5)
    expect(cards.map(card => card.find('h3').text())).toEqual(dimensions.map(d => d.title))
    expect(cards.map(card => card.find('p').text())).toEqual(dimensions.map(d => d.text))
    expect(wrapper.find('h2').text()).toBe('Dimensions')
  })

  it('numbers the cards for the eye only', () => {
    const wrapper = mount(EvaluationDimensions, { props: { dimensions } })
    const numbers = wrapper.findAll('.evaluation-dimensions__number')
    expect(numbers.map(n => n.text())).toEqual(['1', '2', '3', '4', '5'])
    for (const n of numbers) expect(n.attributes('aria-hidden')).toBe('true')
  })

  it('has no heading unless given one, and sets the cards per row', () => {
    const wrapper = mount(EvaluationDimensions, { props: { dimensions, columns: 5 } })
    expect(wrapper.find('h2').exists()).toBe(false)
    expect(wrapper.attributes('style')).toContain('--dimension-columns: 5')
  })

  it('numbers a later page on from the given start', () => {
    const wrapper = mount(EvaluationDimensions, { props: { dimensions: dimensions.slice(3), start: 4 } })
    expect(wrapper.findAll('.evaluation-dimensions__number').map(n => n.text())).toEqual(['4', '5'])
    expect(wrapper.find('ol').attributes('start')).toBe('4')
  })
})
