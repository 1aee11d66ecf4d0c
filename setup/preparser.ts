// Slot timer for every deck that uses the repo root as its addon: a deck whose headmatter says
// `session: <id>` gets Slidev's presenter timer as a countdown of that session's length, taken from
// the event data module. The author writes only `session:`; an explicit `duration:` or `timer:` wins.
//
// It relies on Slidev's parse order (the first slide an extension sees is the entry's first, whose
// frontmatter becomes the deck's config): onHeadmatterSlide and the assumptions
// `cli-preparser-loader`, `preparser-headmatter-first` and `presenter-timer-config` of
// scripts/lib/slidev-internals.ts, checked by tests/scripts/slidev-contract.test.ts. An error thrown
// here rejects the parse: `slidev build` fails, naming the deck and the id.
import { definePreparserSetup, type SlidevPreparserExtension } from '@slidev/types'
import { applyDeckDefaults } from '../scripts/lib/deck-defaults.ts'
import { expandGeneratedSlides } from '../scripts/lib/generated-slides.ts'
import { pageTitleTemplate } from '../scripts/lib/slide-titles.ts'
import { applySlotTimer, slotTimerFor } from '../scripts/lib/slot-timer.ts'
import { onHeadmatterSlide } from '../scripts/lib/slidev-internals.ts'
import { missingPhotoNotes } from './missing-photo-notes.ts'

function slotTimer(headmatter: Record<string, unknown>, filepath: string): SlidevPreparserExtension[] {
  const patch = slotTimerFor(headmatter, { deck: filepath })
  if (!patch || Object.keys(patch).length === 0) return []
  return [onHeadmatterSlide('beam-summit:slot-timer', headmatter, 'session', frontmatter => applySlotTimer(frontmatter, patch))]
}

// The page title is the deck's `title:` as text (scripts/lib/slide-titles.ts): a `titleTemplate`
// holding it, on the slide whose frontmatter becomes the config.
function pageTitle(headmatter: Record<string, unknown>): SlidevPreparserExtension[] {
  const template = pageTitleTemplate(headmatter)
  if (template === undefined) return []
  return [onHeadmatterSlide('beam-summit:page-title-as-text', headmatter, 'title', (frontmatter) => { frontmatter.titleTemplate = template })]
}

// The headmatter every deck would repeat (a local favicon, no web fonts), said once:
// scripts/lib/deck-defaults.ts. Keyed on `favicon`, which the defaults set last if at all.
function deckDefaults(headmatter: Record<string, unknown>): SlidevPreparserExtension[] {
  return [onHeadmatterSlide('beam-summit:deck-defaults', headmatter, 'favicon', applyDeckDefaults)]
}

// Generated slides (`generate: schedule` / `generate: speakers`): scripts/lib/generated-slides.ts.
function generatedSlides(filepath: string): SlidevPreparserExtension[] {
  return [{ name: 'beam-summit:generated-slides', transformRawLines: lines => expandGeneratedSlides(lines, filepath) }]
}

export default definePreparserSetup(({ filepath, headmatter }) => [
  ...generatedSlides(filepath),
  ...deckDefaults(headmatter),
  ...slotTimer(headmatter, filepath),
  ...pageTitle(headmatter),
  missingPhotoNotes(),
])
