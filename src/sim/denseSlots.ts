/**
 * Mutates `slots`: sets slot `id`, first filling the slots before it with undefined, so the array
 * has no holes. Arrays indexed by key id (a task's store, the partitioners' hash caches) are
 * written at scattered ids: a task sees a quarter of the keys of a topic of four partitions, and a
 * job's outputs meet their keys in no order. V8 keeps an array written that way as a dictionary,
 * and every read and write in the pipeline bench was a hash lookup (the top lines of a task run's
 * own time). Filled, a read is an index; the array grows to the largest id it holds, which for a
 * task with a few high key ids is more room than the dictionary took (keyframe budgets count it).
 */
export function setSlot<T>(slots: (T | undefined)[], id: number, value: T | undefined): void {
  for (let i = slots.length; i < id; i++) slots.push(undefined)
  slots[id] = value
}
