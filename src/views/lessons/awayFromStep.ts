import { formatSimTime } from '../../derive/scene/format'

/**
 * What the lesson says when the cursor is not at its step's time (played on, dragged, stepped):
 * the step's text describes the world at `at`, so the view and the text may now disagree. Null
 * at the step's own time (whole ms, as the world is computed).
 */
export function awayFromStep(cursor: number, at: number): string | null {
  const now = Math.floor(cursor)
  if (now === at) return null
  return `You are at ${formatSimTime(now)}; this step is at ${formatSimTime(at)}.`
}
