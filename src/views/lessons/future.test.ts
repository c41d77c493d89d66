import { describe, expect, test } from 'vitest'
import { builtinLessons, lessonById } from '../../lessons'
import { hidesFuture } from './future'

describe('a lesson hides the future until its last reveal', () => {
  test('tombstones: hidden while a prediction is open, shown after the last reveal', () => {
    const lesson = lessonById('tombstones')!
    const last = lesson.steps.length - 1
    expect(lesson.steps[2]!.predict).toBeDefined()
    expect(hidesFuture(lesson, 2)).toBe(true)
    expect(lesson.steps[last]!.predict).toBeUndefined()
    expect(hidesFuture(lesson, last)).toBe(false)
  })

  test('every shipped lesson: hidden exactly at the steps with a prediction at or after them', () => {
    for (const lesson of builtinLessons()) {
      lesson.steps.forEach((step, i) => {
        const open = lesson.steps.slice(i).some((s) => s.predict !== undefined)
        expect(hidesFuture(lesson, i), `${lesson.id} step ${String(i + 1)}`).toBe(open)
        if (step.predict !== undefined) expect(hidesFuture(lesson, i)).toBe(true)
      })
    }
  })
})
