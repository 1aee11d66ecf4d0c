// The handout's notes: each slide's speaker notes (the markdown Slidev keeps as the slide's
// `note`) as plain paragraphs, set as text below the slide (never as markup), and the page each
// slide starts on. Pure functions: scripts/lib/pdf.ts prints the handout in the browser.

/** A line the build adds to a slide's notes for the team (setup/missing-photo-notes.ts), not for readers. */
const TEAM_ONLY_LINE = /^Photo missing: \S+$/

/** Markdown inline syntax removed, the text kept: links keep their text, code keeps its characters. */
function plainInline(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, href: string) => (/^https?:/.test(href) && label.trim() !== href ? `${label} (${href})` : label))
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/**
 * A slide's notes as paragraphs of plain text: blank lines separate paragraphs, each list item
 * is a paragraph of its own starting with "• " (numbered items keep their number), headings and
 * emphasis lose their markup, HTML comments and tags are dropped, and the team's
 * "Photo missing:" lines are left out.
 */
export function noteParagraphs(note: string | undefined): string[] {
  if (!note) return []
  const paragraphs: string[] = []
  let current: string[] = []
  const flush = () => {
    const text = plainInline(current.join(' '))
    if (text) paragraphs.push(text)
    current = []
  }
  const lines = note.replace(/<!--[\s\S]*?-->/g, '').replace(/^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm, '$2').split(/\r?\n/)
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || /^(-{3,}|\*{3,}|_{3,})$/.test(line)) {
      flush()
      continue
    }
    if (TEAM_ONLY_LINE.test(line)) {
      flush()
      continue
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line)
    const bullet = /^[-*+]\s+(.*)$/.exec(line)
    const numbered = /^(\d+)[.)]\s+(.*)$/.exec(line)
    if (heading) {
      flush()
      current.push(heading[1]!)
      flush()
    } else if (bullet) {
      flush()
      current.push(`• ${bullet[1]!}`)
    } else if (numbered) {
      flush()
      current.push(`${numbered[1]}. ${numbered[2]!}`)
    } else {
      current.push(line.replace(/^>\s?/, ''))
    }
  }
  flush()
  return paragraphs
}

/**
 * The 0-based page each handout slide starts on, given how many pages each slide's block (the
 * slide and its notes, each block starting a new page) takes.
 */
export function handoutFirstPages(pagesPerSlide: readonly number[]): number[] {
  const first: number[] = []
  let page = 0
  for (const pages of pagesPerSlide) {
    first.push(page)
    page += Math.max(1, pages)
  }
  return first
}

/** `<slug>-handout.pdf`, next to `<slug>.pdf`. */
export function handoutFileName(slug: string): string {
  return `${slug}-handout.pdf`
}
