import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PeopleGrid from '../../components/PeopleGrid.vue'

const contributors = ['Kerry Donny-Clark', 'Jack McCluskey', 'Jonathan Lui', 'Kenneth Knowles', 'Kevin Puthusseri', 'Pablo Estrada', 'Robert Bradshaw']

describe('PeopleGrid', () => {
  it('shows every name in order with initials avatars hidden from screen readers', () => {
    const wrapper = mount(PeopleGrid, { props: { names: contributors } })
    expect(wrapper.findAll('.people-grid__name').map(item => item.text())).toEqual(contributors)
    const avatars = wrapper.findAll('.people-grid__avatar')
    expect(avatars.map(item => item.text())).toEqual(['KD', 'JM', 'JL', 'KK', 'KP', 'PE', 'RB'])
    for (const avatar of avatars) expect(avatar.attributes('aria-hidden')).toBe('true')
  })

  it('fills rows evenly: seven names make rows of four', () => {
    const wrapper = mount(PeopleGrid, { props: { names: contributors } })
    expect(wrapper.find('.people-grid').attributes('style')).toContain('--people-columns: 4')
    const three = mount(PeopleGrid, { props: { names: contributors.slice(0, 3) } })
    expect(three.find('.people-grid').attributes('style')).toContain('--people-columns: 3')
    const fixed = mount(PeopleGrid, { props: { names: contributors, perRow: 7 } })
    expect(fixed.find('.people-grid').attributes('style')).toContain('--people-columns: 7')
  })

  it('uses one initial for a single name', () => {
    const wrapper = mount(PeopleGrid, { props: { names: ['Zeeshan', 'Iñigo San José Visiers'] } })
    expect(wrapper.findAll('.people-grid__avatar').map(item => item.text())).toEqual(['Z', 'IV'])
  })
})
