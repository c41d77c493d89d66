import type { Lesson } from '../../lessons'

/**
 * Whether step `step` of `lesson` keeps what happens after the cursor out of sight: while a
 * prediction is still to be revealed (asked at this step or a later one), any view of the future
 * (a record's removal time, a mark on the time line, a chart past the cursor) could give its
 * answer away. After the last reveal nothing is left to spoil.
 */
export function hidesFuture(lesson: Lesson, step: number): boolean {
  return lesson.steps.some((s, i) => i >= step && s.predict !== undefined)
}
