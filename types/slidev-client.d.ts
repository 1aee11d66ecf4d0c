// The part of @slidev/client that our components and layouts use, typed for `vue-tsc`.
// Why a facade: @slidev/client ships its TypeScript sources, which rely on Slidev's own build
// globals (__SLIDEV_HAS_SERVER__, ...) and do not pass our strict options, so type-checking our
// .vue files against them fails inside node_modules. tsconfig.json maps the module name here
// (`paths`); Vite still bundles the real package. Checked against @slidev/client 52.20.1 (the
// version package.json pins): a signature that drifts there shows as a build or browser-test failure.
declare module '@slidev/client' {
  import type { ComputedRef, Ref } from 'vue'

  export type RenderContext = 'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'

  export interface SlideContext {
    $slidev: { configs: Record<string, unknown> }
    $frontmatter: Record<string, unknown>
    $page: Ref<number>
    $renderContext: Ref<RenderContext>
  }

  export interface SlidevNav {
    total: ComputedRef<number>
    currentSlideNo: ComputedRef<number>
    isPrintMode: ComputedRef<boolean>
    clicksStart: ComputedRef<number>
    clicksTotal: ComputedRef<number>
    go: (no: number | string, clicks?: number, force?: boolean) => Promise<void>
    nextSlide: (lastClicks?: boolean) => Promise<void>
  }

  export function useSlideContext(): SlideContext
  export function useNav(): SlidevNav
  export function useIsSlideActive(): ComputedRef<boolean>
  export function onSlideLeave(callback: (to: number, from: number | undefined) => unknown): void
}
