import { setSlot } from '../denseSlots'
import type { KeyTable } from '../log/keyTable'

/**
 * A task's local key-value store with the writes not yet flushed to the changelog, as arrays
 * indexed by the key's id in the world's key table: a job has the id of an input record's key in
 * hand, so a store read or write is an array access (a Map, even keyed by id, was ~15% of a job's
 * time). The arrays are kept without holes (`setSlot`). Copy-on-write: keyframes share the arrays until
 * either side writes (`ownStore`).
 */
export interface StoreState {
  /** Values by key id; undefined where the key has no value. */
  readonly values: (string | undefined)[]
  /**
   * Ids of the keys written since the last commit, in the order first written: the commit sends
   * their current values to the changelog in this order.
   */
  readonly dirty: number[]
  /**
   * By key id: 1 while the key is in `dirty`, past the end for keys never written. Bytes, not an
   * array of booleans: every put reads it at a scattered id, and eight bytes a key took eight
   * times the cache.
   */
  isDirty: Uint8Array
  shared: boolean
}

/** Whatever holds a store (a task): `ownStore` replaces it there when it is shared. */
interface StoreHolder {
  store: StoreState
}

export function emptyStore(): StoreState {
  return { values: [], dirty: [], isDirty: new Uint8Array(0), shared: false }
}

/** Mutates `holder`: makes its store private before a write (copy-on-write). */
export function ownStore(holder: StoreHolder): StoreState {
  const store = holder.store
  if (store.shared) {
    holder.store = {
      values: store.values.slice(),
      dirty: store.dirty.slice(),
      isDirty: store.isDirty.slice(),
      shared: false,
    }
  }
  return holder.store
}

/** Mutates `holder`'s store: writes (a null value deletes) and marks the key for the changelog. */
export function putInPlace(holder: StoreHolder, keyId: number, value: string | null): void {
  const store = ownStore(holder)
  setSlot(store.values, keyId, value ?? undefined)
  if (store.isDirty[keyId] !== 1) {
    if (keyId >= store.isDirty.length) {
      const grown = new Uint8Array(Math.max(keyId + 1, store.isDirty.length * 2))
      grown.set(store.isDirty)
      store.isDirty = grown
    }
    store.isDirty[keyId] = 1
    store.dirty.push(keyId)
  }
}

/** Mutates `holder`'s store: the keys written since the last commit, in order; none are left dirty. */
export function takeDirtyInPlace(holder: StoreHolder): number[] {
  const store = ownStore(holder)
  const dirty = store.dirty.slice()
  for (const keyId of dirty) store.isDirty[keyId] = 0
  store.dirty.length = 0
  return dirty
}

/** How many keys have a value. */
export function storeSize(store: StoreState): number {
  let size = 0
  for (const value of store.values) if (value !== undefined) size++
  return size
}

/** The store's entries as key strings, sorted by key (what snapshots show). */
export function sortedEntries(store: StoreState, keyTable: KeyTable): [string, string][] {
  const entries: [string, string][] = []
  store.values.forEach((value, keyId) => {
    if (value !== undefined) entries.push([keyTable.keys[keyId] ?? '', value])
  })
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
