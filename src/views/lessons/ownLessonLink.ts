import { encodeLessonLink } from '../../lessons/format/link'
import { findLesson, isOwnKey } from './myLessons'

/**
 * The link of the user's own lesson at `step` (1-based): the whole lesson travels in it, since
 * nobody else has it. null for a built-in lesson (its short `lesson=<id>` link is enough).
 */
export async function ownLessonLink(key: string, step: number): Promise<string | null> {
  const lesson = isOwnKey(key) ? findLesson(key) : undefined
  return lesson === undefined ? null : encodeLessonLink(lesson, step)
}
