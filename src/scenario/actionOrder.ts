/**
 * Indexes of a document's raw `actions`, sorted by time and stably: the order the scenario runs them
 * in (the schema sorts them the same way). Anything not an action with a numeric `at` counts as 0.
 */
export function timeOrder(actions: unknown): number[] {
  if (!Array.isArray(actions)) return []
  const at = actions.map((action: unknown) => {
    if (typeof action !== 'object' || action === null) return 0
    const value: unknown = (action as Record<string, unknown>)['at']
    return typeof value === 'number' ? value : 0
  })
  return at.map((_, i) => i).sort((x, y) => (at[x] ?? 0) - (at[y] ?? 0) || x - y)
}
