import type { Lesson } from '../../lessons'
import { parseLesson } from '../../lessons/format/parse'
import type { LessonDocument } from '../../lessons/format/schema'
import { DEFAULT_SCENARIO_INPUT } from '../../scenario/builtin'
import { describeProblems } from '../../scenario/problems'

/** Two small lessons over the default scenario, for tests of the lesson code (not shipped). */
const DOCUMENTS: readonly LessonDocument[] = [
  {
    kind: 'lesson',
    version: 1,
    id: 'demo-compaction',
    title: 'Demo: the cleaner keeps the latest value',
    summary: 'Watch a compacted topic lose old values but keep every key.',
    minutes: 3,
    scenario: DEFAULT_SCENARIO_INPUT,
    steps: [
      {
        at: 0,
        title: 'An empty log',
        text: 'user-profiles is compacted (cleanup.policy=compact). Nothing is written yet.',
        view: { topic: 'user-profiles', partition: 0 },
      },
      {
        at: 30_000,
        title: 'Segments roll',
        text: 'Every 8 records the active segment rolls; closed segments can be cleaned.',
        predict: {
          question: 'Is offset 0 still in the log at 1 min 30 s?',
          query: { kind: 'offsetInLog', topic: 'user-profiles', offset: 0 },
          choices: [{ text: 'Yes', when: { equals: true } }, { text: 'No' }],
          lookAt: 'Look at the first cell of the user-profiles strip.',
        },
      },
      {
        at: 90_000,
        title: 'After cleaning',
        text: 'The cleaner kept the newest value of each key.',
        view: { topic: 'user-profiles', partition: 0, inspectOffset: 10 },
      },
    ],
  },
  {
    kind: 'lesson',
    version: 1,
    id: 'demo-retention',
    title: 'Demo: time retention deletes whole segments',
    summary: 'page-views keeps one minute; old segments go as a whole.',
    minutes: 2,
    scenario: DEFAULT_SCENARIO_INPUT,
    steps: [
      {
        at: 20_000,
        title: 'A minute of page views',
        text: 'retention.ms=60000: a segment goes once its newest record is a minute old.',
        view: { topic: 'page-views', partition: 0 },
        predict: {
          question: 'Is offset 0 of page-views still there at 2 min?',
          query: { kind: 'offsetInLog', topic: 'page-views', offset: 0 },
          choices: [
            { text: 'Yes', when: { equals: true } },
            { text: 'No', when: { equals: false } },
            { text: 'Only its key' },
          ],
          lookAt: 'Look at the log start offset of page-views.',
        },
      },
      {
        at: 120_000,
        title: 'Old segments deleted',
        text: 'The retention check deleted the oldest segments whole.',
      },
    ],
  },
]

export const TEST_LESSONS: readonly Lesson[] = DOCUMENTS.map((document) => {
  const parsed = parseLesson(document)
  if (!parsed.ok) throw new Error(`test lesson: ${describeProblems(parsed.problems)}`)
  return parsed.value
})
