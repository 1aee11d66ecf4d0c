// Records which project files a deck's build read, so scripts/build.ts can tell later whether a
// cached deck is still up to date: a Vite plugin that, when DECK_INPUTS_FILE is set (build.ts
// sets it per deck), writes every module of the finished build that is a file outside
// node_modules to that file as a JSON array. Without the variable it does nothing.
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { moduleSourceFile } from './slidev-internals.ts'

export function recordInputs(outFile = process.env.DECK_INPUTS_FILE): Plugin {
  return {
    name: 'record-inputs',
    apply: 'build',
    buildEnd(error) {
      if (!outFile || error) return
      const files = new Set<string>()
      for (const id of this.getModuleIds()) {
        const file = moduleSourceFile(id)
        if (path.isAbsolute(file) && !file.includes('/node_modules/') && existsSync(file)) files.add(file)
      }
      writeFileSync(outFile, JSON.stringify([...files].sort()))
    },
  }
}
