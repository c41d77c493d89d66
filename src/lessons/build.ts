import type { ScenarioInput } from '../scenario/schema'

export type ScenarioAction = NonNullable<ScenarioInput['actions']>[number]

/** Scripted records, one produce (one batch) per second from `startMs`: easy to read in class. */
export function producedEverySecond(
  topic: string,
  startMs: number,
  records: readonly (readonly [string, string | null])[],
): ScenarioAction[] {
  return records.map(([key, value], i) => ({
    type: 'produce',
    at: startMs + i * 1_000,
    topic,
    records: [{ key, value }],
  }))
}
