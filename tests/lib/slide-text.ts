// A slide's title in its markdown, and text compared as a PDF reader gets it (typography and
// whitespace aside), for the PDF tests.

/** Typography and markup that differ between markdown source and rendered text, removed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, '\'')
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    // markdown-it's typographer (Slidev turns it on): .. -> …, -- -> –, (c) -> ©, ...
    .replace(/\.{2,}/g, '...')
    .replace(/-{2,3}/g, '-')
    .replace(/!{4,}/g, '!!!')
    .replace(/\?{4,}/g, '???')
    .replace(/,{2,}/g, ',')
    .replace(/\u00A9/g, '(c)').replace(/\u00AE/g, '(r)').replace(/\u2122/g, '(tm)').replace(/\u00B1/g, '+-')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&nbsp;/g, ' ')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase()
}

/** The first h1/h2 of a slide's markdown, as plain text; undefined when it has none. */
export function markdownTitle(content: string): string | undefined {
  const text = content
    .replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
  const match = /^(#{1,2})[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(text)
  if (!match) return undefined
  const plain = match[2]!
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`|~~)(.+?)\1/g, '$2')
    .replace(/\{[^}]*\}\s*$/, '')
    .trim()
  return plain || undefined
}
