import { describe, expect, test } from 'vitest'
import { transition } from '../../derive/scene'
import { sceneAt, timelineOf } from '../../derive/scene/testScene'
import type { SimEvent } from '../../sim'
import { laneMotions } from './laneMotion'

type SegmentDeleted = Extract<SimEvent, { type: 'segment.deleted' }>

/** A tiered topic whose broker keeps 2 s on disk: rolled segments turn archive-only one by one. */
const tiered = timelineOf({
  version: 3,
  name: 'tiered',
  durationMs: 12_000,
  broker: {
    'log.retention.check.interval.ms': 1_000,
    'log.initial.task.delay.ms': 1_000,
    'remote.log.manager.task.interval.ms': 1_000,
  },
  topics: [
    {
      name: 'events',
      config: {
        'remote.storage.enable': true,
        'retention.ms': 60_000,
        'local.retention.ms': 2_000,
        'segment.bytes': 3,
      },
    },
    { name: 'other', config: {} },
  ],
  producers: [{ name: 'p', topic: 'events', recordsPerSecond: 1, keys: { count: 2, prefix: 'k' } }],
})

describe('a lane’s share of a step', () => {
  test('a segment turning archive-only moves its lane, and only its lane', () => {
    const deletion = tiered
      .eventsUntil(12_000)
      .find((e): e is SegmentDeleted => e.type === 'segment.deleted' && e.archived === true)!
    const before = sceneAt(tiered, deletion.time - 1)
    const after = sceneAt(tiered, deletion.time)
    const step = transition(before, after, [deletion])
    const motions = laneMotions(before, after, step, 0.5)
    expect(motions.get('events-0')?.archived).toEqual(new Set([`events-0@${deletion.baseOffset}`]))
    expect(after.lanes.map((l) => l.id)).toContain('other-0')
    expect(motions.has('other-0')).toBe(false)
  })
})
