import type { Lesson } from '../format/parse'
import { LESSON_LIMITS } from '../format/limits'
import type { ScenarioDocument } from '../../scenario/branches'
import type { LessonDraft } from './draft'

/**
 * A kept lesson opened for editing: its own fields and steps exactly as they are (views,
 * predictions, and what a step `shows`, which the editor does not edit but must not drop), so
 * saving it unchanged gives the same lesson.
 */
export function draftOfLesson(lesson: Lesson): LessonDraft {
  const { id, title, summary, minutes, steps } = lesson
  return { id, title, summary, minutes, steps }
}

/**
 * A lesson the user cannot change in place (a built-in one) as a new lesson of theirs: the same
 * steps under a new id, titled as a copy when the title leaves room for the words.
 */
export function copyOfLesson(lesson: Lesson, id: string): LessonDraft {
  const title = `${lesson.title} (copy)`
  return {
    ...draftOfLesson(lesson),
    id,
    title: title.length <= LESSON_LIMITS.titleLength ? title : lesson.title,
  }
}

/** The scenario a lesson is written over, as the scenario on screen holds it: both branches if two. */
export function documentOfLesson(lesson: Lesson): ScenarioDocument {
  const { branched } = lesson
  return branched === null
    ? { scenario: lesson.scenario, branches: null }
    : { scenario: branched.scenario, branches: branched.branches }
}
