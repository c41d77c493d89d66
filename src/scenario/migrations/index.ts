import { completeStarts } from './completeStarts'

/**
 * Scenario migrations: migration N turns a version N−1 document into version N. They are pure, never
 * edited after release, and run in order, so every link ever shared keeps opening.
 */
export interface Migration {
  readonly toVersion: number
  readonly migrate: (document: Record<string, unknown>) => Record<string, unknown>
}

export const MIGRATIONS: readonly Migration[] = [
  // Format 2 added only `branches`, which the document boundary takes off before the scenario.
  { toVersion: 2, migrate: (document) => document },
  { toVersion: 3, migrate: completeStarts },
]
