import type { StepPlace } from '../../../lessons/authoring/draft'
import type { ScenarioDocument } from '../../../scenario/branches'
import { useAppStore } from '../../../store/appStore'
import { branchedOf } from '../../../store/branchState'

/**
 * Where the author is now: the cursor's time, the partition shown, the record inspected, and over
 * two branches the one selected (B is named; A is what a step shows when it names none).
 */
export function placeOnScreen(): StepPlace {
  const { cursor, topic, partition, selectedOffset, branch } = useAppStore.getState()
  return {
    at: Math.floor(cursor),
    view: {
      topic,
      partition,
      ...(selectedOffset === null ? {} : { inspectOffset: selectedOffset }),
      ...(branch?.selected === 'b' ? { branch: 'b' as const } : {}),
    },
  }
}

/** The scenario on screen as a document holds it: both branches when it has two. */
export function documentOnScreen(): ScenarioDocument {
  const { scenario, branch } = useAppStore.getState()
  return branch === null ? { scenario, branches: null } : branchedOf(scenario, branch)
}
