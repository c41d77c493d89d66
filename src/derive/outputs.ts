import type { Scenario } from '../scenario/schema'
import type { OutputContents, PartitionTally, ReadonlyWorld } from '../sim'
import {
  contentsOfTallies,
  outputContentsKey,
  outputTopics,
  tallyPartition,
  tallyStillHolds,
} from '../sim'
import { derived } from './cache'
import { worldAt } from './simulation'

/** The outputs last read from a scenario's worlds, and what they were read from. */
const lastOutputs = derived((): { signature: string; outputs: OutputContents[] } => ({
  signature: '',
  outputs: [],
}))

/**
 * How many tallies of one output partition are kept: the recent times of a drag, so moving back
 * a little extends an earlier tally too instead of reading the whole log again.
 */
const TALLIES_KEPT = 16

/** Recent tallies per output partition (of one topic creation), newest last. */
const talliesOf = derived((): Map<string, PartitionTally[]> => new Map())

/**
 * Each partition of output `topic` tallied in `world`: reading only the rows appended since the
 * furthest kept tally that still holds (see `tallyStillHolds`), or the whole log when none does.
 */
function talliesIn(scenario: Scenario, world: ReadonlyWorld, topic: string): PartitionTally[] {
  const state = world.topics.get(topic)
  if (state === undefined) return []
  const kept = talliesOf(scenario)
  return state.partitions.map((log) => {
    const id = `${topic}\u0000${state.incarnation}\u0000${log.partition}`
    const recent = kept.get(id) ?? []
    const base = [...recent]
      .sort((a, b) => b.end - a.end)
      .find((tally) => tallyStillHolds(tally, log))
    const tally = tallyPartition(log, base)
    if (tally.end !== base?.end || tally.records !== base.records) {
      kept.set(id, [...recent, tally].slice(-TALLIES_KEPT))
    }
    return tally
  })
}

/**
 * Every output's contents at time `t`. Playback asks at a new time each frame while the outputs
 * rarely change, so the last result is kept (in the scenario's cache entry, dropped with it)
 * until an output's writers or contents key change (`outputContentsKey`: whatever an append,
 * retention or a cleaning pass changes). A drag changes them on most steps, and then only the
 * rows appended since a kept tally are read (a full read per step cost most of a scrub frame).
 */
export function outputsAt(scenario: Scenario, t: number): readonly OutputContents[] {
  const world = worldAt(scenario, t)
  const topics = outputTopics(world)
  const signature = topics
    .map(({ topic, writers }) => `${topic}|${writers.join(',')}|${outputContentsKey(world, topic)}`)
    .join(';')
  const last = lastOutputs(scenario)
  if (last.signature !== signature) {
    last.outputs = topics.map((o) =>
      contentsOfTallies(o.topic, o.writers, talliesIn(scenario, world, o.topic)),
    )
    last.signature = signature
  }
  return last.outputs
}
