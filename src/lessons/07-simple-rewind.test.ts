import { describe, expect, test } from 'vitest'
import type { WorldSnapshot } from '../sim'
import { recordsOf, storeValue } from './read'
import { builtinLessonById, expectAnswers, runLesson } from './testLesson'

const simpleRewind = builtinLessonById('simple-rewind')

describe('lesson 7, simple rewind: what the narration says holds', () => {
  const run = runLesson(simpleRewind)
  const pages = ['page-0', 'page-1', 'page-2']
  const trueCount = (world: WorldSnapshot, page: string): number =>
    recordsOf(world, 'page-views').filter((r) => r.key === page).length

  test('the predictions are answered as the lesson means', () => {
    expectAnswers(simpleRewind, {
      0: 'At offset 0',
      1: '8',
      2: 'It reads from offset 0: page-0 = 4',
    })
  })

  test('at 12 s the job has counted 12 views, 4 per page', () => {
    const world = run.atStep(0)
    expect(recordsOf(world, 'page-views')).toHaveLength(12)
    for (const page of pages) expect(storeValue(world, 'page-counter_1', page)).toBe('4')
  })

  test('CheckpointTool writes −1 at 15 s, after the commit due then; the restart reads from 0', () => {
    const commits = run.events('job.committed').filter((e) => e.job === 'page-counter_1')
    expect(commits.find((e) => e.time === 15_000)?.checkpoint[0]?.offset).toBe(11)
    expect(run.events('checkpoint.written')).toEqual([
      expect.objectContaining({ time: 15_000, job: 'page-counter_1' }),
    ])
    expect(run.events('job.positioned').filter((e) => e.time === 16_000)).toEqual([
      expect.objectContaining({ offset: 0, checkpointed: -1, cause: 'checkpoint' }),
    ])
  })

  test('the old changelog is restored (4 per page), so every count ends at twice the truth', () => {
    const restored = run.events('job.restored').find((e) => e.time > 16_000 && e.time < 17_000)
    expect(restored).toMatchObject({ job: 'page-counter_1', keys: 3 })
    for (const world of [run.atStep(2), run.at(run.scenario.durationMs)])
      for (const page of pages)
        expect(storeValue(world, 'page-counter_1', page)).toBe(String(2 * trueCount(world, page)))
    const page0 = recordsOf(run.atStep(2), 'page-counts').filter((r) => r.key === 'page-0')
    expect(page0.map((r) => r.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
  })

  test('page-counter_2 starts at offset 0 by samza.offset.default=oldest and counts right', () => {
    expect(run.events('job.positioned').filter((e) => e.job === 'page-counter_2')).toEqual([
      expect.objectContaining({ time: 26_000, offset: 0, cause: 'samza.offset.default' }),
    ])
    const created = run.events('topic.created').filter((e) => e.time === 26_000)
    expect(created.map((e) => e.topic)).toEqual([
      'page-counter-changelog-v2',
      '__samza_checkpoint_ver_1_for_page-counter_2',
    ])
    const world = run.atStep(3)
    for (const page of pages)
      expect(storeValue(world, 'page-counter_2', page)).toBe(String(trueCount(world, page)))
  })
})
