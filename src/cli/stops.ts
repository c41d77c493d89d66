import type { SimScenario } from '../sim'
import type { CliOptions } from './arguments'

/** A point of the run to print the world at. */
export type Stop =
  | { readonly kind: 'time'; readonly time: number }
  | { readonly kind: 'afterAction'; readonly index: number; readonly time: number }

/**
 * The stops the options ask for, in the order one simulation reaches them: by time; at one time,
 * "after action n" (in action order) before "at t", which is after everything at t. Duplicates are
 * printed once. Without `--at` and `--after-action`, the one stop is the end of the scenario.
 */
export function planStops(
  scenario: Pick<SimScenario, 'durationMs' | 'actions'>,
  options: Pick<CliOptions, 'at' | 'afterActions'>,
):
  | { readonly ok: true; readonly stops: readonly Stop[] }
  | { readonly ok: false; readonly message: string } {
  const late = options.at.find((t) => t > scenario.durationMs)
  if (late !== undefined)
    return {
      ok: false,
      message: `--at ${late} is after the end of the scenario (durationMs ${scenario.durationMs})`,
    }
  const count = scenario.actions.length
  const missing = options.afterActions.find((i) => i >= count)
  if (missing !== undefined)
    return {
      ok: false,
      message:
        count === 0
          ? `--after-action ${missing}: the scenario has no actions`
          : `--after-action ${missing}: the scenario has ${count} action${count === 1 ? '' : 's'} (0 to ${count - 1})`,
    }
  const stops: Stop[] = [
    ...options.afterActions.map((index): Stop => ({
      kind: 'afterAction',
      index,
      time: scenario.actions[index]?.at ?? 0,
    })),
    ...options.at.map((time): Stop => ({ kind: 'time', time })),
  ]
  if (stops.length === 0) stops.push({ kind: 'time', time: scenario.durationMs })
  stops.sort(
    (a, b) =>
      a.time - b.time ||
      (a.kind === b.kind ? 0 : a.kind === 'afterAction' ? -1 : 1) ||
      (a.kind === 'afterAction' && b.kind === 'afterAction' ? a.index - b.index : 0),
  )
  return { ok: true, stops: stops.filter((s, i) => i === 0 || !sameStop(s, stops[i - 1])) }
}

function sameStop(a: Stop, b: Stop | undefined): boolean {
  if (b === undefined || a.kind !== b.kind || a.time !== b.time) return false
  return a.kind === 'time' || (b.kind === 'afterAction' && a.index === b.index)
}
