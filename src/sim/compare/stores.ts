import { sortedEntries } from '../jobs/store'
import type { World } from '../world'
import type { Pair } from './pair'
import { sortedUnion } from './pair'

/** A task's store keys whose values differ (a null side: the key has no value there). */
export interface StoreDifference {
  readonly job: string
  readonly store: string
  readonly task: string
  readonly entries: readonly (Pair<string> & { readonly key: string })[]
}

/** Per task of every job either world has, the store entries that differ. */
export function diffStores(a: World, b: World): StoreDifference[] {
  const out: StoreDifference[] = []
  for (const app of sortedUnion(a.jobs.keys(), b.jobs.keys())) {
    const [jobA, jobB] = [a.jobs.get(app), b.jobs.get(app)]
    const store = (jobA ?? jobB)?.spec.store ?? ''
    const tasksA = new Map((jobA?.tasks ?? []).map((t) => [t.name, t.store]))
    const tasksB = new Map((jobB?.tasks ?? []).map((t) => [t.name, t.store]))
    for (const task of sortedUnion(tasksA.keys(), tasksB.keys())) {
      const [x, y] = [tasksA.get(task), tasksB.get(task)]
      if (x === y) continue
      const valuesA = new Map(x ? sortedEntries(x, a.keyTable) : [])
      const valuesB = new Map(y ? sortedEntries(y, b.keyTable) : [])
      const entries = sortedUnion(valuesA.keys(), valuesB.keys())
        .map((key) => ({ key, a: valuesA.get(key) ?? null, b: valuesB.get(key) ?? null }))
        .filter((entry) => entry.a !== entry.b)
      if (entries.length > 0) out.push({ job: app, store, task, entries })
    }
  }
  return out
}
