import { describe, expect, test } from 'vitest'
import { parseScenario } from '../scenario/parse'
import { withAction } from '../scenario/edit'
import { createTimeline, snapshotWorld } from '../sim'
import { builtinLessons } from '.'

/**
 * A student who explores a lesson acts at the cursor: the app then reuses the timeline's keyframes
 * before the action. Whatever is reused, the world must be the one a fresh run of the edited
 * scenario gives (jobs, hosts and brokers included).
 */
describe('an action added while exploring a lesson', () => {
  for (const lesson of builtinLessons()) {
    test(`${lesson.id}: gives the same world as a fresh run of the edited scenario`, () => {
      const parsed = parseScenario(lesson.scenario)
      if (!parsed.ok) throw new Error(`${lesson.id} does not parse`)
      const scenario = parsed.value
      const topic = scenario.topics[0]!.name
      const at = Math.floor(scenario.durationMs / 4)
      const edited = withAction(scenario, {
        type: 'produce',
        at,
        topic,
        partition: null,
        records: [{ key: 'explorer', value: 'hello' }],
      })
      if (!edited.ok) throw new Error(`${lesson.id}: the produce action is refused`)

      const fresh = createTimeline(edited.value)
      // Dense keyframes keep worlds from after the jobs started; the default keeps only time 0.
      for (const keyframeEvery of [20, undefined]) {
        const timeline = createTimeline(scenario, keyframeEvery ? { keyframeEvery } : {})
        timeline.worldAt(scenario.durationMs)
        const incremental = timeline.withScenario(edited.value)
        for (const t of [1, at - 1, at, Math.floor(scenario.durationMs / 2), scenario.durationMs]) {
          expect(snapshotWorld(incremental.worldAt(t)), `at ${t} ms`).toEqual(
            snapshotWorld(fresh.worldAt(t)),
          )
        }
      }
    })
  }
})
