import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PrintedUrl from '../../components/PrintedUrl.vue'

describe('PrintedUrl', () => {
  const url = 'https://github.com/apache/beam/tree/master/sdks/typescript'

  it('is a link to the address, printed whole', () => {
    const link = mount(PrintedUrl, { props: { url } }).find('a')
    expect(link.attributes('href')).toBe(url)
    expect(link.text()).toBe(url)
  })

  it('may break only after a separator', () => {
    // The text between the break points (scoped-style attributes dropped).
    const html = mount(PrintedUrl, { props: { url } }).find('a').html().replace(/<wbr[^>]*>/g, '<wbr>')
    expect(html).toContain('https://<wbr>github.<wbr>com/<wbr>apache/<wbr>')
    expect(html).not.toMatch(/[a-z]<wbr>[a-z]/)
  })
})
