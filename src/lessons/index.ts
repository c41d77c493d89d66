import type { Lesson } from './lesson'
import { theLog } from './01-the-log'
import { timeRetention } from './02-time-retention'
import { logCompaction } from './03-log-compaction'
import { tombstones } from './04-tombstones'
import { compactionIsPhysical } from './05-compaction-is-physical'
import { streamJob } from './06-stream-job'
import { simpleRewind } from './07-simple-rewind'
import { parallelRewind } from './08-parallel-rewind'
import { rewindingTooFar } from './09-rewinding-too-far'
import { brokers } from './10-brokers'

/** The lessons the app ships, in teaching order (CONCEPTS.md, "What a learner must be able to see"). */
export const LESSONS: readonly Lesson[] = [
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
]

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id)
}

export type { Lesson, LessonStep, Prediction, StepView } from './lesson'
