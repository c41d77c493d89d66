import { expect, test } from 'vitest'
import { findLesson, lessonKey } from './myLessons'

test('a built-in lesson is found by its key once the lessons’ chunk has loaded, not before', async () => {
  // The page's first scripts hold this module but not the lessons' documents.
  expect(findLesson('the-log')).toBeUndefined()
  const { lessonById } = await import('../../lessons')
  const lesson = lessonById('the-log')
  expect(lesson?.title).toBe('The log')
  if (lesson === undefined) return
  expect(findLesson(lessonKey(lesson, false))).toBe(lesson)
  expect(findLesson('no-such-lesson')).toBeUndefined()
})
