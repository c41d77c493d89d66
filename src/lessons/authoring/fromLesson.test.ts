import { describe, expect, test } from 'vitest'
import { builtinLessons, lessonById } from '..'
import { LESSON_LIMITS } from '../format/limits'
import { checkDraft } from './checkDraft'
import { copyOfLesson, documentOfLesson, draftOfLesson } from './fromLesson'

describe('a lesson opened for editing', () => {
  // Every built-in lesson: one or two branches, every query kind they use, steps that `show`.
  test.each(builtinLessons().map((l) => [l.id, l] as const))(
    '%s saved without changes is the same lesson',
    (_id, lesson) => {
      const saved = checkDraft(draftOfLesson(lesson), documentOfLesson(lesson))
      expect(saved).toEqual({ ok: true, value: lesson })
    },
  )

  test('a copy is a new lesson with the same steps over the same scenario', () => {
    const lesson = lessonById('parallel-rewind')
    if (!lesson?.branched) throw new Error('a lesson over two branches')
    const copy = copyOfLesson(lesson, 'lesson-mine')
    const saved = checkDraft(copy, documentOfLesson(lesson))
    if (!saved.ok) throw new Error('the copy passes the checks')
    expect(saved.value).toEqual({
      ...lesson,
      id: 'lesson-mine',
      title: `${lesson.title} (copy)`,
    })
  })

  test('a copy of a lesson whose title leaves no room keeps the title as it is', () => {
    const lesson = lessonById('the-log')
    if (lesson === undefined) throw new Error('a lesson')
    const long = { ...lesson, title: 'x'.repeat(LESSON_LIMITS.titleLength) }
    expect(copyOfLesson(long, 'lesson-mine').title).toBe(long.title)
  })
})
