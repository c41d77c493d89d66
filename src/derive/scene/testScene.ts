import { lessonById } from '../../lessons'
import { builtinScenario } from '../../scenario/builtinScenario'
import type { ScenarioInput } from '../../scenario/schema'
import { createTimeline, type Timeline } from '../../sim'
import { scene, type SceneOptions } from './scene'
import type { Scene } from './types'

/** A test's palette: one colour per key name, so a test can tell keys apart by colour. */
export const colorOf = (key: string | null): string => (key === null ? 'grey' : `c:${key}`)

/** A lesson's scenario as a timeline, the way the app runs it. */
export function lessonTimeline(id: string): Timeline {
  const lesson = lessonById(id)
  if (lesson === undefined) throw new Error(`no lesson ${id}`)
  return createTimeline(builtinScenario(lesson.scenario))
}

/** A scenario written as a lesson or a file writes it (defaults filled in), as a timeline. */
export function timelineOf(input: ScenarioInput): Timeline {
  return createTimeline(builtinScenario(input))
}

/** The scene at `t`, with the events up to `t` as its history. */
export function sceneAt(timeline: Timeline, t: number, options: Partial<SceneOptions> = {}): Scene {
  return scene(timeline.worldAt(t), {
    width: 900,
    labelPx: 12,
    history: timeline.eventsUntil(t),
    colorOf,
    ...options,
  })
}

/** Two topics of two keyed records a second each, so both lanes have cells at any time. */
export function twoTopicsTimeline(): Timeline {
  return timelineOf({
    version: 3,
    name: 'two topics',
    durationMs: 20_000,
    topics: [
      { name: 'a', config: {} },
      { name: 'b', config: {} },
    ],
    producers: [
      { name: 'pa', topic: 'a', recordsPerSecond: 2, keys: { count: 3, prefix: 'k' } },
      { name: 'pb', topic: 'b', recordsPerSecond: 2, keys: { count: 3, prefix: 'k' } },
    ],
  })
}
