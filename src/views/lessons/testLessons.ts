import type { Lesson } from '../../lessons/lesson'
import { DEFAULT_SCENARIO_INPUT } from '../../scenario/builtin'
import type { WorldSnapshot } from '../../sim'

/** Whether `offset` of the topic's partition 0 still holds a record in `world`. */
function holdsOffset(world: WorldSnapshot, topic: string, offset: number): boolean {
  const partition = world.topics.find((t) => t.name === topic)?.partitions[0]
  return (
    partition?.segments.some((segment) => segment.records.some((r) => r.offset === offset)) ?? false
  )
}

/** Two small lessons over the default scenario, for tests of the lesson code (not shipped). */
export const TEST_LESSONS: readonly Lesson[] = [
  {
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
        view: { partition: 'user-profiles-0' },
      },
      {
        at: 30_000,
        title: 'Segments roll',
        text: 'Every 8 records the active segment rolls; closed segments can be cleaned.',
        predict: {
          question: 'Is offset 0 still in the log at 1 min 30 s?',
          choices: ['Yes', 'No'],
          answer: (world) => (holdsOffset(world, 'user-profiles', 0) ? 'Yes' : 'No'),
          lookAt: 'Look at the first cell of the user-profiles strip.',
        },
      },
      {
        at: 90_000,
        title: 'After cleaning',
        text: 'The cleaner kept the newest value of each key.',
        view: { partition: 'user-profiles-0', inspectOffset: 10 },
      },
    ],
  },
  {
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
        view: { partition: 'page-views-0' },
        predict: {
          question: 'Is offset 0 of page-views still there at 2 min?',
          choices: ['Yes', 'No', 'Only its key'],
          answer: (world) => (holdsOffset(world, 'page-views', 0) ? 'Yes' : 'No'),
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
