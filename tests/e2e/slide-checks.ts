// Runs inside the page (passed to page.evaluate), so it must stay self-contained: no imports,
// no helpers from outside the function body.

export interface SlideCheckInput {
  /** Slide number, as in the URL and in Slidev's `data-slidev-no`. */
  no: number
  /** The layout the slide asks for, if any. */
  layout?: string
}

/** Problems visible in the DOM of the current slide: unknown elements, fallback layout, overflow. */
export function inspectSlide({ no, layout }: SlideCheckInput): string[] {
  const problems: string[] = []
  const TOLERANCE = 1
  const canvasEl = document.querySelector('#slide-content')
  const page = document.querySelector(`#slideshow .slidev-page[data-slidev-no="${no}"]`)
  if (!canvasEl || !page) return [`slide did not render (no ${canvasEl ? '.slidev-page' : '#slide-content'} element)`]
  const canvas = canvasEl.getBoundingClientRect()

  const describe = (el: Element): string => {
    const classes = [...el.classList].slice(0, 3).map(c => `.${c}`).join('')
    const text = ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
    return `<${el.localName}${el.id ? `#${el.id}` : ''}${classes}>${text ? ` "${text}"` : ''}`
  }

  // Slidev's client layouts/default.vue renders `slidev-layout default`: the fallback it uses
  // for an unknown layout (the build's deck guard should have stopped that already).
  if (layout && layout !== 'default' && page.querySelector(':scope > .slidev-layout.default'))
    problems.push(`unknown layout "${layout}" (rendered with the default layout)`)

  // A component Vue could not resolve is rendered, in production, as an element of that name:
  // HTMLUnknownElement for <SponsorWall>, an undefined custom element for <sponsor-wall>.
  for (const el of page.querySelectorAll('*')) {
    const unknown = el instanceof HTMLUnknownElement
      || (el.namespaceURI === 'http://www.w3.org/1999/xhtml' && el.localName.includes('-') && !customElements.get(el.localName))
    if (unknown) problems.push(`unrendered component <${el.localName}> (no component of that name)`)
  }

  // Overflow: every visible box and text inside the slide canvas; nothing clipped inside a box.
  // Not checked: a subtree marked data-allow-overflow (deliberate bleed), visually-hidden text
  // for screen readers (1px boxes, clip), and shapes inside an <svg> that clips them anyway
  // (the <svg> box itself is checked).
  const outside = (r: DOMRect) => {
    const sides: string[] = []
    if (r.left < canvas.left - TOLERANCE) sides.push(`left by ${Math.round(canvas.left - r.left)}px`)
    if (r.right > canvas.right + TOLERANCE) sides.push(`right by ${Math.round(r.right - canvas.right)}px`)
    if (r.top < canvas.top - TOLERANCE) sides.push(`top by ${Math.round(canvas.top - r.top)}px`)
    if (r.bottom > canvas.bottom + TOLERANCE) sides.push(`bottom by ${Math.round(r.bottom - canvas.bottom)}px`)
    return sides
  }
  const scrolls = (el: Element) => el.scrollWidth > el.clientWidth + TOLERANCE || el.scrollHeight > el.clientHeight + TOLERANCE
  const scrollSize = (el: Element) => `scroll ${el.scrollWidth}x${el.scrollHeight} > client ${el.clientWidth}x${el.clientHeight}`
  const skipped = new Set<Element>() // reported or exempt: their subtrees are not checked again
  const isSkipped = (el: Element) => {
    for (let p: Element | null = el; p && p !== page; p = p.parentElement) if (skipped.has(p)) return true
    return !!el.closest('[data-allow-overflow]')
  }
  const inClippingSvg = (el: Element) => {
    const svg = (el as SVGElement).ownerSVGElement
    return !!svg && getComputedStyle(svg).overflow !== 'visible'
  }
  let overflowFound = false
  for (const el of page.querySelectorAll('*')) {
    if (isSkipped(el) || inClippingSvg(el)) continue
    const style = getComputedStyle(el)
    if (style.visibility === 'hidden' || style.display === 'none' || style.display === 'contents') continue
    const rect = el.getBoundingClientRect()
    const srOnly = style.clip !== 'auto' || (style.position === 'absolute' && rect.width <= 1 && rect.height <= 1)
    if (srOnly) {
      skipped.add(el)
      continue
    }
    if (rect.width === 0 || rect.height === 0) continue
    const sides = outside(rect)
    if (sides.length > 0) {
      problems.push(`${describe(el)} overflows the slide canvas (${sides.join(', ')})`)
      skipped.add(el)
      overflowFound = true
      continue
    }
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible'
    if (clips && scrolls(el) && !el.querySelector('[data-allow-overflow]')) {
      problems.push(`${describe(el)} has content cut off (${scrollSize(el)})`)
      skipped.add(el)
      overflowFound = true
    }
  }
  // Text can overflow a box that fits (a long word in a narrow column).
  const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (!node.textContent?.trim() || !parent || isSkipped(parent) || inClippingSvg(parent)) continue
    if (getComputedStyle(parent).visibility === 'hidden') continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const rect = range.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0) continue
    const sides = outside(rect)
    if (sides.length > 0) {
      problems.push(`text "${node.textContent.trim().slice(0, 40)}" in ${describe(parent)} overflows the slide canvas (${sides.join(', ')})`)
      skipped.add(parent)
      overflowFound = true
    }
  }
  // The slide as a whole, in case the overflowing content escaped the checks above.
  if (!overflowFound && !page.querySelector('[data-allow-overflow]') && scrolls(page))
    problems.push(`slide content is larger than the canvas (${scrollSize(page)})`)
  return problems
}

/**
 * Click steps of the current slide, read from Slidev's app context (Vue's `__vue_app__` is set in
 * production builds too; '$$slidev-context' is Slidev's injectionSlidevContext key). Undefined if
 * that ever changes; the caller then visits the slide at a click count past any slide's last.
 */
export function slideClicksTotal(): number | undefined {
  const app = (document.querySelector('#app') as { __vue_app__?: { _context?: { provides?: Record<string, unknown> } } } | null)?.__vue_app__
  const context = app?._context?.provides?.['$$slidev-context'] as { nav?: { clicksTotal?: unknown } } | undefined
  const total = context?.nav?.clicksTotal
  return typeof total === 'number' ? total : undefined
}

/** Resolves when the current slide has rendered and stopped moving (fonts, images, animations). */
export async function settleSlide(no: number): Promise<void> {
  const timeout = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
  const deadline = Date.now() + 15_000
  const rendered = () => {
    const page = document.querySelector(`#slideshow .slidev-page[data-slidev-no="${no}"]`)
    return !!page && page.childElementCount > 0 && !page.querySelector('.slidev-slide-loading')
  }
  while (!rendered() && Date.now() < deadline) await timeout(50)
  await document.fonts.ready
  const images = [...document.images].filter(img => !img.complete)
  await Promise.race([
    Promise.all(images.map(img => new Promise((resolve) => {
      img.addEventListener('load', resolve, { once: true })
      img.addEventListener('error', resolve, { once: true })
    }))),
    timeout(5_000),
  ])
  // Finite animations only: an infinite spinner never finishes.
  const finite = document.getAnimations().filter(a => a.effect?.getComputedTiming().endTime !== Infinity)
  await Promise.race([Promise.all(finite.map(a => a.finished.catch(() => undefined))), timeout(5_000)])
  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
}
