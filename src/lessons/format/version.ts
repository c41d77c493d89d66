/**
 * The newest lesson format this build reads. Version 1 holds one scenario; version 2 adds lessons
 * over two branches of one scenario (a scenario with `branches`, readers naming a branch, a step
 * showing one, and the `firstDivergence` query). A lesson is written in the oldest version that
 * holds it (see `lessonVersionFor`), so one without branches still opens in older builds. Apart
 * from the schema: writing a lesson needs the version, not the checks.
 */
export const LESSON_VERSION = 2
/** The first lesson format with branches. */
export const BRANCHED_LESSON_VERSION = 2

/** The version a lesson is written in: the oldest that holds it. */
export function lessonVersionFor(hasBranches: boolean): 1 | typeof LESSON_VERSION {
  return hasBranches ? BRANCHED_LESSON_VERSION : 1
}
