/**
 * Whether two objects have the same keys holding the same values (`Object.is`), one level deep:
 * for `memo` comparators of props rebuilt on every render from values that often did not change.
 */
export function sameFields<T extends object>(a: T, b: T): boolean {
  if (a === b) return true
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}
