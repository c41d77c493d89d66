/**
 * One copyable piece of real configuration or shell: what the simulated step stands for on a real
 * Kafka cluster and Samza job (../shared/samza-semantics.md §8).
 */
export interface Snippet {
  /** What the block is, e.g. "job.properties" or "Shell". */
  readonly label: string
  readonly language: 'shell' | 'properties' | 'json' | 'csv'
  readonly text: string
}

/** A titled group of snippets, with the caveats a learner must not miss. */
export interface RealWorldSection {
  readonly id: string
  readonly title: string
  /** Simulated time of the action it stands for; absent for the set-up. */
  readonly at?: number
  readonly snippets: readonly Snippet[]
  readonly caveats: readonly string[]
}

/** The demo broker every command talks to, as in Kafka's quickstart. */
export const BOOTSTRAP = 'localhost:9092'

export const shell = (label: string, ...lines: string[]): Snippet => ({
  label,
  language: 'shell',
  text: lines.join('\n'),
})

export const properties = (label: string, lines: readonly string[]): Snippet => ({
  label,
  language: 'properties',
  text: lines.join('\n'),
})

/** Quotes a shell word when it holds anything beyond the characters names are made of. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9._\-/:=,]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`
}

/** What the real world does for one scenario action: a title, its commands and their caveats. */
export interface DescribedAction {
  readonly title: string
  readonly snippets: readonly Snippet[]
  readonly caveats: readonly string[]
}
