import { describe, expect, it } from 'vitest'
import { outputContents, outputContentsKey } from './compare/outputs'
import type { ReadonlyWorld } from './readonlyWorld'
import type { ScenarioAction } from './simScenario'
import { snapshotWorld } from './snapshot'
import { testScenario, topic } from './testScenario'
import { createTimeline } from './timeline'

const produce = (at: number, key: string, value: string): ScenarioAction => ({
  type: 'produce',
  at,
  topic: 'out',
  partition: 0,
  records: [{ key, value }],
})

/** a:1, a:2 in a segment rolled at 30 ms, b:1 after it, the cleaner at 50 ms, nothing after. */
const scenario = testScenario({
  periodicMaintenance: false,
  durationMs: 100,
  topics: [topic('out', { 'cleanup.policy': 'compact', 'min.cleanable.dirty.ratio': 0 })],
  actions: [
    produce(10, 'a', '1'),
    produce(20, 'a', '2'),
    { type: 'roll', at: 30, topic: 'out', partition: 0 },
    produce(40, 'b', '1'),
    { type: 'cleaner.run', at: 50 },
  ],
})

/**
 * Every line marked `@ts-expect-error` must fail to typecheck (`npm run typecheck` fails when one
 * compiles): changing a read-only world is a type error at every depth. Never called: the
 * typecheck is the test.
 */
function _changesThatDoNotTypecheck(world: ReadonlyWorld): void {
  // @ts-expect-error a scalar of the world
  world.now = 5
  // @ts-expect-error a map of the world (a ReadonlyMap has no set or delete)
  const _topics: Map<string, unknown> = world.topics
  const log = world.topics.get('out')?.partitions[0]
  if (log === undefined) return
  // @ts-expect-error a partition's offsets
  log.logStartOffset = 3
  const segment = log.segments[0]
  if (segment === undefined) return
  // @ts-expect-error a partition's segments
  log.segments[1] = segment
  // @ts-expect-error a segment's record count
  segment.count = 0
  const job = [...world.jobs.values()][0]
  // @ts-expect-error a job's status
  if (job !== undefined) job.status = 'stopped'
  // @ts-expect-error a consumer's position
  world.consumers.forEach((consumer) => (consumer.position = 0))
}

describe('a read-only world', () => {
  it('is the engine’s own world, typed: handing it out copies nothing', () => {
    const timeline = createTimeline(scenario)
    const world = timeline.worldAt(60)
    const readOnly: ReadonlyWorld = world
    expect(readOnly).toBe(world)
    expect(snapshotWorld(readOnly)).toEqual(snapshotWorld(world))
  })
})

describe('the key of an output’s contents', () => {
  const timeline = createTimeline(scenario)
  const keyAt = (t: number) => outputContentsKey(timeline.worldAt(t), 'out')
  const contentsAt = (t: number) => outputContents(timeline.worldAt(t), 'out', [])

  it('changes with every append', () => {
    expect(keyAt(15)).not.toBe(keyAt(25))
    expect(keyAt(25)).not.toBe(keyAt(45))
  })

  it('changes when the cleaner removes a record, though the log’s start and end stay', () => {
    expect(contentsAt(45).records).toBe(3)
    expect(contentsAt(55).records).toBe(2)
    expect(keyAt(45)).not.toBe(keyAt(55))
  })

  it('stays while nothing is written or removed, as the contents do', () => {
    expect(keyAt(60)).toBe(keyAt(90))
    expect(contentsAt(60)).toEqual(contentsAt(90))
  })
})
