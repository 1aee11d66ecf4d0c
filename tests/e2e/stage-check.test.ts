// The stage check on hand-made pages shaped like Slidev's player (the canvas scaled with a
// transform, as Slidev does at 1280x720), so each failure mode is known to be caught.
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { inspectStage, STAGE_FLOORS, type StageReport } from './stage-check.ts'

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await chromium.connect(inject('e2e').wsEndpoint)
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.addInitScript('globalThis.__name ??= (fn) => fn')
})
afterAll(async () => {
  await browser?.close()
})

/** 1280 / 980: the scale Slidev gives the canvas in a 1280x720 window. */
const SCALE = 1280 / 980

async function stage(slideHtml: string, css = ''): Promise<StageReport> {
  await page.setContent(`<!doctype html>
    <style>body { margin: 0; font: 22px/1.4 sans-serif } p, li { font-size: 22px }
      #slide-content { position: absolute; left: 0; top: 0; width: 980px; height: 552px; overflow: hidden;
        transform-origin: 0 0; transform: scale(${SCALE}) }
      .slidev-page { position: absolute; inset: 0 } ${css}</style>
    <div id="slide-content"><div id="slideshow">
      <div class="slidev-page" data-slidev-no="2" style="display: none"><p style="font-size: 8px">another slide</p></div>
      <div class="slidev-page" data-slidev-no="3">${slideHtml}</div>
    </div></div>`)
  return page.evaluate(inspectStage, { no: 3, floors: STAGE_FLOORS })
}

const qr = (size: number, label = 'QR code for https://beamsummit.org/') =>
  `<figure class="qr-code"><svg class="code" role="img" aria-label="${label}" width="${size}" height="${size}" viewBox="0 0 10 10"><rect width="10" height="10" /></svg></figure>`

describe('inspectStage', () => {
  test('passes a slide that meets the bar, and reports its smallest text in canvas px', async () => {
    const report = await stage(`<h1 style="font-size: 40px">Welcome</h1><p>Running text at 22</p>
      <span style="font-size: 16px">A label at 16</span><pre class="slidev-code"><code>code at 16</code></pre>${qr(240)}`, 'pre { font-size: 16px }')
    expect(report.problems).toEqual([])
    // Canvas px, not screen px (16 x 1.306 = 20.9 on screen).
    expect(report.smallest).toEqual({ px: 16, text: 'A label at 16' })
  })

  test('finds text under 16px, and lets a credit go to 14 but not below', async () => {
    const { problems } = await stage(`<span class="tiny" style="font-size: 12px">tiny label</span>
      <div data-stage-credit><span class="url" style="font-size: 14px">https://beamsummit.org/</span></div>
      <div data-stage-credit><span class="src" style="font-size: 11px">Source: x</span></div>`)
    expect(problems).toEqual([
      'text at 12px (floor 16px) in <span.tiny>: "tiny label"',
      'credit text at 11px (floor 14px) in <span.src>: "Source: x"',
    ])
  })

  test('finds running text under 20px and code under 16px, grouped per element', async () => {
    const { problems } = await stage(`<ul><li class="item" style="font-size: 18px">one</li><li class="item" style="font-size: 18px">two</li></ul>
      <p class="lead" style="font-size: 19px">a paragraph</p>
      <ol><li style="font-size: 22px"><h3 class="card" style="font-size: 18px">heading in a card</h3><strong style="font-size: 18px">bold</strong>
        <span class="badge" style="display: inline-flex; font-size: 16px">badge</span></li></ol>
      <pre class="slidev-code" style="font-size: 14px"><code><span class="line">const x = 1</span></code></pre>`)
    expect(problems).toEqual([
      'running text at 18px (floor 20px) in <li.item> ×2: "one"',
      'running text at 19px (floor 20px) in <p.lead>: "a paragraph"',
      'running text at 18px (floor 20px) in <strong>: "bold"',
      'code at 14px (floor 16px) in <span.line>: "const x = 1"',
    ])
  })

  test('measures text a component scales down, and SVG text through its viewBox', async () => {
    // 20px type in a box scaled to 0.5 is 10 canvas px; 20-unit SVG text in a viewBox drawn at half size is 10.
    const { problems } = await stage(`<div class="shrunk" style="transform: scale(0.5)"><span style="font-size: 20px">shrunk to fit</span></div>
      <svg width="400" height="100" viewBox="0 0 800 200"><text class="axis" x="10" y="100" font-size="20">axis label</text></svg>
      <svg width="800" height="200" viewBox="0 0 800 200"><text x="10" y="100" font-size="20">big enough</text></svg>`)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^text at 10px \(floor 16px\) in <span>: "shrunk to fit"$/)
    expect(problems[1]).toMatch(/^text at 10px \(floor 16px\) in <text\.axis>: "axis label"$/)
  })

  test('finds developer wording: file paths, "drop … into", TODO, placeholder', async () => {
    const { problems } = await stage(`<p>Drop your photo into public/photos/me.jpg</p><p>TODO: a chart</p>
      <p>See slides/welcome.md and components/QrCode.vue, logo.png</p><p>A placeholder image</p>`)
    expect(problems.map(p => p.replace(/: ".*$/, ''))).toEqual([
      'developer wording on the slide, a path into public/',
      'developer wording on the slide, an image file name',
      'developer wording on the slide, a path into slides/',
      'developer wording on the slide, a path into components/',
      'developer wording on the slide, "drop … into"',
      'developer wording on the slide, "TODO"',
      'developer wording on the slide, "placeholder"',
    ])
  })

  test('leaves paths and commands set as code out of the wording check, not the same path in a sentence', async () => {
    expect((await stage(`<p>It writes <code>slides/talks/&lt;session-id&gt;.md</code> for you.</p>
      <pre class="slidev-code"><code>npx slidev slides/talks/me.md
cp me.jpg public/photos/</code></pre><p>Press <kbd>components/</kbd></p>`)).problems).toEqual([])
    const { problems } = await stage('<p>It writes slides/talks/&lt;session-id&gt;.md for you.</p>')
    expect(problems).toEqual(['developer wording on the slide, a path into slides/: "It writes slides/talks/<session-id>.md for"'])
  })

  test('does not take ordinary words for developer wording', async () => {
    expect((await stage('<p>Public transport drops you at the door. Publish into the sink.</p>')).problems).toEqual([])
  })

  test('finds a QR code under 40% of the canvas height, marked by its label or data-qr', async () => {
    const { problems } = await stage(`${qr(160)}<div data-qr="survey"><canvas width="100" height="100" style="width: 100px; height: 100px"></canvas><p>caption</p></div>`)
    expect(problems).toEqual([
      'QR code 100px high, under 40% of the canvas (220.8px): survey',
      'QR code 160px high, under 40% of the canvas (220.8px): QR code for https://beamsummit.org/',
    ])
  })

  test('finds text dimmed at the last click, and text a click still hides', async () => {
    const { problems } = await stage(`<pre class="slidev-code"><code>
      <span class="line highlighted">shown</span><span class="line dishonored" style="opacity: 0.3">dimmed line</span></code></pre>
      <div class="card" style="opacity: 0.5"><span>half there</span></div>
      <div class="card-later slidev-vclick-target slidev-vclick-hidden" style="opacity: 0"><p>never shown</p></div>
      <div style="opacity: 0"><span>faded decoration</span></div>`)
    expect(problems).toEqual([
      'text dimmed at the last click (opacity 0.3 from <span.line.dishonored>): "dimmed line"',
      'text dimmed at the last click (opacity 0.5 from <div.card>): "half there"',
      'text still hidden by a click (<div.card-later> is .slidev-vclick-hidden at the last click): "never shown"',
    ])
  })

  test('skips text that is not projected: screen-reader only, display none, other slides', async () => {
    const { problems } = await stage(`<span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); font-size: 10px">for screen readers</span>
      <span style="display: none; font-size: 8px">gone</span><span style="visibility: hidden; font-size: 8px">hidden</span>`)
    expect(problems).toEqual([])
  })

  test('reports a slide that did not render', async () => {
    await page.setContent('<div id="slide-content"></div>')
    expect(await page.evaluate(inspectStage, { no: 1, floors: STAGE_FLOORS })).toEqual({ problems: ['slide did not render (no .slidev-page element)'] })
  })
})
