import { describe, expect, test } from 'vitest'
import { jobOf, partitionOf, recordsOf, storeValue } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const brokers = builtinLessonById('brokers')

describe('lesson 10, brokers: what the narration says holds', () => {
  const run = runLesson(brokers)
  const JOB = 'page-counter_1'

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(brokers, {
      0: 'Broker 1, the other replica',
      1: 'The right counts, rebuilt from the changelog',
      2: 'Broker 1 stays leader; broker 0 rejoins as a follower',
    })
  })

  test('replicas sit on brokers as the text says, the preferred one leading', () => {
    const world = run.atStep(0)
    const placement = (topic: string, p: number) => {
      const log = partitionOf(world, topic, p)
      return [log?.replicas, log?.leader, log?.isr]
    }
    expect(placement('page-views', 0)).toEqual([[0, 1], 0, [0, 1]])
    expect(placement('page-views', 1)).toEqual([[1, 2], 1, [1, 2]])
    expect(partitionOf(world, 'page-counter-changelog', 0)?.replicas).toHaveLength(2)
    expect(
      partitionOf(world, '__samza_checkpoint_ver_1_for_page-counter_1', 0)?.replicas,
    ).toHaveLength(3)
    expect(jobOf(world, JOB)?.containers.map((c) => c.host)).toEqual([0])
  })

  test('when broker 0 fails leadership of what it led moves to broker 1, and nothing is lost', () => {
    const moves = run.events('leader.changed').filter((e) => e.time === 10_000)
    expect(moves.map((e) => [e.topic, e.partition, e.from, e.to])).toEqual([
      ['page-views', 0, 0, 1],
      ['page-counter-changelog', 1, 0, 1],
      ['__samza_checkpoint_ver_1_for_page-counter_1', 0, 0, 1],
    ])
    expect(partitionOf(run.atStep(1), 'page-views', 0)?.isr).toEqual([1])
    expect(run.events('produce.rejected')).toEqual([])
    const offsets = recordsOf(run.atStep(1), 'page-views', 0).map((r) => r.offset)
    expect(offsets).toEqual([0, 1, 2])
  })

  test('after host 0 fails the container restarts on host 1 and rebuilds the store from 16 records', () => {
    expect(run.events('job.crashed')).toEqual([
      expect.objectContaining({
        time: 20_000,
        cause: 'host failure',
        uncommitted: 1,
        restartAt: 25_000,
      }),
    ])
    expect(run.events('job.restored').filter((e) => e.time > 20_000)).toEqual([
      expect.objectContaining({ records: 16, keys: 4 }),
    ])
    const world = run.atStep(2)
    expect(jobOf(world, JOB)?.containers.map((c) => c.host)).toEqual([1])
    for (const p of [0, 1])
      for (const key of new Set(recordsOf(world, 'page-views', p).map((r) => r.key ?? '')))
        expect(storeValue(world, JOB, key)).toBe(
          String(recordsOf(world, 'page-views', p).filter((r) => r.key === key).length),
        )
  })

  test('broker 0 rejoins the ISR at 30 s without taking leadership back', () => {
    const log = partitionOf(run.atStep(3), 'page-views', 0)
    expect([log?.leader, log?.isr]).toEqual([1, [0, 1]])
    expect(run.events('leader.changed').filter((e) => e.time > 10_000)).toEqual([])
  })
})
