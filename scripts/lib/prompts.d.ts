// The part of `prompts` (2.4, installed with Slidev, no bundled types) that scripts/new-talk.ts uses.
declare module 'prompts' {
  export interface Choice {
    title: string
    value: string
    description?: string
  }
  export interface AutocompleteQuestion {
    type: 'autocomplete'
    name: string
    message: string
    choices: Choice[]
    suggest?: (input: string, choices: Choice[]) => Promise<Choice[]>
    limit?: number
  }
  export interface Options {
    onCancel?: () => boolean | void
  }
  export default function prompts(question: AutocompleteQuestion, options?: Options): Promise<Record<string, unknown>>
}
