import { beforeEach, describe, expect, test } from 'vitest'
import { defaultScenario } from '../scenario/builtin'
import { initialAppState, useAppStore } from './appStore'
import { partitionAt } from '../derive/partitionAt'
import { worldAt } from '../derive/simulation'
import { loadScenarioFile } from '../scenario/testScenarios'
import { openingGeneration } from './opening'

const store = useAppStore

beforeEach(() => {
  store.setState(initialAppState(defaultScenario))
})

describe('the app store', () => {
  test('seeking clamps the cursor to the scenario', () => {
    store.getState().seek(-5)
    expect(store.getState().cursor).toBe(0)
    store.getState().seek(10 ** 9)
    expect(store.getState().cursor).toBe(defaultScenario.durationMs)
  })

  test('playing from the end starts again from the beginning', () => {
    store.getState().seek(defaultScenario.durationMs)
    store.getState().play()
    expect(store.getState()).toMatchObject({ cursor: 0, playing: true, direction: 1 })
  })

  test('J and L start playing in their direction, then speed up while it plays that way', () => {
    const { speedIndex } = store.getState()
    store.getState().playOrFaster(-1)
    expect(store.getState()).toMatchObject({ playing: true, direction: -1, speedIndex })
    store.getState().playOrFaster(-1)
    expect(store.getState().speedIndex).toBe(speedIndex + 1)
    store.getState().playOrFaster(1)
    expect(store.getState()).toMatchObject({ direction: 1, speedIndex: speedIndex + 1 })
  })

  test('an action at the cursor joins the scenario and changes the world from there on', async () => {
    store.getState().seek(30_000)
    const before = partitionAt(worldAt(store.getState().scenario, 30_000), 'user-profiles', 0)!
    await store.getState().act({ type: 'roll', topic: 'user-profiles', partition: 0 })
    const { scenario, notices, editCount } = store.getState()
    expect(scenario.actions).toEqual([
      { type: 'roll', at: 30_000, topic: 'user-profiles', partition: 0 },
    ])
    expect(notices).toEqual([])
    expect(editCount).toBe(1)
    const after = partitionAt(worldAt(scenario, 30_000), 'user-profiles', 0)!
    expect(after.segments.length).toBe(before.segments.length + 1)
  })

  test('an action the engine refuses says why', async () => {
    store.getState().seek(1_000)
    await store
      .getState()
      .act({ type: 'deleteRecords', topic: 'user-profiles', partition: 0, offset: 999 })
    const [notice] = store.getState().notices
    expect(notice?.tone).toBe('error')
    expect(notice?.text).toMatch(/^The broker refused DeleteRecords: /)
  })

  test('a later action that succeeds replaces the refusal; two identical actions are told apart', async () => {
    store.getState().seek(1_000)
    const deleteUpTo = async (offset: number) => {
      await store
        .getState()
        .act({ type: 'deleteRecords', topic: 'user-profiles', partition: 0, offset })
    }
    await deleteUpTo(999)
    expect(store.getState().notices.map((n) => n.tone)).toEqual(['error'])
    // Offset 0 is the log start: accepted, and it moves nothing, so the refusal simply goes.
    await deleteUpTo(0)
    expect(store.getState().notices).toEqual([])
    await deleteUpTo(999)
    await deleteUpTo(999)
    // Only the latest action is told about; both identical actions were refused, each by its own run.
    expect(store.getState().notices).toHaveLength(1)
    expect(store.getState().notices[0]?.text).toMatch(/^The broker refused DeleteRecords: /)
  })

  test('an action that changes nothing says why', async () => {
    store.getState().seek(1_000)
    await store.getState().act({ type: 'retention.run' })
    expect(store.getState().notices.map((n) => [n.tone, n.text])).toEqual([
      [
        'info',
        'Running a retention check at 1 s changed nothing: no segment was due for deletion by retention.ms or retention.bytes.',
      ],
    ])
  })

  test('loading a scenario resets the selection to a partition that exists', async () => {
    store.getState().selectPartition('page-views', 0)
    await store.getState().load(defaultScenario, { cursor: 5_000, topic: 'nope', partition: 3 })
    expect(store.getState()).toMatchObject({ cursor: 5_000, topic: 'user-profiles', partition: 0 })
  })
})

describe('job actions in the store', () => {
  const simpleRewind = loadScenarioFile('simple-rewind.json')

  beforeEach(() => {
    store.setState(initialAppState(simpleRewind))
  })

  test('a checkpoint edit while the job runs is written, with no refusal (the job overwrites it)', async () => {
    store.getState().seek(20_000)
    await store.getState().act({
      type: 'checkpoint.write',
      job: 'page-counter_1',
      offsets: null,
      timestamp: 0,
    })
    expect(store.getState().notices).toEqual([])
    expect(
      store
        .getState()
        .scenario.actions.filter((a) => a.type === 'checkpoint.write' && a.at === 20_000),
    ).toHaveLength(1)
  })

  test('a new job joins the scenario, started by an action at the cursor', async () => {
    store.getState().seek(12_000)
    await store.getState().startNewJob({
      'job.name': 'page-counter',
      'job.id': '2',
      processor: { type: 'count' },
      inputs: ['page-views'],
      changelog: 'page-counter-changelog-v2',
      output: 'page-counts-v2',
    })
    const { scenario, notices } = store.getState()
    expect(notices).toEqual([])
    expect(scenario.jobs[1]).toMatchObject({ 'job.id': '2', startMs: null })
    expect(scenario.actions[0]).toEqual({
      type: 'job.start',
      at: 12_000,
      job: 'page-counter_2',
      set: {},
    })
    expect(worldAt(scenario, 13_000).jobs.get('page-counter_2')?.status).toBe('running')
  })
})

describe('notices', () => {
  test('the same message given again is said once and counted', () => {
    for (let i = 0; i < 20; i++) store.getState().notify('error', 'This link could not be opened.')
    store.getState().notify('info', 'Something else.')
    const notices = store.getState().notices
    expect(notices.map((n) => [n.text, n.times])).toEqual([
      ['This link could not be opened.', 20],
      ['Something else.', 1],
    ])
  })
})

describe('reading a long link before its scenario is known', () => {
  const other = loadScenarioFile('simple-rewind.json')

  test('Cancel while the link is read opens the default scenario and supersedes the opening', async () => {
    await store.getState().load(other)
    const generation = openingGeneration()
    store.getState().startReading()
    expect(store.getState().computing).toEqual({ stage: 'reading' })
    store.getState().cancelComputing()
    // The default scenario is light: it opens at once, in place of the reading.
    expect(store.getState().scenario).toBe(defaultScenario)
    expect(store.getState().computing).toBeNull()
    expect(openingGeneration()).not.toBe(generation)
  })

  test('the scenario read from the link replaces the reading when it opens', async () => {
    store.getState().startReading()
    expect(await store.getState().load(other)).toBe('opened')
    expect(store.getState().scenario).toBe(other)
    expect(store.getState().computing).toBeNull()
  })

  test('a refused link ends the reading, and only the reading', () => {
    store.getState().startReading()
    store.getState().stopReading()
    expect(store.getState().computing).toBeNull()
    const computing = { stage: 'computing', name: 'A heavy link', fraction: 0.5 } as const
    store.setState({ computing })
    store.getState().stopReading()
    expect(store.getState().computing).toBe(computing)
  })
})
