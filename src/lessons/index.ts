import { describeProblems } from '../scenario/problems'
import theLog from './builtin/01-the-log.json' with { type: 'json' }
import timeRetention from './builtin/02-time-retention.json' with { type: 'json' }
import logCompaction from './builtin/03-log-compaction.json' with { type: 'json' }
import tombstones from './builtin/04-tombstones.json' with { type: 'json' }
import compactionIsPhysical from './builtin/05-compaction-is-physical.json' with { type: 'json' }
import streamJob from './builtin/06-stream-job.json' with { type: 'json' }
import simpleRewind from './builtin/07-simple-rewind.json' with { type: 'json' }
import parallelRewind from './builtin/08-parallel-rewind.json' with { type: 'json' }
import rewindingTooFar from './builtin/09-rewinding-too-far.json' with { type: 'json' }
import brokers from './builtin/10-brokers.json' with { type: 'json' }
import rewindingIntoTheArchive from './builtin/11-rewinding-into-the-archive.json' with { type: 'json' }
import hostAffinity from './builtin/12-host-affinity.json' with { type: 'json' }
import throttledCleaner from './builtin/13-throttled-cleaner.json' with { type: 'json' }
import type { Lesson } from './format/parse'
import { parseLesson } from './format/parse'
import { registerBuiltinLessons } from './loaded'

/** Parses a lesson we ship through the same boundary as anyone's; a failure is a bug here. */
function builtinLesson(document: unknown): Lesson {
  const result = parseLesson(document)
  if (!result.ok)
    throw new Error(`a built-in lesson is invalid: ${describeProblems(result.problems)}`)
  return result.value
}

const DOCUMENTS = [
  theLog,
  timeRetention,
  logCompaction,
  tombstones,
  compactionIsPhysical,
  streamJob,
  simpleRewind,
  parallelRewind,
  rewindingTooFar,
  brokers,
  rewindingIntoTheArchive,
  hostAffinity,
  throttledCleaner,
]

/** Each lesson we ship, parsed once, by id: opening one lesson parses only that one. */
const parsedById = new Map<string, Lesson>()
let all: readonly Lesson[] | null = null

function parsedDocument(document: (typeof DOCUMENTS)[number]): Lesson {
  const known = parsedById.get(document.id)
  if (known !== undefined) return known
  const lesson = builtinLesson(document)
  parsedById.set(document.id, lesson)
  return lesson
}

/** What the list of lessons shows of one we ship. */
export interface LessonListing {
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly minutes: number
}

/**
 * The lessons we ship as the list shows them, in teaching order, read from their documents as
 * they are (a unit test checks them against the parsed lessons): drawing the list parsed every
 * lesson, 50-160 ms in the task that draws the app after a link's progress.
 */
export function builtinLessonListings(): readonly LessonListing[] {
  return DOCUMENTS.map(({ id, title, summary, minutes }) => ({ id, title, summary, minutes }))
}

/**
 * The lessons the app ships, in teaching order (CONCEPTS.md, "What a learner must be able to see"),
 * parsed on first use: parsing all of them took 100-400 ms before a link could show its progress.
 * This module is loaded on demand (`./loaded`), never with the page's first scripts.
 */
export function builtinLessons(): readonly Lesson[] {
  all ??= DOCUMENTS.map(parsedDocument)
  return all
}

export function lessonById(id: string): Lesson | undefined {
  const document = DOCUMENTS.find((d) => d.id === id)
  return document === undefined ? undefined : parsedDocument(document)
}

registerBuiltinLessons(lessonById)

export type { Lesson } from './format/parse'
export type { Choice, LessonStep, Prediction, StepPanel, StepView } from './format/schema'
