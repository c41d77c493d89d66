import type { WorldSnapshot } from '../sim'
import { producedEverySecond } from './build'
import type { Lesson } from './lesson'
import { partitionOf, recordsOf } from './read'

const changes = (startMs: number, records: readonly [string, string][]) =>
  producedEverySecond('user-profiles', startMs, records)

function offsetsOfKey(world: WorldSnapshot, key: string): number[] {
  return recordsOf(world, 'user-profiles')
    .filter((r) => r.key === key)
    .map((r) => r.offset)
}

export const logCompaction: Lesson = {
  id: 'log-compaction',
  title: 'Log compaction',
  summary:
    'The latest record per key survives, offsets keep their gaps, the active segment is never ' +
    'cleaned, the dirty ratio decides when the cleaner runs.',
  minutes: 12,
  scenario: {
    version: 1,
    name: 'Log compaction',
    description:
      'Profile changes to a compacted topic with segments of four records; the cleaner runs only ' +
      'when the lesson says (at 10 s, 15 s and 20 s).',
    durationMs: 25_000,
    periodicMaintenance: false,
    topics: [
      { name: 'user-profiles', config: { 'cleanup.policy': 'compact', 'segment.bytes': 4 } },
    ],
    actions: [
      ...changes(1_000, [
        ['user-0', 'Alan'],
        ['user-1', 'Ada'],
        ['user-2', 'Grace'],
        ['user-1', 'Ada L.'],
        ['user-2', 'Grace H.'],
        ['user-3', 'Edsger'],
        ['user-1', 'Ada Lovelace'],
        ['user-3', 'E. W. Dijkstra'],
        ['user-4', 'Barbara'],
      ]),
      { type: 'cleaner.run', at: 10_000 },
      ...changes(11_000, [
        ['user-5', 'Ken'],
        ['user-0', 'Alan T.'],
        ['user-4', 'Barbara L.'],
        ['user-5', 'Ken T.'],
      ]),
      { type: 'cleaner.run', at: 15_000 },
      ...changes(16_000, [
        ['user-2', 'Grace Hopper'],
        ['user-6', 'Radia'],
        ['user-0', 'Alan Turing'],
        ['user-6', 'Radia P.'],
      ]),
      { type: 'cleaner.run', at: 20_000 },
    ],
  },
  steps: [
    {
      at: 9_000,
      title: 'A table written as a log',
      text:
        'user-profiles has cleanup.policy=compact: it is a table of user profiles written as a log ' +
        'of changes, each record the new value of its key. Segments hold 4 records: two are closed ' +
        'and offset 8 is in the active segment. Here the log cleaner runs only at 10 s, 15 s and ' +
        '20 s; in Kafka its thread runs by itself and, when idle, looks again every ' +
        'log.cleaner.backoff.ms (15 s).',
      view: { partition: 'user-profiles-0' },
      predict: {
        question: 'The log cleaner runs at 10 s. Which of user-1’s records will be left?',
        choices: ['All three: offsets 1, 3 and 6', 'Only the latest: offset 6', 'None of them'],
        answer: (world) => {
          const left = offsetsOfKey(world, 'user-1')
          if (left.length === 3) return 'All three: offsets 1, 3 and 6'
          return left.length === 1 && left[0] === 6 ? 'Only the latest: offset 6' : 'None of them'
        },
        lookAt: 'Only offset 6 (Ada Lovelace) is left for user-1; offsets 1 and 3 are gaps now.',
      },
    },
    {
      at: 10_000,
      title: 'The latest value per key survives',
      text:
        'The cleaner read the dirty part (offsets 0 to 7) into an offset map, key → latest offset, ' +
        'then recopied both closed segments keeping only the latest record of each key. Offsets 1, ' +
        '2, 3 and 5 are gone and leave gaps: offsets never change. Offset 8 in the active segment ' +
        'is not touched: the active segment is never cleaned. The cleaner checkpoint is now 8 ' +
        '(below it is the clean part), and the log start offset is still 0.',
      view: { partition: 'user-profiles-0' },
      predict: {
        question:
          'Offsets 9 to 12 arrive and the segment of offsets 8 to 11 closes. At 15 s the cleaner ' +
          'looks again: 4 dirty records, 4 clean ones, min.cleanable.dirty.ratio=0.5. Does it clean?',
        choices: [
          'Yes: there are old values to remove',
          'No: the dirty ratio 4 / (4 + 4) = 0.5 is not above 0.5',
        ],
        answer: (world) =>
          partitionOf(world, 'user-profiles')?.cleanerCheckpoint === 8
            ? 'No: the dirty ratio 4 / (4 + 4) = 0.5 is not above 0.5'
            : 'Yes: there are old values to remove',
        lookAt: 'The cleaner checkpoint is still 8 and the narration says the cleaner stayed idle.',
      },
    },
    {
      at: 15_000,
      title: 'The dirty ratio decides',
      text:
        'Dirty ratio = size of the dirty part / (clean part + dirty part); the active segment does ' +
        'not count. The cleaner picks a log only when the ratio is strictly above ' +
        'min.cleanable.dirty.ratio. Two more knobs, left at Kafka’s defaults here: ' +
        'min.compaction.lag.ms keeps records younger than it out of cleaning, and ' +
        'max.compaction.lag.ms forces a pass once the oldest dirty record is that old, whatever ' +
        'the ratio.',
      view: { partition: 'user-profiles-0' },
      predict: {
        question:
          'Four more changes close another segment. At 20 s the ratio is 8 / 12 and the cleaner ' +
          'runs. The first two segments hold 1 and 3 records. What becomes of them?',
        choices: ['They stay two segments', 'They are recopied into one segment'],
        answer: (world) =>
          (partitionOf(world, 'user-profiles')?.segments.filter((s) => s.baseOffset < 8).length ??
            0) === 1
            ? 'They are recopied into one segment'
            : 'They stay two segments',
        lookAt: 'The first segment, base offset 0, now holds offsets 6 and 7; segment 4 is gone.',
      },
    },
    {
      at: 20_000,
      title: 'Recopied and merged',
      text:
        'The cleaner recopies runs of consecutive segments into one while their sizes add up to at ' +
        'most segment.bytes: 1 + 3 = 4, so they became one segment with base offset 0. Alan ' +
        '(offset 0) is gone too, but the log start offset is still 0: compaction never moves it, so ' +
        'a reader from the start gets every key’s latest value, the whole table. Radia at offset 14 ' +
        'survives although offset 16 is newer: 16 is in the active segment. Simplified: each ' +
        'record counts 1 unit of size, and a pass takes no time.',
      view: { partition: 'user-profiles-0' },
    },
  ],
}
