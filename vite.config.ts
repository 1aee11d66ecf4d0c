import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckGuard } from './scripts/lib/deck-guard.ts'
import { importGlobGuard } from './scripts/lib/import-glob-guard.ts'
import { prevalidatedData } from './scripts/lib/prevalidated-data.ts'
import { recordInputs } from './scripts/lib/record-inputs.ts'
import { sharedAssets } from './scripts/lib/shared-assets.ts'
import { slideTitlesAsText } from './scripts/lib/slide-titles.ts'
// Validates the event data when any deck starts or builds: bad data stops Slidev with an error naming entity and field.
import './data/index.ts'
export default defineConfig({
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  // deckGuard fails the build on an unknown layout or an unresolved component (Slidev only
  // logs them); recordInputs lists the files a deck's build read, for scripts/build.ts's cache;
  // slideTitlesAsText keeps slide titles (a talk's is its session's, from the data) from being compiled as markup;
  // importGlobGuard reads Slidev's import-glob proxies only when whole (two workers rewrite them);
  // sharedAssets points a site build's chunks and fonts at the site's one shared assets/ folder;
  // prevalidatedData hands the browser the facts validated here, without zod.
  plugins: [importGlobGuard(), deckGuard(), recordInputs(), slideTitlesAsText(), sharedAssets(), prevalidatedData()],
})
