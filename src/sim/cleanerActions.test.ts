import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from './engine'
import type { SimEvent } from './events'
import type { BrokerConfig } from './log/config'
import type { ScenarioAction } from './simScenario'
import { snapshotWorld } from './snapshot'
import { testScenario, topic } from './testScenario'

const put = (key: string, value: string | null): ScenarioAction => ({
  type: 'produce',
  at: 0,
  topic: 'table',
  partition: 0,
  records: [{ key, value }],
})

/** Offsets 0–7 in segments of two: a, a, b, b, a, c, b, c; the active segment starts at 8. */
const eightRecords = ['a', 'a', 'b', 'b', 'a', 'c', 'b', 'c'].map((k, i) => put(k, `v${i}`))

function run(actions: readonly ScenarioAction[], broker: Partial<BrokerConfig> = {}) {
  const scenario = testScenario({
    periodicMaintenance: false,
    broker: { ...testScenario().broker, ...broker },
    topics: [
      topic('table', {
        'cleanup.policy': 'compact',
        'segment.bytes': 2,
        // So high that the thread's own pick would never clean this log again.
        'min.cleanable.dirty.ratio': 0.99,
      }),
      topic('plain', {}),
    ],
    actions: [...eightRecords, put('d', 'v8'), ...actions],
  })
  const events: SimEvent[] = []
  const world = initialWorld(scenario)
  advanceWorld(world, scenario, scenario.durationMs, (e) => events.push(e))
  const snapshot = snapshotWorld(world)
  const log = snapshot.topics[0]?.partitions[0]
  return {
    events,
    refused: snapshot.refusedActions.map((r) => r.reason),
    offsets: log?.segments.flatMap((s) => s.records.map((r) => r.offset)) ?? [],
    checkpoint: log?.cleanerCheckpoint ?? null,
  }
}

describe('a forced cleaning pass (cleaner.clean)', () => {
  it('cleans the chosen log from the chosen first dirty offset, whatever its dirty ratio', () => {
    // The map covers [4, 8): a@4, c@7, b@6. Older a and b below 4 go; c@5 goes (c@7 is newer).
    const { offsets, checkpoint, events } = run([
      { type: 'cleaner.clean', at: 1, topic: 'table', partition: 0, firstDirtyOffset: 4 },
    ])
    expect(offsets).toEqual([4, 6, 7, 8])
    expect(checkpoint).toBe(8)
    expect(events.find((e) => e.type === 'cleaner.pass')).toMatchObject({
      firstDirtyOffset: 4,
      endOffset: 8,
      forced: true,
      forcedByMaxLag: false,
    })
  })

  it('from a first dirty offset above a key’s last write, keeps that key’s older duplicates', () => {
    // From 6 the map holds only b@6 and c@7: a@0 and a@1 stay, since no later a is indexed.
    const { offsets } = run([
      { type: 'cleaner.clean', at: 1, topic: 'table', partition: 0, firstDirtyOffset: 6 },
    ])
    expect(offsets).toEqual([0, 1, 4, 6, 7, 8])
  })

  it('without a first dirty offset starts at the checkpoint, as the thread would', () => {
    const { offsets, checkpoint } = run([
      { type: 'cleaner.checkpoint', at: 1, topic: 'table', partition: 0, offset: 6 },
      { type: 'cleaner.clean', at: 2, topic: 'table', partition: 0, firstDirtyOffset: null },
    ])
    expect(offsets).toEqual([0, 1, 4, 6, 7, 8])
    expect(checkpoint).toBe(8)
  })

  it('refuses what Kafka would not clean, naming why', () => {
    const { refused } = run([
      { type: 'cleaner.clean', at: 1, topic: 'table', partition: 0, firstDirtyOffset: 10 },
      { type: 'cleaner.clean', at: 1, topic: 'table', partition: 0, firstDirtyOffset: 8 },
      { type: 'cleaner.clean', at: 1, topic: 'plain', partition: 0, firstDirtyOffset: null },
      { type: 'cleaner.clean', at: 1, topic: 'table', partition: 3, firstDirtyOffset: null },
      { type: 'cleaner.clean', at: 1, topic: 'nope', partition: 0, firstDirtyOffset: null },
    ])
    expect(refused).toEqual([
      'the first dirty offset 10 is above the log end offset 9',
      'nothing to clean in table-0 from offset 8: the first uncleanable offset is 8 (the active segment and records within min.compaction.lag.ms are never cleaned)',
      'plain has cleanup.policy=delete: the log cleaner never cleans it',
      'table has no partition 3',
      'topic nope does not exist',
    ])
  })

  it('is refused when the cleaner is disabled', () => {
    const { refused } = run(
      [{ type: 'cleaner.clean', at: 1, topic: 'table', partition: 0, firstDirtyOffset: null }],
      { 'log.cleaner.enable': false },
    )
    expect(refused).toEqual(['the log cleaner is disabled (log.cleaner.enable=false)'])
  })
})

describe('setting the cleaner checkpoint (cleaner.checkpoint)', () => {
  it('writes the checkpoint and says what it was', () => {
    const { checkpoint, events } = run([
      { type: 'cleaner.checkpoint', at: 1, topic: 'table', partition: 0, offset: 4 },
    ])
    expect(checkpoint).toBe(4)
    expect(events.find((e) => e.type === 'cleaner.checkpointSet')).toMatchObject({
      from: null,
      to: 4,
    })
  })

  it('keeps an offset outside the log until the cleaner’s next look starts from the log start instead', () => {
    const kept = run([
      { type: 'cleaner.checkpoint', at: 1, topic: 'table', partition: 0, offset: 50 },
    ])
    expect(kept.checkpoint).toBe(50)
    const reset = run([
      { type: 'cleaner.checkpoint', at: 1, topic: 'table', partition: 0, offset: 50 },
      { type: 'cleaner.run', at: 2 },
    ])
    // With the first dirty offset back at the log start, the whole log is dirty (ratio 1).
    expect(reset.events.find((e) => e.type === 'cleaner.pass')).toMatchObject({
      firstDirtyOffset: 0,
      dirtyRatio: 1,
    })
    expect(reset.checkpoint).toBe(8)
  })

  it('is refused for the log a throttled pass is cleaning: the pass’s end writes it', () => {
    const { refused } = run(
      [
        { type: 'cleaner.clean', at: 1, topic: 'table', partition: 0, firstDirtyOffset: null },
        { type: 'cleaner.checkpoint', at: 2, topic: 'table', partition: 0, offset: 3 },
      ],
      { 'log.cleaner.io.max.bytes.per.second': 1 },
    )
    // 8 records read for the map, 8 read again to recopy, 3 written: 19 units at 1 a second.
    expect(refused).toEqual([
      'the cleaner thread is cleaning table-0 until t=19001 ms (log.cleaner.io.max.bytes.per.second throttles it), and its end writes this checkpoint',
    ])
  })
})
