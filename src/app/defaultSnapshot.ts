import { defaultScenario } from '../scenario/builtin'
import { createTimeline, snapshotWorld } from '../sim'

/** The snapshot the first view shows: the built-in scenario at its end time. */
export function snapshotDefaultScenarioAtEnd(): ReturnType<typeof snapshotWorld> {
  const timeline = createTimeline(defaultScenario)
  return snapshotWorld(timeline.worldAt(timeline.endTime))
}
