// Import-glob guard: a Vite plugin that makes parallel deck builds safe from one Slidev 52 race.
//
// Slidev writes each glob it needs (the setup files of every root, ...) to a proxy module,
// `<deck folder>/node_modules/.slidev/virtual/import-glob.<first 10 hex of sha256(content)>.ts`,
// with writeFileSync whenever that process has not written it yet. Two processes building two
// decks of one folder (scripts/build.ts runs two workers) rewrite the same file: truncate, then
// write. A Vite reading it in between sees an empty module, and the build fails with
// `[MISSING_EXPORT] "default" is not exported by ".../import-glob.<hash>.ts"` (seen once in the
// big-programme e2e build).
//
// The file's name is the hash of its content, so a reader can tell a whole file from a torn one:
// this plugin loads the proxy modules itself and reads again until the content matches its name.
// The path shape and the hash are Slidev's (assumption `import-glob-proxy` of
// scripts/lib/slidev-internals.ts, checked by tests/scripts/slidev-contract.test.ts).
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { IMPORT_GLOB_PROXY, importGlobProxyHash } from './slidev-internals.ts'

/** The content of a proxy module once it is whole (its hash matches its name), after up to `attempts` reads. */
export function readWholeProxy(file: string, read: (file: string) => string = f => readFileSync(f, 'utf8'), attempts = 200): string {
  const wanted = IMPORT_GLOB_PROXY.exec(file)?.[1]
  if (!wanted) throw new Error(`import-glob-guard: ${file} is not an import-glob proxy module`)
  let content = ''
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      content = read(file)
      if (importGlobProxyHash(content) === wanted) return content
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    // Another process is between its truncate and its write: a few milliseconds.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10)
  }
  throw new Error(`import-glob-guard: ${file} never held the content its name hashes (Slidev changed how it writes import-glob proxies?); last read ${content.length} characters`)
}

export function importGlobGuard(): Plugin {
  return {
    name: 'import-glob-guard',
    enforce: 'pre',
    load(id) {
      const file = id.startsWith('/@fs/') ? id.slice('/@fs'.length) : id
      if (!IMPORT_GLOB_PROXY.test(file)) return null
      return readWholeProxy(file)
    },
  }
}
