// Tells two builds' outputs apart the way a person debugging them would: a file whose name or
// content differs only by the content hashes of other files (`index-B1pKNRMc.js` importing
// `md-DBPfW04z.js`) differs because of those files, not on its own. What is left after hashes are
// set aside are the files that really differ, each with the first place where it does.

/** Vite/Rolldown's content hash in a file name: `-` then 8 characters of base64url before the extension. */
const HASHED_NAME = /-[A-Za-z0-9_-]{8}(?=\.(?:js|css|woff2?|svg|png|jpe?g|webp|json|wasm)\b)/g

export interface RealDifference {
  /** The file's name with hashes set aside, e.g. `assets/md-[hash].js`. */
  file: string
  /** Why: only in one output, or the first differing text on each side. */
  detail: string
}

const withoutHashes = (text: string) => text.replace(HASHED_NAME, '-[hash]')

/** Files of two outputs (relative name -> content) that differ once content hashes are set aside. */
export function realDifferences(left: ReadonlyMap<string, Buffer>, right: ReadonlyMap<string, Buffer>, context = 60): RealDifference[] {
  const group = (files: ReadonlyMap<string, Buffer>) => {
    const byName = new Map<string, string[]>()
    for (const [name, content] of files) {
      const key = withoutHashes(name)
      byName.set(key, [...(byName.get(key) ?? []), withoutHashes(content.toString('latin1'))].sort())
    }
    return byName
  }
  const a = group(left)
  const b = group(right)
  const differences: RealDifference[] = []
  for (const file of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const ours = a.get(file) ?? []
    const theirs = b.get(file) ?? []
    if (ours.length !== theirs.length) {
      differences.push({ file, detail: `${ours.length} file(s) on the left, ${theirs.length} on the right` })
      continue
    }
    // Same-named chunks (md-*.js, one per slide) pair up by content; the unmatched ones differ.
    const unmatched = ours.filter(text => !theirs.includes(text))
    const unmatchedTheirs = theirs.filter(text => !ours.includes(text))
    unmatched.forEach((text, index) => {
      const other = unmatchedTheirs[index] ?? ''
      let at = 0
      while (at < text.length && text[at] === other[at]) at++
      const excerpt = (s: string) => JSON.stringify(s.slice(Math.max(0, at - context), at + context))
      differences.push({ file, detail: `at character ${at}: ${excerpt(text)} vs ${excerpt(other)}` })
    })
  }
  return differences
}
