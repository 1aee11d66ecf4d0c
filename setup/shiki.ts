// Code highlighting for every deck (Slidev loads setup/shiki.ts of each addon root).
//
// One theme, not Slidev's default light + dark pair: slides always stay light (styles/base.css),
// so the dark colours were never shown, and that second pass over every code block was the part
// of `slidev build` that did not depend on its inputs alone. Under load, a block's dark-theme
// tokens sometimes came out with other colours (seen on speaker-guide's `ts` block: `const` as
// #BD976A instead of #CB7676), giving that deck's chunks other hashes from one build to the next,
// with the light colours identical. With a single theme each block is tokenized once.
import { defineShikiSetup } from '@slidev/types'

export default defineShikiSetup(() => ({
  theme: 'vitesse-light',
}))
