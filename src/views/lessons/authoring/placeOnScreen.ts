import type { StepPlace } from '../../../lessons/authoring/draft'
import { useAppStore } from '../../../store/appStore'

/** Where the author is now: the cursor's time, the partition shown and the record inspected. */
export function placeOnScreen(): StepPlace {
  const { cursor, topic, partition, selectedOffset } = useAppStore.getState()
  return {
    at: Math.floor(cursor),
    view: {
      topic,
      partition,
      ...(selectedOffset === null ? {} : { inspectOffset: selectedOffset }),
    },
  }
}
