import { useSyncExternalStore } from 'react'
import type { Lesson } from '../../lessons'
import { lessonJson } from '../../lessons/format/link'
import { loadedBuiltinLesson } from '../../lessons/loaded'

/**
 * The user's own lessons (imported, opened from a link, or written here), kept in this browser.
 * Each is stored as its lesson document and read back through the lesson boundary, so a damaged
 * entry is left out, never shown. They are read once at startup (`loadMyLessons`), before the app
 * is drawn, so that the boundary's schemas load only for someone who has lessons.
 */
const STORAGE_KEY = 'rewindlab:lessons'
/** Sessions and links know the user's lessons by `mine:<id>`: never a built-in lesson's key. */
const OWN = 'mine:'

let lessons: readonly Lesson[] = []
const listeners = new Set<() => void>()

/** Reads the stored lessons; an entry that does not pass the lesson boundary is left out. */
export async function loadMyLessons(): Promise<void> {
  const stored = storedTexts()
  if (stored.length === 0) return
  const { parseLessonJson } = await import('../../lessons/format/parse')
  lessons = stored.flatMap((text) => {
    const parsed = parseLessonJson(text)
    return parsed.ok ? [parsed.value] : []
  })
  for (const listener of listeners) listener()
}

function storedTexts(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(stored) ? stored.filter((text) => typeof text === 'string') : []
  } catch {
    return []
  }
}

/** Replaces the list and saves it; false when the browser refuses to store it. */
function save(next: readonly Lesson[]): boolean {
  lessons = next
  for (const listener of listeners) listener()
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next.map(lessonJson)))
    return true
  } catch {
    return false
  }
}

export function myLessons(): readonly Lesson[] {
  return lessons
}

/**
 * Keeps `lesson`: in the place of the one with its id (an edit updates it where it is listed),
 * else last. False when the browser refused to store it.
 */
export function keepLesson(lesson: Lesson): boolean {
  const known = lessons.some((l) => l.id === lesson.id)
  return save(known ? lessons.map((l) => (l.id === lesson.id ? lesson : l)) : [...lessons, lesson])
}

export function removeLesson(id: string): void {
  save(lessons.filter((l) => l.id !== id))
}

export function useMyLessons(): readonly Lesson[] {
  return useSyncExternalStore((listener) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }, myLessons)
}

/** The key a lesson session knows a lesson by. */
export function lessonKey(lesson: Lesson, own: boolean): string {
  return own ? `${OWN}${lesson.id}` : lesson.id
}

export function isOwnKey(key: string): boolean {
  return key.startsWith(OWN)
}

/**
 * The lesson a session's key names: one of the user's, or a built-in one (loaded by then: a
 * session only starts with its lesson in hand).
 */
export function findLesson(key: string): Lesson | undefined {
  if (!isOwnKey(key)) return loadedBuiltinLesson(key)
  const id = key.slice(OWN.length)
  return lessons.find((l) => l.id === id)
}
