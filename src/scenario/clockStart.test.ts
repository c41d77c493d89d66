/**
 * A scenario on a real date (`clockStartMs`): record timestamps are epoch milliseconds in the file
 * and the snapshot, simulated times inside the core; every golden scenario shifted to a real date
 * reaches the same worlds, timestamps shifted by the clock start.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { WorldSnapshot } from '../sim'
import { createTimeline, snapshotWorld } from '../sim'
import { parseScenario } from './parse'
import { describeProblems } from './problems'
import type { ScenarioInput } from './schema'

/** 2024-05-01T00:00:00Z. */
const MAY_2024 = 1_714_521_600_000

const goldenDir = join(import.meta.dirname, '..', 'cli', '__golden__')
const goldens = readdirSync(goldenDir).filter((f) => /^\d\d-[\w-]+\.json$/.test(f))

interface LooseAction {
  readonly type: string
  readonly timestamp?: number | null
  readonly records?: readonly { readonly timestamp?: number }[]
}

/** The scenario moved to a real date: a clock start, and every written timestamp shifted by it. */
function onRealDate(input: ScenarioInput, start: number): ScenarioInput {
  const actions = (input.actions ?? []) as readonly LooseAction[]
  const shifted = actions.map((a) => ({
    ...a,
    ...(typeof a.timestamp === 'number' ? { timestamp: a.timestamp + start } : {}),
    ...(a.records
      ? {
          records: a.records.map((r) =>
            r.timestamp === undefined ? r : { ...r, timestamp: r.timestamp + start },
          ),
        }
      : {}),
  }))
  return { ...input, clockStartMs: start, actions: shifted } as ScenarioInput
}

function worldAt(input: ScenarioInput, t: number): WorldSnapshot {
  const parsed = parseScenario(input)
  if (!parsed.ok) throw new Error(describeProblems(parsed.problems))
  return snapshotWorld(createTimeline(parsed.value).worldAt(t))
}

/** The snapshot with its record timestamps and delete horizons back on the simulated clock. */
function backToSimulatedTime(snapshot: WorldSnapshot, start: number): WorldSnapshot {
  const { clockStartMs, ...rest } = snapshot
  expect(clockStartMs).toBe(start)
  return JSON.parse(JSON.stringify(rest), (key, value: unknown) =>
    (key === 'timestamp' || key === 'deleteHorizonMs') && typeof value === 'number'
      ? value - start
      : value,
  ) as WorldSnapshot
}

describe('scenarios on a real date (clockStartMs)', () => {
  it.each(goldens)('%s reaches the same worlds, record timestamps shifted', (file) => {
    const input = JSON.parse(readFileSync(join(goldenDir, file), 'utf8')) as ScenarioInput
    const moved = onRealDate(input, MAY_2024)
    for (const t of [input.durationMs / 4, input.durationMs / 2, input.durationMs]) {
      const original = worldAt(input, t)
      expect(backToSimulatedTime(worldAt(moved, t), MAY_2024)).toEqual(original)
    }
  })

  it('writes epoch timestamps in the snapshot, around 1.7×10¹²', () => {
    const world = worldAt(
      {
        version: 3,
        durationMs: 10_000,
        clockStartMs: MAY_2024,
        topics: [{ name: 't' }],
        actions: [
          { type: 'produce', at: 1_000, topic: 't', records: [{ key: 'a', value: '1' }] },
          {
            type: 'produce',
            at: 2_000,
            topic: 't',
            records: [{ key: 'b', value: '2', timestamp: MAY_2024 + 500 }],
          },
        ],
      },
      5_000,
    )
    expect(world.time).toBe(5_000)
    expect(world.clockStartMs).toBe(MAY_2024)
    const records = world.topics[0]?.partitions[0]?.segments.flatMap((s) => s.records)
    expect(records?.map((r) => r.timestamp)).toEqual([MAY_2024 + 1_000, MAY_2024 + 500])
  })

  it('a first batch at time 0 counts for max.compaction.lag.ms on a real date, not at epoch 0', () => {
    // Kafka ignores first-batch timestamps ≤ 0; on a real date time 0 is a timestamp like any other.
    const forced = (clockStartMs: number | undefined) =>
      worldAt(
        {
          version: 3,
          durationMs: 10_000,
          ...(clockStartMs === undefined ? {} : { clockStartMs }),
          periodicMaintenance: false,
          topics: [
            {
              name: 't',
              config: {
                'cleanup.policy': 'compact',
                'segment.bytes': 2,
                'min.cleanable.dirty.ratio': 1,
                'max.compaction.lag.ms': 100,
              },
            },
          ],
          actions: [
            {
              type: 'produce',
              at: 0,
              topic: 't',
              records: [
                { key: 'a', value: '1' },
                { key: 'a', value: '2' },
              ],
            },
            { type: 'produce', at: 0, topic: 't', records: [{ key: 'b', value: '1' }] },
            { type: 'cleaner.run', at: 1_000 },
          ],
        },
        2_000,
      ).topics[0]?.partitions[0]?.cleanerCheckpoint
    expect(forced(undefined)).toBeNull()
    expect(forced(MAY_2024)).toBe(2)
  })

  it('refuses a record or CheckpointTool timestamp off the scenario’s clock, naming it', () => {
    const problems = (clockStartMs: number | undefined, timestamp: number) => {
      const parsed = parseScenario({
        version: 3,
        durationMs: 10_000,
        ...(clockStartMs === undefined ? {} : { clockStartMs }),
        topics: [{ name: 't' }],
        actions: [
          { type: 'produce', at: 0, topic: 't', records: [{ key: 'a', value: '1', timestamp }] },
        ],
      })
      return parsed.ok ? '' : describeProblems(parsed.problems)
    }
    // Before the start: refused although Kafka takes it, saying why and what to do.
    expect(problems(MAY_2024, MAY_2024 - 60_000)).toMatch(
      /actions\[0\]\.records\[0\]\.timestamp.*1714521540000 is before clockStartMs \(1714521600000\)\. Kafka accepts older timestamps, but the simulator keeps record times on the scenario’s clock, from its start: set clockStartMs at or before 1714521540000/,
    )
    expect(problems(MAY_2024, MAY_2024 + 31 * 86_400_000)).toMatch(
      /off the scenario's clock: an epoch time from clockStartMs \(1714521600000\) to 30 days after it/,
    )
    expect(problems(undefined, MAY_2024)).toMatch(
      /actions\[0\]\.records\[0\]\.timestamp.*past 30 days .*set clockStartMs/,
    )
    expect(problems(MAY_2024, MAY_2024 + 86_400_000)).toBe('')
    expect(problems(undefined, 86_400_000)).toBe('')
  })
})
