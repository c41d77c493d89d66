import type { JobState } from './jobs/state'
import type { World } from './world'

/**
 * `T` with every property, array, map and set read-only, all the way down. Functions are kept as
 * they are. A `ReadonlyWorld` is what the layers above the core receive: the worlds they are handed
 * are shared (the timeline continues from the cursor's world, the derive layer caches it), so a
 * change made outside the engine must fail to typecheck rather than corrupt the run.
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyMap<infer K, infer V>
    ? ReadonlyMap<K, DeepReadonly<V>>
    : T extends ReadonlySet<infer V>
      ? ReadonlySet<DeepReadonly<V>>
      : T extends object
        ? { readonly [P in keyof T]: DeepReadonly<T[P]> }
        : T

/** The engine's world as everything outside the core sees it: read-only all the way down. */
export type ReadonlyWorld = DeepReadonly<World>

/** One of a read-only world's jobs. */
export type ReadonlyJob = DeepReadonly<JobState>

/**
 * The engine's own type of a value a core reader was handed read-only. Only the core's public
 * readers (snapshots, comparisons) use it, to pass what they were given to the helpers they share
 * with the engine, which take the mutable types; a reader never changes what it reads (a
 * segment's cache of records already read out aside, which no reader can observe).
 */
export function engineView<T>(value: DeepReadonly<T>): T {
  return value as T
}
