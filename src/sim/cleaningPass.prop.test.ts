import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from './engine'
import type { SimEvent } from './events'
import { withOverrides } from './log/config'
import { segmentRecords } from './log/segment'
import type { SimScenario } from './simScenario'
import { scenarioArb } from './testScenario'

function runEvents(scenario: SimScenario): SimEvent[] {
  const events: SimEvent[] = []
  advanceWorld(initialWorld(scenario), scenario, scenario.durationMs, (e) => events.push(e))
  return events
}

const withRate = (scenario: SimScenario, rate: number): SimScenario => ({
  ...scenario,
  broker: withOverrides(scenario.broker, { 'log.cleaner.io.max.bytes.per.second': rate }),
})

describe('a cleaning pass that takes time (property-based)', () => {
  it('unthrottled, every pass applies at once and the run is the run of any rate too high to wait', () => {
    fc.assert(
      fc.property(scenarioArb, (arbitrary) => {
        const scenario = withRate(arbitrary, Number.MAX_VALUE)
        const events = runEvents(scenario)
        expect(events.some((e) => e.type === 'cleaner.passStarted')).toBe(false)
        expect(events.some((e) => e.type === 'cleaner.pass' && e.startedAt !== undefined)).toBe(
          false,
        )
        // 10^300 bytes a second still rounds every pass to 0 ms: the same events, in the same order.
        expect(runEvents(withRate(arbitrary, 1e300))).toEqual(events)
      }),
      { numRuns: 40 },
    )
  })

  it('throttled, a pass ends when its reads and writes allow, later than it began', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 40 }), (arbitrary, rate) => {
        const scenario = withRate(arbitrary, rate)
        const events = runEvents(scenario)
        const started = events.filter((e) => e.type === 'cleaner.passStarted')
        for (const begun of started) {
          expect(begun.endsAt).toBe(begun.time + Math.round((begun.ioBytes * 1000) / rate))
          expect(begun.endsAt).toBeGreaterThan(begun.time)
          const end = events.find(
            (e) =>
              (e.type === 'cleaner.pass' && e.startedAt === begun.time) ||
              (e.type === 'cleaner.passAborted' && e.time === begun.endsAt),
          )
          if (begun.endsAt <= scenario.durationMs) expect(end?.time).toBe(begun.endsAt)
        }
      }),
      { numRuns: 40 },
    )
  })

  it('throttled or not, the compacted log never loses the newest record of a key', () => {
    fc.assert(
      fc.property(scenarioArb, fc.option(fc.integer({ min: 1, max: 40 })), (arbitrary, rate) => {
        const scenario = withRate(arbitrary, rate ?? Number.MAX_VALUE)
        const world = initialWorld(scenario)
        const newest = new Map<string, { offset: number; tombstone: boolean }>()
        const sink = (e: SimEvent) => {
          if (e.type === 'record.appended' && e.topic === 'table' && e.key !== null)
            newest.set(e.key, { offset: e.offset, tombstone: e.value === null })
        }
        for (let t = 0; t <= scenario.durationMs; t += 500) {
          advanceWorld(world, scenario, t, sink)
          const log = world.topics.get('table')?.partitions[0]
          if (!log) return
          const held = new Set(log.segments.flatMap((s) => segmentRecords(s).map((r) => r.offset)))
          for (const [key, record] of newest) {
            // A tombstone may go after its horizon; DeleteRecords is not in play for this topic.
            if (!record.tombstone && record.offset >= log.logStartOffset)
              expect(held.has(record.offset), `newest record of ${key}`).toBe(true)
          }
        }
      }),
      { numRuns: 40 },
    )
  })
})
