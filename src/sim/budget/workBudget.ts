/**
 * How much simulation a run may do. Work is counted in units of roughly one engine event's cost, so
 * that what is expensive is counted, not only how many events there are: a cleaner pass costs the
 * segments and records it reads, a retention check the logs it looks at, a keyframe the segments it
 * copies. Keyframe memory has its own bound: keyframes are thinned to stay under it, never refused.
 */
export interface WorkBudget {
  /** Work units a run may use before it is stopped with a `SimulationBudgetError`. */
  readonly maxWork: number
  /** Estimated bytes the keyframes may hold; beyond it every other keyframe is dropped. */
  readonly maxKeyframeBytes: number
}

/**
 * The one budget of the browser and the headless runner: about the work of 3 million events (a few
 * seconds in a browser tab), and 192 MiB of keyframes.
 */
export const DEFAULT_WORK_BUDGET: WorkBudget = {
  maxWork: 3_000_000,
  maxKeyframeBytes: 192 * 1024 * 1024,
}

/** What used most of the work when a run was stopped, with the figures its message needs. */
export type WorkCause =
  | {
      readonly kind: 'records'
      /** The producer that sends the most, or null when none does (produce actions only). */
      readonly producer: string | null
      /** How many producers the scenario has. */
      readonly producers: number
      readonly records: number
    }
  | {
      readonly kind: 'cleaner'
      readonly topic: string
      readonly passes: number
      readonly cleanerRunActions: number
      readonly maxSegments: number
      readonly recordsPerSegment: number
      readonly segmentBytes: number
      readonly minCleanableDirtyRatio: number
    }
  | {
      readonly kind: 'polls'
      readonly consumer: string
      readonly pollIntervalMs: number
      readonly forMs: number
    }
  | {
      readonly kind: 'restarts'
      readonly job: string
      readonly restartMs: number
      readonly restarts: number
      readonly hostsUp: number
      readonly hosts: number
    }
  | {
      readonly kind: 'retention'
      readonly checks: number
      readonly intervalMs: number
      readonly logs: number
    }
  | { readonly kind: 'job'; readonly job: string; readonly runs: number }
  | { readonly kind: 'actions'; readonly actions: number }

/** Where a run stopped (or, for an estimate, null: nothing ran) and how far it had got. */
export interface BudgetRefusal {
  readonly cause: WorkCause
  readonly used: number
  readonly maxWork: number
  readonly stoppedAtMs: number | null
}

/** Thrown when a scenario needs more work than the budget allows. */
export class SimulationBudgetError extends Error {
  constructor(
    readonly refusal: BudgetRefusal,
    message: string,
  ) {
    super(message)
    this.name = 'SimulationBudgetError'
  }
}

/**
 * The timeline's budget when none is given: for tests and benchmarks, which build scenarios larger
 * than the app opens (the 1M-record benchmarks), yet still bounded.
 */
export const GENEROUS_WORK_BUDGET: WorkBudget = {
  maxWork: 60_000_000,
  maxKeyframeBytes: 1024 * 1024 * 1024,
}
