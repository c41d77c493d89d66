import { branchDivergence } from '../../derive/branchDiff'
import { worldAt } from '../../derive/simulation'
import type { Lesson } from '../../lessons'
import type { QueryWorlds } from '../../lessons/query/evaluate'
import { lessonWorlds } from '../../lessons/worlds'
import { snapshotWorld } from '../../sim'

/** What `lesson`'s queries read at a time in the app: worlds from the app's own cache. */
export function appLessonWorlds(lesson: Lesson): (t: number) => QueryWorlds {
  return lessonWorlds(lesson, {
    worldAt: (scenario, t) => snapshotWorld(worldAt(scenario, t)),
    divergence: (a, b) => branchDivergence(a, b)?.time ?? null,
  })
}
