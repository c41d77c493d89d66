import { describe, expect, test } from 'vitest'
import { jobOf, partitionOf, recordsOf, storeValue } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const streamJob = builtinLessonById('stream-job')

describe('lesson 6, a stream job: what the narration says holds', () => {
  const run = runLesson(streamJob)
  const JOB = 'page-counter_1'

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(streamJob, {
      0: '7: the last offset processed',
      2: 'At offset 8, after its last checkpoint (7)',
      3: '5: the true count',
    })
  })

  test('two tasks, one per input partition; Samza’s topics and the output exist from the start', () => {
    const world = run.atStep(0)
    expect(jobOf(world, JOB)?.tasks.map((t) => [t.name, t.inputs[0]?.partition])).toEqual([
      ['Partition 0', 0],
      ['Partition 1', 1],
    ])
    expect(run.events('topic.created').map((e) => [e.topic, e.partitions, e.purpose])).toEqual([
      ['page-counter-changelog', 2, 'changelog'],
      ['__samza_checkpoint_ver_1_for_page-counter_1', 1, 'checkpoint'],
      ['page-counts', 1, 'output'],
    ])
  })

  test('the commit at 10 s writes the changed counts, then checkpoints the last processed offset', () => {
    const commit = run.events('job.committed').find((e) => e.time === 10_000 && e.container === 1)
    expect(commit?.checkpoint).toEqual([
      expect.objectContaining({ task: 'Partition 1', partition: 1, offset: 7 }),
    ])
    expect(
      recordsOf(run.atStep(1), 'page-counter-changelog', 1).map((r) => [r.key, r.value]),
    ).toEqual([
      ['page-0', '3'],
      ['page-1', '3'],
      ['page-3', '2'],
    ])
  })

  test('container 1 crashes at 15 s with 4 uncommitted records, restarts at 20 s from offset 8', () => {
    expect(run.events('job.crashed')).toEqual([
      expect.objectContaining({ time: 15_000, container: 1, uncommitted: 4, restartAt: 20_000 }),
    ])
    const positioned = run.events('job.positioned').filter((e) => e.time === 20_000)
    expect(positioned).toEqual([
      expect.objectContaining({
        task: 'Partition 1',
        offset: 8,
        checkpointed: 7,
        cause: 'checkpoint',
      }),
    ])
  })

  test('the replay duplicates exactly the four outputs of offsets 8 to 11', () => {
    const outputs = recordsOf(run.atStep(4), 'page-counts').map((r) => `${r.key}=${r.value}`)
    const twice = outputs.filter((o, i) => outputs.indexOf(o) !== i)
    expect(twice).toEqual(['page-3=3', 'page-0=4', 'page-1=4', 'page-3=4'])
  })

  test('after the replay every count in the store is the true number of views', () => {
    const world = run.atStep(4)
    for (const p of [0, 1])
      for (const key of new Set(recordsOf(world, 'page-views', p).map((r) => r.key ?? ''))) {
        const views = recordsOf(world, 'page-views', p).filter((r) => r.key === key).length
        expect(storeValue(world, JOB, key), key).toBe(String(views))
      }
    expect(partitionOf(world, 'page-views', 1)?.logEndOffset).toBe(15)
  })
})
