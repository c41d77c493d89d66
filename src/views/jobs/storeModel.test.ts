import { expect, test } from 'vitest'
import type { JobSnapshot } from '../../sim'
import { job } from './testJob'
import { buildStoreTables } from './storeModel'

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
