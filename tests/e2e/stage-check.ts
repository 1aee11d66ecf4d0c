// The stage check: what the projected slide must meet in its final click state, from the
// project's quality bar. Runs inside the page (passed to page.evaluate), so it must stay
// self-contained: no imports, no helpers from outside the function body.
//
// Sizes are canvas px (Slidev's 980x552 canvas before its scale transform). getComputedStyle
// gives canvas px for HTML text, unless something inside the slide scales again (a transform,
// `scale` or `zoom` between the text and the canvas), which is multiplied in. SVG <text> is
// measured by how its box is drawn: its font size in user units times the ratio of its rendered
// height to its user-space height (viewBox and every transform), divided by the canvas scale.

export interface StageCheckInput {
  /** Slide number, as in the URL and in Slidev's `data-slidev-no`. */
  no: number
  /** The floors to check against: STAGE_FLOORS (passed in, the function cannot import it). */
  floors: StageFloors
}

export interface StageReport {
  problems: string[]
  /** The smallest visible text on the slide, in canvas px (rounded to 0.1), and a sample of it. */
  smallest?: { px: number, text: string }
}

export interface StageFloors {
  text: number
  credit: number
  running: number
  code: number
  qrShare: number
}

/** Floors of the quality bar, in canvas px. */
export const STAGE_FLOORS: StageFloors = {
  text: 16,
  /** Text inside [data-stage-credit]: a URL printed under a QR code, a source credit. */
  credit: 14,
  /** Running text: p and li. */
  running: 20,
  /** Code: .slidev-code, pre, code. */
  code: 16,
  /** A QR code's height, as a share of the canvas height. */
  qrShare: 0.4,
}

export function inspectStage({ no, floors: FLOORS }: StageCheckInput): StageReport {
  const problems: string[] = []
  const canvasEl = document.querySelector<HTMLElement>('#slide-content')
  const page = document.querySelector<HTMLElement>(`#slideshow .slidev-page[data-slidev-no="${no}"]`)
  if (!canvasEl || !page) return { problems: [`slide did not render (no ${canvasEl ? '.slidev-page' : '#slide-content'} element)`] }
  const canvasRect = canvasEl.getBoundingClientRect()
  const canvasScale = canvasEl.offsetHeight > 0 ? canvasRect.height / canvasEl.offsetHeight : 1
  const canvasHeight = canvasEl.offsetHeight
  const round = (n: number) => Math.round(n * 10) / 10
  /** The nearest box around an element: itself, or its first ancestor that is not display: inline. */
  const boxOf = (el: Element): Element | null => {
    let box: Element | null = el
    while (box && box !== page && getComputedStyle(box).display === 'inline') box = box.parentElement
    return box
  }
  const snippet = (text: string, length = 50) => {
    const flat = text.replace(/\s+/g, ' ').trim()
    return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
  }
  const describe = (el: Element): string => {
    const classes = [...el.classList].filter(c => !c.startsWith('slidev-vclick')).slice(0, 3).map(c => `.${c}`).join('')
    return `<${el.localName}${el.id ? `#${el.id}` : ''}${classes}>`
  }

  /** Scale applied inside the canvas between `el` and the canvas (transform, scale, zoom). */
  const innerScale = (el: Element): number => {
    let scale = 1
    for (let e: Element | null = el; e && e !== canvasEl; e = e.parentElement) {
      const style = getComputedStyle(e)
      if (style.transform && style.transform !== 'none') {
        const m = new DOMMatrixReadOnly(style.transform)
        scale *= Math.hypot(m.c, m.d) // the vertical axis: type height
      }
      if (style.scale && style.scale !== 'none') {
        const parts = style.scale.split(/\s+/).map(Number)
        scale *= parts[1] ?? parts[0] ?? 1
      }
      const zoom = Number(style.zoom)
      if (Number.isFinite(zoom) && zoom > 0) scale *= zoom
    }
    return scale
  }

  /** Font size of a text node's parent as drawn, in canvas px. */
  const drawnSize = (parent: Element): number => {
    const fontSize = Number.parseFloat(getComputedStyle(parent).fontSize)
    if (parent instanceof SVGGraphicsElement && parent.ownerSVGElement) {
      // The nearest <text> (a <tspan> has no box of its own in every engine).
      const text = (parent.closest('text') ?? parent) as SVGGraphicsElement
      const box = text.getBBox()
      const rect = text.getBoundingClientRect()
      if (box.height > 0 && rect.height > 0) return fontSize * (rect.height / box.height) / canvasScale
      return fontSize
    }
    return fontSize * innerScale(parent)
  }

  /** Opacity as seen: the product of every ancestor's opacity; and the ancestor that lowers it most. */
  const seenOpacity = (el: Element): { opacity: number, by?: Element } => {
    let opacity = 1
    let by: Element | undefined
    let lowest = 1
    for (let e: Element | null = el; e; e = e.parentElement) {
      const own = Number(getComputedStyle(e).opacity)
      if (own < 1) {
        opacity *= own
        if (own < lowest) {
          lowest = own
          by = e
        }
      }
    }
    return { opacity, by }
  }

  const isScreenReaderOnly = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== page; e = e.parentElement) {
      const style = getComputedStyle(e)
      const rect = e.getBoundingClientRect()
      if (style.clip !== 'auto' && style.clip !== '') return true
      if (style.clipPath.includes('inset(50%')) return true
      if (style.position === 'absolute' && rect.width <= 1 && rect.height <= 1) return true
    }
    return false
  }

  // Findings grouped per element kind and size, so a schedule grid of 40 cells is one line.
  const groups = new Map<string, { message: string, count: number, sample: string }>()
  const note = (key: string, message: string, sample: string) => {
    const group = groups.get(key)
    if (group) group.count++
    else groups.set(key, { message, count: 1, sample })
  }
  let smallest: StageReport['smallest']

  const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    const text = node.textContent ?? ''
    if (!parent || !text.trim()) continue
    if (parent.closest('style, script, template, noscript, title, desc')) continue
    const style = getComputedStyle(parent)
    if (style.visibility === 'hidden' || style.display === 'none') continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const rect = range.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0) continue
    if (isScreenReaderOnly(parent)) continue

    // (e) Hidden or dimmed at the last click.
    const { opacity, by } = seenOpacity(parent)
    if (parent.closest('.slidev-vclick-hidden')) {
      const clicker = parent.closest('.slidev-vclick-hidden')!
      note(`hidden ${describe(clicker)}`, `text still hidden by a click (${describe(clicker)} is .slidev-vclick-hidden at the last click)`, text)
      continue
    }
    if (opacity === 0) continue // not projected (a decorative layer faded out)
    if (opacity < 0.99) {
      note(`dimmed ${describe(by ?? parent)} ${round(opacity)}`, `text dimmed at the last click (opacity ${round(opacity)} from ${describe(by ?? parent)})`, text)
    }

    // (a) and (b) Type sizes.
    const px = round(drawnSize(parent))
    if (!smallest || px < smallest.px) smallest = { px, text: snippet(text, 40) }
    const credit = !!parent.closest('[data-stage-credit]')
    const code = !!parent.closest('.slidev-code, pre, code')
    // Running text: the nearest box around the text is a p or li (a heading, or a badge drawn as
    // an inline-block/inline-flex box, in a list item is not running text; a link or <strong>
    // inside a paragraph is).
    const block = boxOf(parent)
    const running = !code && !!block && block.matches('p, li')
    const [floor, what] = credit
      ? [FLOORS.credit, 'credit text']
      : code
        ? [FLOORS.code, 'code']
        : running
          ? [FLOORS.running, 'running text']
          : [FLOORS.text, 'text']
    if (px < floor - 0.05) note(`size ${what} ${px} ${describe(parent)}`, `${what} at ${px}px (floor ${floor}px) in ${describe(parent)}`, text)
  }

  // (c) Developer wording, in the text as projected. Text set as code (code, pre, kbd) is left
  // out: a path or a command shown as code is content on a slide about the tooling, while the
  // same path in a sentence is a note to whoever builds the deck. Built like innerText from the
  // laid-out text nodes: a line break between blocks, whitespace collapsed as CSS does.
  let visibleText = ''
  let lastBlock: Element | null = null
  const textWalker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT)
  for (let node = textWalker.nextNode(); node; node = textWalker.nextNode()) {
    const parent = node.parentElement
    if (!parent || parent.closest('style, script, template, noscript, title, desc')) continue
    if (getComputedStyle(parent).visibility === 'hidden') continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const rect = range.getBoundingClientRect()
    if (rect.width === 0 && rect.height === 0) continue // not laid out (display: none on the way up)
    if (parent.closest('code, pre, kbd')) {
      visibleText += ' ' // keeps the words on either side apart
      continue
    }
    const block = boxOf(parent)
    if (lastBlock && block !== lastBlock) visibleText += '\n'
    lastBlock = block
    visibleText += (node.textContent ?? '').replace(/\s+/g, ' ')
  }
  const wording: Array<[RegExp, string]> = [
    [/\bpublic\//i, 'a path into public/'],
    [/\.(?:jpe?g|png)\b/i, 'an image file name'],
    [/\bslides\//i, 'a path into slides/'],
    [/\bcomponents\//i, 'a path into components/'],
    [/\bdrop\b[^.\n]{0,60}?\binto\b/i, '"drop … into"'],
    [/\bTODO\b/, '"TODO"'],
    [/placeholder/i, '"placeholder"'],
  ]
  for (const [pattern, what] of wording) {
    const match = pattern.exec(visibleText)
    if (!match) continue
    const from = Math.max(0, match.index - 25)
    problems.push(`developer wording on the slide, ${what}: "${snippet(visibleText.slice(from, match.index + match[0].length + 25), 70)}"`)
  }

  // (d) QR codes: [data-qr] (measured by the code it holds, not its caption) or an <svg> whose
  // label names a QR code, as components/QrCode.vue renders it.
  const qrFloor = FLOORS.qrShare * canvasHeight
  const measured = new Set<Element>()
  for (const marked of page.querySelectorAll('[data-qr]')) {
    const graphic = marked.matches('svg, canvas, img') ? marked : marked.querySelector('svg, canvas, img') ?? marked
    measured.add(graphic)
  }
  for (const svg of page.querySelectorAll('svg[aria-label*="QR" i]')) {
    if (![...measured].some(m => m === svg || m.contains(svg) || svg.contains(m))) measured.add(svg)
  }
  for (const qr of measured) {
    const rect = qr.getBoundingClientRect()
    if (getComputedStyle(qr).display === 'none' || rect.height === 0) continue
    const height = round(rect.height / canvasScale)
    if (height < qrFloor - 0.5) {
      const label = qr.getAttribute('aria-label') ?? qr.closest('[data-qr]')?.getAttribute('data-qr') ?? ''
      problems.push(`QR code ${round(height)}px high, under ${Math.round(FLOORS.qrShare * 100)}% of the canvas (${round(qrFloor)}px)${label ? `: ${snippet(label, 50)}` : ''}`)
    }
  }

  for (const { message, count, sample } of groups.values())
    problems.push(`${message}${count > 1 ? ` ×${count}` : ''}: "${snippet(sample, 40)}"`)
  return { problems, smallest }
}
