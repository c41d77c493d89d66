import type { Scenario } from '../scenario/schema'
import type { OutputContents } from '../sim'
import { outputContents, outputContentsKey, outputTopics } from '../sim'
import { derived } from './cache'
import { worldAt } from './simulation'

/** The outputs last read from a scenario's worlds, and what they were read from. */
const lastOutputs = derived((): { signature: string; outputs: OutputContents[] } => ({
  signature: '',
  outputs: [],
}))

/**
 * Every output's contents at time `t`. Playback asks at a new time each frame while the outputs
 * rarely change, so the last result is kept (in the scenario's cache entry, dropped with it)
 * until an output's writers or contents key change (`outputContentsKey`: whatever an append,
 * retention or a cleaning pass changes).
 */
export function outputsAt(scenario: Scenario, t: number): readonly OutputContents[] {
  const world = worldAt(scenario, t)
  const topics = outputTopics(world)
  const signature = topics
    .map(({ topic, writers }) => `${topic}|${writers.join(',')}|${outputContentsKey(world, topic)}`)
    .join(';')
  const last = lastOutputs(scenario)
  if (last.signature !== signature) {
    last.outputs = topics.map((o) => outputContents(world, o.topic, o.writers))
    last.signature = signature
  }
  return last.outputs
}
