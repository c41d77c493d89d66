/**
 * How many rows a long table shows before it is unfolded. A store or an output of a scenario with
 * a thousand keys drew every key: thousands of rows, laid out again at every step, that nobody reads
 * on a projector. The first rows, the ones that matter at this moment, and a count say as much.
 */
export const FOLDED_ROWS = 40

/**
 * The rows a folded table shows: the first `limit`, and beyond them those `kept` says must be seen
 * (a key that changed at this moment), in their order; `hidden` counts the rest.
 */
export function foldRows<T>(
  rows: readonly T[],
  limit: number,
  kept: (row: T) => boolean,
): { readonly shown: readonly T[]; readonly hidden: number } {
  if (rows.length <= limit) return { shown: rows, hidden: 0 }
  const shown = rows.filter((row, index) => index < limit || kept(row))
  return { shown, hidden: rows.length - shown.length }
}
