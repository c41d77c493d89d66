import { describe, expect, test } from 'vitest'
import { FSI, isolate, PDI } from '../userText'
import { describeBudgetRefusal, formatDuration, formatNumber } from './describeWork'
import type { WorkCause } from './workBudget'

function refusal(cause: WorkCause, stoppedAtMs: number | null = 61_000): string {
  return describeBudgetRefusal({ cause, used: 3_000_001, maxWork: 3_000_000, stoppedAtMs })
}

/** The refusal's words, without the isolates around the names (tested on their own below). */
function message(cause: WorkCause, stoppedAtMs: number | null = 61_000): string {
  return refusal(cause, stoppedAtMs).replaceAll(FSI, '').replaceAll(PDI, '')
}

describe('the work-budget refusal names what is expensive and what to change', () => {
  test('cleaner runs over one-record segments', () => {
    const text = message({
      kind: 'cleaner',
      topic: 'tiny',
      passes: 5_000,
      cleanerRunActions: 5_000,
      maxSegments: 7_000,
      recordsPerSegment: 1,
      segmentBytes: 1,
      minCleanableDirtyRatio: 0,
    })
    expect(text).toContain(
      '5,000 cleaner runs over up to 7,000 one-record segments of topic "tiny"',
    )
    expect(text).toContain('raise segment.bytes of "tiny" (now 1)')
    expect(text).toContain('min.cleanable.dirty.ratio (now 0)')
    expect(text).toContain('use fewer cleaner.run actions (there are 5,000)')
    expect(text).toContain('stopped at 1 min 1 s of simulated time')
    expect(text).not.toMatch(/producer/)
  })

  test('the cleaner thread alone does not advise removing actions there are none of', () => {
    const text = message({
      kind: 'cleaner',
      topic: 't',
      passes: 900,
      cleanerRunActions: 0,
      maxSegments: 40,
      recordsPerSegment: 12,
      segmentBytes: 12,
      minCleanableDirtyRatio: 0.1,
    })
    expect(text).toContain('900 cleaner runs over up to 40 segments of topic "t"')
    expect(text).not.toContain('cleaner.run')
  })

  test('a consumer polling very often', () => {
    const text = message(
      { kind: 'polls', consumer: 'eager', pollIntervalMs: 1, forMs: 3 * 3_600_000 },
      null,
    )
    expect(text).toContain('consumer "eager" polling every 1 ms for 3 h')
    expect(text).toContain('raise pollIntervalMs of consumer "eager"')
    expect(text).toContain('estimated before running')
    expect(text).not.toMatch(/producer/)
  })

  test('a container restarting with its only host down', () => {
    const text = message({
      kind: 'restarts',
      job: 'counter_1',
      restartMs: 0,
      restarts: 2_999_000,
      hostsUp: 0,
      hosts: 1,
    })
    expect(text).toContain(
      'a container of job "counter_1" restarting every 0 ms with its only host down',
    )
    expect(text).toContain('raise cluster.containerRestartMs, or recover a host sooner')
  })

  test('restarts with several hosts, all down, and with hosts up', () => {
    const down = { kind: 'restarts', job: 'j_1', restartMs: 1, restarts: 9, hosts: 3 } as const
    expect(message({ ...down, hostsUp: 0 })).toContain('with all 3 hosts down')
    expect(message({ ...down, hostsUp: 2 })).not.toMatch(/down|recover/)
  })

  test('records, retention checks, job runs and actions', () => {
    expect(message({ kind: 'records', producer: 'flood', producers: 1, records: 1e7 })).toMatch(
      /producer "flood" sending about 10,000,000 records.*lower the producer rates/,
    )
    expect(message({ kind: 'records', producer: 'flood', producers: 3, records: 1e7 })).toMatch(
      /3 producers sending about 10,000,000 records \("flood" sends the most\)/,
    )
    expect(message({ kind: 'retention', checks: 3e6, intervalMs: 1, logs: 4 })).toMatch(
      /3,000,000 retention checks, one every 1 ms, over 4 logs.*log\.retention\.check\.interval\.ms/,
    )
    expect(message({ kind: 'job', job: 'counter_1', runs: 2e6 })).toMatch(
      /job "counter_1" working through 2,000,000 task runs.*records job "counter_1" reads/,
    )
    expect(message({ kind: 'actions', actions: 5_000 })).toMatch(
      /5,000 scenario actions.*fewer actions/,
    )
  })
})

test('names in the refusal are isolated, so a right-to-left override stays inside its name', () => {
  const topic = 'evil\u202Etxt.exe'
  const cause: WorkCause = {
    kind: 'cleaner',
    topic,
    passes: 5,
    cleanerRunActions: 5,
    maxSegments: 7,
    recordsPerSegment: 1,
    segmentBytes: 1,
    minCleanableDirtyRatio: 0,
  }
  const text = refusal(cause)
  expect(text).toContain(`topic "${isolate(topic)}"`)
  expect(text).toContain(`segment.bytes of "${isolate(topic)}"`)
  const consumer = refusal({ kind: 'polls', consumer: 'a\u200Bb', pollIntervalMs: 1, forMs: 10 })
  expect(consumer).toContain(`consumer "${FSI}a⟨U+200B⟩b${PDI}"`)
})

describe('durations in refusals', () => {
  test.each([
    [0, '0 ms'],
    [1, '1 ms'],
    [999, '999 ms'],
    [1_000, '1 s'],
    [61_000, '1 min 1 s'],
    [3_600_000, '1 h'],
    [3 * 3_600_000 + 120_000, '3 h 2 min'],
    [86_400_000 + 5_000, '1 d'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('numbers as the app writes them, without the locale', () => {
  test.each([0, 7, 999, 1_000, 12_345, 5_000_000, 0.1, 0.5, 2_000, 10_000, 12_345.25, -1_234])(
    '%d reads as toLocaleString("en-US") writes it',
    (n) => {
      expect(formatNumber(n)).toBe(n.toLocaleString('en-US'))
    },
  )
})
