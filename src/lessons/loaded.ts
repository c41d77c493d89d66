import type { Lesson } from './format/parse'

/**
 * The lessons we ship (their documents, 80 KB) are a chunk of their own, loaded with the code that
 * opens one: the picker, a lesson link, the first-screen invitation. The page's first scripts ask
 * for an open lesson by id only, and a built-in lesson can only be open once that chunk has run,
 * which registers its lookup here (`src/lessons/index.ts`).
 */
let lookUp: (id: string) => Lesson | undefined = () => undefined

export function registerBuiltinLessons(byId: (id: string) => Lesson | undefined): void {
  lookUp = byId
}

/** A built-in lesson by id, once the lessons' chunk has loaded; undefined before. */
export function loadedBuiltinLesson(id: string): Lesson | undefined {
  return lookUp(id)
}
