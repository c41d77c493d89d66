import type { ScenarioAction, SimScenario } from '../simScenario'

/**
 * The first input on which two scenarios differ: something other than the actions (topics,
 * producers, jobs, configs: the whole run may differ, so from time 0), or the first action that
 * differs, by position in the time-ordered list (null on the side that has no action there).
 */
export type InputDifference =
  | { readonly kind: 'structure'; readonly time: 0; readonly fields: readonly string[] }
  | {
      readonly kind: 'action'
      readonly time: number
      readonly index: number
      readonly a: ScenarioAction | null
      readonly b: ScenarioAction | null
    }

/** Every field the engine reads besides the actions (a scenario's name or description is not one). */
const RUN_FIELDS = [
  'seed',
  'durationMs',
  'clockStartMs',
  'sizeModel',
  'tombstoneRule',
  'periodicMaintenance',
  'broker',
  'cluster',
  'topics',
  'producers',
  'consumers',
  'jobs',
] as const satisfies readonly (keyof SimScenario)[]

/** Compile-time proof that `RUN_FIELDS` lists every field of a scenario but its actions. */
type AssertNoFieldLeftOut<T extends never> = T
export type UnlistedRunFields = AssertNoFieldLeftOut<
  Exclude<keyof SimScenario, (typeof RUN_FIELDS)[number] | 'actions'>
>

/** The fields other than `actions` whose values differ, in the order `RUN_FIELDS` lists them. */
export function structuralDifferences(a: SimScenario, b: SimScenario): string[] {
  return RUN_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]))
}

/**
 * The earliest input difference of two scenarios, or null when they are the same run. An action's
 * difference counts from its time (the earlier of the two actions at that position): before it,
 * both runs are the same.
 */
export function firstDifferingInput(a: SimScenario, b: SimScenario): InputDifference | null {
  const fields = structuralDifferences(a, b)
  if (fields.length > 0) return { kind: 'structure', time: 0, fields }
  const length = Math.max(a.actions.length, b.actions.length)
  for (let index = 0; index < length; index++) {
    const x = a.actions[index] ?? null
    const y = b.actions[index] ?? null
    if (JSON.stringify(x) !== JSON.stringify(y)) {
      const time = Math.min(x?.at ?? Infinity, y?.at ?? Infinity)
      return { kind: 'action', time, index, a: x, b: y }
    }
  }
  return null
}
