import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckGuard } from './scripts/lib/deck-guard.ts'
import { recordInputs } from './scripts/lib/record-inputs.ts'
// Validates the event data when any deck starts or builds: bad data stops Slidev with an error naming entity and field.
import './data/index.ts'
export default defineConfig({
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  // deckGuard fails the build on an unknown layout or an unresolved component (Slidev only
  // logs them); recordInputs lists the files a deck's build read, for scripts/build.ts's cache.
  plugins: [deckGuard(), recordInputs()],
})
