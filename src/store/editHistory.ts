/**
 * An undo history of snapshots: what a thing was before each edit, with words for the edit
 * ("add cleaner run at 30 s"). Snapshots are whole immutable values (a scenario, a lesson draft),
 * so undo needs no inverse of each edit and cannot drift from what the user saw.
 */
export interface HistoryEntry<T> {
  /** What the edit did, for "Undo: …" and "Redo: …". */
  readonly label: string
  /** The value to put back: before the edit on the undo side, after it on the redo side. */
  readonly value: T
  /** When the edit was made, across every history in the app: the newest is undone first. */
  readonly order: number
}

export interface EditHistory<T> {
  /** Oldest first; the last is undone next. */
  readonly past: readonly HistoryEntry<T>[]
  /** The last is redone next. */
  readonly future: readonly HistoryEntry<T>[]
}

/** Enough for a lecture's worth of edits; past it, the oldest are forgotten. */
export const HISTORY_LIMIT = 100

/** One count for every history, so the keys undo whichever edit the user made last. */
let nextOrder = 1

export function emptyHistory<T>(): EditHistory<T> {
  return { past: [], future: [] }
}

/** After an edit from `before`: it can be undone, and nothing undone before can be redone. */
export function recordEdit<T>(
  history: EditHistory<T>,
  before: T,
  label: string,
  limit = HISTORY_LIMIT,
): EditHistory<T> {
  const past = [...history.past, { label, value: before, order: nextOrder++ }]
  return { past: past.slice(Math.max(0, past.length - limit)), future: [] }
}

/** What undo gives back, and the history after it; null when there is nothing to undo. */
export function undoEdit<T>(
  history: EditHistory<T>,
  current: T,
): { readonly value: T; readonly history: EditHistory<T> } | null {
  const last = history.past.at(-1)
  if (last === undefined) return null
  return {
    value: last.value,
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, { ...last, value: current }],
    },
  }
}

/** What redo gives back, and the history after it; null when there is nothing to redo. */
export function redoEdit<T>(
  history: EditHistory<T>,
  current: T,
): { readonly value: T; readonly history: EditHistory<T> } | null {
  const next = history.future.at(-1)
  if (next === undefined) return null
  return {
    value: next.value,
    history: {
      past: [...history.past, { ...next, value: current }],
      future: history.future.slice(0, -1),
    },
  }
}

/** The words of the edit undo would take back, or null. */
export function undoLabel<T>(history: EditHistory<T>): string | null {
  return history.past.at(-1)?.label ?? null
}

/** The words of the edit redo would make again, or null. */
export function redoLabel<T>(history: EditHistory<T>): string | null {
  return history.future.at(-1)?.label ?? null
}

/**
 * Of several histories (the scenario's, a lesson being written), the index of the one holding the
 * newest edit, which undo takes back first; -1 when none has anything to undo.
 */
export function historyToUndo(histories: readonly EditHistory<unknown>[]): number {
  return pick(
    histories,
    (h) => h.past.at(-1)?.order,
    (a, b) => a > b,
  )
}

/** Of several histories, the index of the one holding the edit undone last; -1 when none. */
export function historyToRedo(histories: readonly EditHistory<unknown>[]): number {
  // Undo goes from the newest edit back, so the edit undone last is the oldest still waiting.
  return pick(
    histories,
    (h) => h.future.at(-1)?.order,
    (a, b) => a < b,
  )
}

function pick(
  histories: readonly EditHistory<unknown>[],
  orderOf: (history: EditHistory<unknown>) => number | undefined,
  better: (a: number, b: number) => boolean,
): number {
  let best = -1
  let bestOrder = 0
  histories.forEach((history, index) => {
    const order = orderOf(history)
    if (order !== undefined && (best < 0 || better(order, bestOrder))) {
      best = index
      bestOrder = order
    }
  })
  return best
}
