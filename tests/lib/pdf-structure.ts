// A tagged PDF's structure tree as a screen reader meets it, page by page: each structure element
// with its role (H1, P, L, LI, Figure, Table...), its alternative text and the text it holds.
// pdf.js reads the tree (page.getStructTree) and maps its marked content to the page's text.
import { PDFBool, PDFDict, type PDFDocument, PDFName } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface StructElement {
  role: string
  depth: number
  /** /Alt, for a Figure. */
  alt?: string
  /** The text of the element and everything under it, whitespace collapsed. */
  text: string
}

interface StructNode { role?: string, alt?: string, children?: Array<StructNode | { type: string, id: string }> }

/** Every structure element of each page, in reading order (depth-first), or [] for an untagged page. */
export async function structureByPage(bytes: Uint8Array): Promise<StructElement[][]> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise
  const pages: StructElement[][] = []
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i)
      const content = await page.getTextContent({ includeMarkedContent: true })
      const textOf = new Map<string, string>()
      const open: string[] = []
      for (const item of content.items as Array<{ type?: string, id?: string, str?: string }>) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? '')
        else if (item.type === 'endMarkedContent') open.pop()
        else if (typeof item.str === 'string') {
          for (const id of open) if (id) textOf.set(id, `${textOf.get(id) ?? ''}${item.str}`)
        }
      }
      const tree = await page.getStructTree() as StructNode | null
      const elements: StructElement[] = []
      const walk = (node: StructNode, depth: number): string => {
        const index = elements.length
        if (node.role) elements.push({ role: node.role, depth, ...(node.alt !== undefined ? { alt: node.alt } : {}), text: '' })
        let text = ''
        for (const child of node.children ?? []) {
          if ('type' in child && child.type === 'content') text += textOf.get(child.id) ?? ''
          else if (!('type' in child)) text += walk(child as StructNode, depth + (node.role ? 1 : 0))
        }
        if (node.role) elements[index]!.text = text.replace(/\s+/g, ' ').trim()
        return text
      }
      if (tree) walk(tree, 0)
      pages.push(elements)
    }
  } finally {
    await doc.destroy()
  }
  return pages
}

/** The tree as indented lines (`H1 "Welcome"`, `Figure alt="..."`), without the layout-only NonStruct/Div wrappers. */
export function structureLines(elements: readonly StructElement[]): string[] {
  return elements
    .filter(el => !['NonStruct', 'Div', 'Span', 'Document', 'Root'].includes(el.role))
    .map((el) => {
      const detail = el.role === 'Figure' ? `alt=${JSON.stringify(el.alt ?? null)}` : JSON.stringify(el.text.length > 90 ? `${el.text.slice(0, 87)}...` : el.text)
      return `${el.role} ${detail}`
    })
}

/** What is wrong with the tagging of `doc`: /MarkInfo /Marked true and a /StructTreeRoot. */
export function taggingProblems(doc: PDFDocument): string[] {
  const problems: string[] = []
  const markInfo = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  if (markInfo?.get(PDFName.of('Marked')) !== PDFBool.True) problems.push('not tagged: no /MarkInfo << /Marked true >>')
  if (!doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)) problems.push('not tagged: no /StructTreeRoot')
  if (!doc.catalog.get(PDFName.of('Lang'))) problems.push('no /Lang')
  return problems
}
