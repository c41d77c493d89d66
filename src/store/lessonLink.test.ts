import { describe, expect, test } from 'vitest'
import { formatLessonLink, parseLessonLink } from './lessonLink'

describe('lesson links', () => {
  test('a formatted link parses back to its lesson and step', () => {
    expect(parseLessonLink(`#${formatLessonLink('compaction-basics', 3)}`)).toEqual({
      kind: 'lesson',
      link: { id: 'compaction-basics', step: 3 },
    })
  })

  test('scenario links and empty fragments are not lesson links', () => {
    expect(parseLessonLink('#s=1dabc&t=0&v=log')).toBeNull()
    expect(parseLessonLink('')).toBeNull()
  })

  test('a link may leave out the step', () => {
    expect(parseLessonLink('lesson=retention')).toEqual({
      kind: 'lesson',
      link: { id: 'retention', step: 'none' },
    })
  })

  test('an empty, zero, negative, fractional or non-numeric step is invalid', () => {
    for (const step of ['', '0', '-2', '2.5', 'two', '12345']) {
      expect(parseLessonLink(`lesson=retention&step=${step}`)).toEqual({
        kind: 'lesson',
        link: { id: 'retention', step: 'invalid' },
      })
    }
  })

  test('an id that cannot be a lesson id is malformed, not looked up', () => {
    for (const id of ['', 'Upper', '<script>', 'a'.repeat(65), '-leading', 'sp%20ace']) {
      expect(parseLessonLink(`lesson=${id}&step=1`)).toEqual({ kind: 'malformed' })
    }
  })

  test('the first of a repeated field wins, as in scenario links', () => {
    expect(parseLessonLink('lesson=a&step=2&lesson=b&step=5')).toEqual({
      kind: 'lesson',
      link: { id: 'a', step: 2 },
    })
  })
})
