// The in-page checks on a hand-made page shaped like Slidev's player, so each failure mode is
// known to be caught (a real deck with these faults would fail the build's deck guard first).
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { inspectSlide } from './slide-checks.ts'

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await chromium.connect(inject('e2e').wsEndpoint)
  page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  await page.addInitScript('globalThis.__name ??= (fn) => fn')
})
afterAll(async () => {
  await browser?.close()
})

async function check(slideHtml: string, layout?: string): Promise<string[]> {
  await page.setContent(`<!doctype html>
    <style>body { margin: 0 } #slide-content { position: relative; width: 980px; height: 552px; overflow: hidden }
      .slidev-page { position: absolute; inset: 0 }</style>
    <div id="slide-content"><div id="slideshow"><div class="slidev-page" data-slidev-no="3">${slideHtml}</div></div></div>`)
  return page.evaluate(inspectSlide, { no: 3, layout })
}

describe('inspectSlide', () => {
  test('passes a slide that fits', async () => {
    expect(await check('<div class="slidev-layout cover"><h1>Hello</h1></div>', 'cover')).toEqual([])
  })

  test('finds a box past the canvas edge', async () => {
    const problems = await check('<div class="slidev-layout"><div class="wide" style="width: 1200px">wide</div></div>')
    expect(problems).toEqual([expect.stringMatching(/<div\.wide> "wide" overflows the slide canvas \(right by 220px\)/)])
  })

  test('finds content cut off inside a clipping box', async () => {
    const problems = await check('<div class="card" style="height: 40px; overflow: hidden"><p style="height: 200px">long</p></div>')
    expect(problems).toEqual([expect.stringContaining('<div.card> "long" has content cut off')])
  })

  test('finds text running out of a narrow box', async () => {
    const problems = await check('<div style="position: absolute; right: 0; width: 40px"><span>Supercalifragilistic</span></div>')
    expect(problems.join('\n')).toMatch(/Supercalifragilistic.*overflows the slide canvas \(right by/)
  })

  test('lets data-allow-overflow bleed', async () => {
    expect(await check('<div data-allow-overflow style="width: 1200px">bleed</div>')).toEqual([])
  })

  test('skips screen-reader-only text and shapes an <svg> clips', async () => {
    const srOnly = '<span style="position: absolute; width: 1px; height: 1px; overflow: hidden; white-space: nowrap">Screen reader text</span>'
    const svg = '<svg width="100" height="100"><g><rect x="0" y="0" width="5000" height="50" /></g></svg>'
    expect(await check(`<div>${srOnly}${svg}</div>`)).toEqual([])
  })

  test('finds components rendered as unknown elements', async () => {
    const problems = await check('<SponsorWall></SponsorWall><sponsor-wall></sponsor-wall>')
    expect(problems).toEqual([
      'unrendered component <sponsorwall> (no component of that name)',
      'unrendered component <sponsor-wall> (no component of that name)',
    ])
  })

  test('finds the default-layout fallback of an unknown layout', async () => {
    expect(await check('<div class="slidev-layout default">x</div>', 'session-cover'))
      .toEqual(['unknown layout "session-cover" (rendered with the default layout)'])
    expect(await check('<div class="slidev-layout default">x</div>', 'default')).toEqual([])
  })

  test('reports a slide that did not render', async () => {
    await page.setContent('<div id="slide-content"></div>')
    expect(await page.evaluate(inspectSlide, { no: 1 })).toEqual(['slide did not render (no .slidev-page element)'])
  })
})
