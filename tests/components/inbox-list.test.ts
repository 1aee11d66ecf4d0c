import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import InboxList from '../../components/InboxList.vue'

const messages = [
  { label: 'Inbox', from: 'Apache', subject: 'Contributor permission for JIRA - Beam connecto' },
  { from: 'Apache', subject: 'Contributor permission for Beam Jira tickets - as a contr' },
]

describe('InboxList', () => {
  it('shows every message in order: label, sender and the whole subject', () => {
    const rows = mount(InboxList, { props: { messages } }).findAll('.inbox-list__message')
    expect(rows).toHaveLength(2)
    expect(rows.map(row => row.find('.inbox-list__subject').text())).toEqual(messages.map(m => m.subject))
    expect(rows.map(row => row.find('.inbox-list__from').text())).toEqual(['Apache', 'Apache'])
    expect(rows[0]!.find('.inbox-list__label').text()).toBe('Inbox')
  })

  it('keeps the label column for a message without a label', () => {
    const label = mount(InboxList, { props: { messages } }).findAll('.inbox-list__label')[1]!
    expect(label.text()).toBe('')
    expect(label.classes()).toContain('inbox-list__label--none')
  })
})
