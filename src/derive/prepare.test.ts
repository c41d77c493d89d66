import { describe, expect, test } from 'vitest'
import { DEFAULT_SCENARIO_INPUT, defaultScenario } from '../scenario/builtin'
import { builtinScenario } from '../scenario/builtinScenario'
import { tooLargeScenario } from '../scenario/testScenarios'
import { createTimeline, DEFAULT_WORK_BUDGET, estimateWork, isolate } from '../sim'
import type { Pacing, Preparation } from './prepare'
import { prepareInSlices, prepareScenario, startPreparation } from './prepare'
import { eventsOf } from './simulation'

describe('the browser’s work budget', () => {
  test('the default scenario is well inside it', () => {
    expect(estimateWork(defaultScenario, DEFAULT_WORK_BUDGET)).toBeNull()
    expect(prepareScenario(defaultScenario)).toEqual({ ok: true })
  })

  test('a scenario asking for more is refused before anything runs, naming its producer', () => {
    const huge = tooLargeScenario()
    expect(estimateWork(huge, DEFAULT_WORK_BUDGET)?.cause.kind).toBe('records')
    const result = prepareScenario(huge)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(
      new RegExp(`producer "${isolate('flood')}".*lower the producer rates`),
    )
  })
})

describe('preparing in slices', () => {
  /** About 24,000 events: more than the first slice runs. */
  const busy = builtinScenario({
    ...DEFAULT_SCENARIO_INPUT,
    durationMs: 120_000,
    producers: [{ name: 'flood', topic: 'page-views', recordsPerSecond: 200, keys: null }],
    consumers: [],
  })

  /** A clock that moves on by `step` ms each time it is read, so every slice looks slow. */
  function slowPacing(isCancelled: () => boolean, progress: number[]): Pacing {
    let now = 0
    return {
      now: () => (now += 30),
      yieldToBrowser: () => Promise.resolve(),
      onProgress: (fraction) => progress.push(fraction),
      isCancelled,
    }
  }

  test('a scenario that takes long reports growing progress, then opens', async () => {
    const scenario = busy
    const progress: number[] = []
    const outcome = prepareInSlices(
      startPreparation(scenario),
      slowPacing(() => false, progress),
    )
    expect(outcome).toBeInstanceOf(Promise)
    expect(await outcome).toEqual({ ok: true })
    expect(progress.length).toBeGreaterThan(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(eventsOf(scenario)).toEqual(createTimeline(scenario).eventsUntil(scenario.durationMs))
  })

  test('a cancelled preparation stops and leaves the scenario on screen cached', async () => {
    const onScreen = defaultScenario
    const before = eventsOf(onScreen)
    const outcome = prepareInSlices(
      startPreparation(busy),
      slowPacing(() => true, []),
    )
    expect(await outcome).toBe('cancelled')
    expect(eventsOf(onScreen)).toBe(before)
  })

  test('a slice is sized in work: one that reaches a cleaner pass over hundreds of segments ends with it', () => {
    // 400 one-record segments in 20 s, then a cleaner pass reading all of them every 100 ms.
    const storm = builtinScenario({
      version: 3,
      durationMs: 30_000,
      topics: [
        {
          name: 'tiny',
          config: {
            'cleanup.policy': 'compact',
            'segment.bytes': 1,
            'min.cleanable.dirty.ratio': 0,
          },
        },
      ],
      producers: [{ name: 'p', topic: 'tiny', recordsPerSecond: 20, keys: { count: 1_000 } }],
      actions: Array.from({ length: 100 }, (_, i) => ({
        type: 'cleaner.run' as const,
        at: 20_000 + i * 100,
      })),
    })
    const preparation = startPreparation(storm)
    const reached: number[] = []
    while (preparation.step(200) === null) reached.push(preparation.fraction * storm.durationMs)
    const inStorm = reached.filter((t) => t >= 20_000)
    expect(inStorm.length).toBeGreaterThan(50)
    // 200 events would span dozens of passes; 200 units end at the first pass.
    inStorm.slice(1).forEach((t, i) => {
      expect(t - (inStorm[i] ?? 0)).toBeLessThanOrEqual(100)
    })
  })

  test('a scenario known to be heavy shows its progress before any of it is computed', async () => {
    const preparation = startPreparation(busy)
    expect(preparation.heavy).toBe(true)
    const progress: number[] = []
    const outcome = prepareInSlices(
      preparation,
      slowPacing(() => false, progress),
    )
    // Reported at once, at 0: the browser draws it before the first slice runs.
    expect(progress).toEqual([0])
    expect(await outcome).toEqual({ ok: true })
  })

  test('a heavy scenario computed before (the one on screen) opens at once, without progress', () => {
    expect(prepareScenario(busy)).toEqual({ ok: true })
    const again = startPreparation(busy)
    expect(again.heavy).toBe(false)
    const outcome = prepareInSlices(again, {
      now: () => 0,
      yieldToBrowser: () => Promise.reject(new Error('never yields')),
      onProgress: () => {
        throw new Error('no progress to show')
      },
      isCancelled: () => false,
    })
    expect(outcome).toEqual({ ok: true })
  })

  test('a slice grows at most twofold over the last, however quick the last one was', async () => {
    const asked: number[] = []
    const quickSteps: Preparation = {
      fraction: 0,
      heavy: true,
      step: (maxWork) => {
        asked.push(maxWork)
        return asked.length < 12 ? null : { ok: true }
      },
    }
    // A clock that never moves: every slice looks instant.
    const outcome = prepareInSlices(quickSteps, {
      now: () => 0,
      yieldToBrowser: () => Promise.resolve(),
      onProgress: () => undefined,
      isCancelled: () => false,
    })
    expect(await outcome).toEqual({ ok: true })
    asked.slice(1).forEach((work, i) => {
      expect(work).toBeLessThanOrEqual(2 * (asked[i] ?? 0))
    })
    expect(asked.at(-1)).toBeGreaterThan(asked[0] ?? 0)
  })

  test('a small scenario is ready within the first slice, without yielding', () => {
    expect(startPreparation(defaultScenario).heavy).toBe(false)
    const outcome = prepareInSlices(startPreparation(defaultScenario), {
      now: () => 0,
      yieldToBrowser: () => Promise.reject(new Error('never yields')),
      onProgress: () => undefined,
      isCancelled: () => false,
    })
    expect(outcome).toEqual({ ok: true })
  })
})
