/**
 * Scenario migrations: migration N turns a version N−1 document into version N. They are pure, never
 * edited after release, and run in order, so every link ever shared keeps opening.
 * Version 1 is the first format, so there is nothing to migrate yet.
 */
export interface Migration {
  readonly toVersion: number
  readonly migrate: (document: Record<string, unknown>) => Record<string, unknown>
}

export const MIGRATIONS: readonly Migration[] = []
