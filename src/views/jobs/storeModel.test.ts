import { expect, test } from 'vitest'
import { partitionAt } from '../../derive/partitionAt'
import { worldAtOtherTime } from '../../derive/simulation'
import { lessonById } from '../../lessons'
import { snapshotJob, type JobSnapshot } from '../../sim'
import { job } from './testJob'
import { buildStoreTables, changelogValues } from './storeModel'

const withStore = (store: [string, string][]): JobSnapshot => ({
  ...job,
  tasks: [{ ...job.tasks[0]!, store }],
})

test('lists each task store with its unflushed keys', () => {
  expect(buildStoreTables(job, null)).toEqual([
    {
      task: 'Partition 0',
      unflushedKeys: 1,
      rows: [
        { key: 'page-0', value: '3', changed: false },
        { key: 'page-2', value: '9', changed: false },
      ],
    },
  ])
})

test('marks keys that are new or changed since the earlier world', () => {
  const before = withStore([
    ['page-0', '3'],
    ['page-2', '8'],
  ])
  const after = withStore([
    ['page-0', '3'],
    ['page-1', '1'],
    ['page-2', '9'],
  ])
  expect(buildStoreTables(after, before)[0]!.rows.map((r) => [r.key, r.changed])).toEqual([
    ['page-0', false],
    ['page-1', true],
    ['page-2', true],
  ])
})

test('while its container restores, a task shows what its changelog partition will put back', () => {
  // stream-job: container 1 restarts at 20 s and restores Partition 1 from changelog partition 1.
  const lesson = lessonById('stream-job')!
  const world = worldAtOtherTime(lesson.scenario, 20_000)
  const restoring = snapshotJob(world, world.jobs.get('page-counter_1')!)
  expect(restoring.containers[1]?.status).toBe('restoring')
  const tables = buildStoreTables(restoring, null, (p) =>
    partitionAt(world, 'page-counter-changelog', p),
  )
  const partition1 = tables.find((t) => t.task === 'Partition 1')!
  expect(partition1.restoring).toEqual({ records: 3, endsAt: 20_001 })
  // The store once the restore is over (before anything is processed) is exactly those values.
  const changelog = partitionAt(world, 'page-counter-changelog', 1)!
  expect(partition1.rows.map((r) => [r.key, r.value])).toEqual(changelogValues(changelog).values)
  expect(partition1.rows.map((r) => `${r.key} = ${r.value}`)).toEqual([
    'page-0 = 3',
    'page-1 = 3',
    'page-3 = 2',
  ])
  // The running task's table is its store, as before.
  expect(tables.find((t) => t.task === 'Partition 0')!.restoring).toBeUndefined()
})

test('a changelog folds to the latest value per key from the log start, tombstones removing keys', () => {
  const r = (offset: number, key: string, value: string | null) => ({
    offset,
    key,
    value,
    timestamp: 0,
  })
  const changelog = {
    partition: 0,
    logStartOffset: 1,
    logEndOffset: 5,
    replicas: [0],
    leader: 0,
    isr: [0],
    highWatermark: 5,
    cleanerCheckpoint: null,
    segments: [
      {
        baseOffset: 0,
        active: true,
        records: [r(0, 'x', '9'), r(1, 'a', '1'), r(2, 'b', '1'), r(3, 'a', '2'), r(4, 'b', null)],
      },
    ],
  }
  expect(changelogValues(changelog)).toEqual({ values: [['a', '2']], records: 4 })
})
