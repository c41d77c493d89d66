import type { Lesson } from './lesson'
export const LESSONS: readonly Lesson[] = []
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id)
}
