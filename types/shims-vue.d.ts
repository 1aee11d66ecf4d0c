// tsc cannot read .vue files (that needs vue-tsc); type-check TS that imports them against a
// generic component. The components' own <script setup lang="ts"> is checked by Vite's build.
declare module '*.vue' {
  import type { DefineComponent } from 'vue'

  const component: DefineComponent<object, object, unknown>
  export default component
}
