import type { QueryParams } from '../../../lessons/authoring/queryKinds'
import type { Scenario } from '../../../scenario/schema'
import type { WorldSnapshot } from '../../../sim'

/** What a new query is about when the author has not said: what is on screen now. */
export function queryDefaults(
  scenario: Scenario,
  world: WorldSnapshot,
  view: {
    readonly topic: string
    readonly partition: number
    readonly selectedOffset: number | null
  },
): QueryParams {
  return {
    topic: view.topic,
    partition: view.partition,
    offset: view.selectedOffset ?? 0,
    key: '',
    consumer: scenario.consumers[0]?.name ?? '',
    job: world.jobs[0]?.job ?? '',
  }
}
