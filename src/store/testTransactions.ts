import type { AppState } from './appStore'
import { useAppStore } from './appStore'

/** The parts of the state an intent changes, picked by name; each is compared by identity. */
export type Parts = Readonly<Record<string, unknown>>

/** What subscribers saw while an intent ran. */
export interface SeenChanges {
  readonly before: Parts
  readonly after: Parts
  /** How many changes subscribers were told of. */
  readonly count: number
  /** The changes whose parts were neither all as before nor all as after: intermediate states. */
  readonly intermediate: readonly Parts[]
}

function sameParts(a: Parts, b: Parts): boolean {
  return Object.keys(a).every((key) => Object.is(a[key], b[key]))
}

/**
 * Runs `intent`, watching every change of the store. Progress of a scenario being computed is a
 * change too, but not an intermediate state: its parts are still those before.
 */
export async function changesDuring(
  pick: (state: AppState) => Parts,
  intent: () => unknown,
): Promise<SeenChanges> {
  const before = pick(useAppStore.getState())
  const seen: Parts[] = []
  const stop = useAppStore.subscribe((state) => {
    seen.push(pick(state))
  })
  try {
    await intent()
  } finally {
    stop()
  }
  const after = pick(useAppStore.getState())
  return {
    before,
    after,
    count: seen.length,
    intermediate: seen.filter((parts) => !sameParts(parts, before) && !sameParts(parts, after)),
  }
}

/** What every opening changes: the scenario, both branches, the lesson, the time and the view. */
export function screenParts(state: AppState): Parts {
  const { scenario, branch, lessonSession, cursor, topic, partition, history, notices } = state
  return { scenario, branch, lessonSession, cursor, topic, partition, history, notices }
}
