// Slot timer for every deck that uses the repo root as its addon: a deck whose headmatter says
// `session: <id>` gets Slidev's presenter timer as a countdown of that session's length, taken from
// the event data module. The author writes only `session:`; an explicit `duration:` or `timer:` wins.
//
// Slidev internals this relies on (Slidev 52, checked by tests/scripts/slot-timer.test.ts):
//  - @slidev/cli loads `setup/preparser.ts` of every root (theme, addons, user root) through
//    @slidev/parser's preparser extension loader, with the entry's parsed headmatter and file path.
//    The first parse (which only finds the theme and addons) sees the user root alone, so this
//    file runs on the second parse, the one whose headmatter becomes the deck's config.
//  - @slidev/parser calls `transformSlide(content, frontmatter)` with each slide's frontmatter
//    object, entry file first; the config is resolved from `{ ...slides[0].frontmatter }`, so
//    adding `duration`/`timer` to the first slide's frontmatter sets `configs.duration`/`configs.timer`,
//    which the presenter's timer (client/composables/useTimer.ts) reads. The YAML document and raw
//    text are left alone, so Slidev's editor never writes the injected keys back into the file.
//  - An error thrown here rejects the parse: `slidev build` fails, naming the deck and the id.
import { definePreparserSetup, type SlidevPreparserExtension } from '@slidev/types'
import { applyDeckDefaults } from '../scripts/lib/deck-defaults.ts'
import { expandGeneratedSlides } from '../scripts/lib/generated-slides.ts'
import { pageTitleTemplate } from '../scripts/lib/slide-titles.ts'
import { applySlotTimer, slotTimerFor } from '../scripts/lib/slot-timer.ts'
import { missingPhotoNotes } from './missing-photo-notes.ts'

/**
 * An extension that changes the frontmatter of the entry's first slide, the one that carries the
 * headmatter (the config is resolved from it), once: `apply` runs when that slide's `key` is the
 * headmatter's, i.e. it is the deck's own first slide.
 */
function onHeadmatterSlide(name: string, headmatter: Record<string, unknown>, key: string, apply: (frontmatter: Record<string, unknown>) => void): SlidevPreparserExtension {
  let headmatterSeen = false
  return {
    name,
    async transformSlide(_content, frontmatter: Record<string, unknown>) {
      // The first slide parsed is the entry's first slide, which carries the headmatter.
      if (!headmatterSeen) {
        headmatterSeen = true
        if (frontmatter[key] === headmatter[key]) apply(frontmatter)
      }
      return undefined
    },
  }
}

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
