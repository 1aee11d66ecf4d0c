import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckGuard } from './scripts/lib/deck-guard.ts'
import { recordInputs } from './scripts/lib/record-inputs.ts'
export default defineConfig({
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  // deckGuard fails the build on an unknown layout or an unresolved component (Slidev only
  // logs them); recordInputs lists the files a deck's build read, for scripts/build.ts's cache.
  plugins: [deckGuard(), recordInputs()],
})
