/** A value on each side, listed only where the two differ (null: the side does not have it). */
export interface Pair<T> {
  readonly a: T | null
  readonly b: T | null
}

export function pairIfDifferent<T>(a: T | null, b: T | null): Pair<T> | null {
  return a === b ? null : { a, b }
}

/** The names either side has, sorted: a diff lists them in one order whichever side is A. */
export function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort()
}
