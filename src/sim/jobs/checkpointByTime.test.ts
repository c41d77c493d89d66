/**
 * CheckpointTool by timestamp on a real date (`clockStartMs`): the timestamp is epoch milliseconds,
 * and the narration reads it as a UTC date, not a bare number of milliseconds.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advanceWorld, initialWorld } from '../engine'
import type { SimEvent } from '../events'
import { epochDateText } from '../epoch'
import { narrate } from '../narration'
import type { ScenarioAction } from '../simScenario'
import { testJob, testProducer, testScenario, topic } from '../testScenario'

/** 2024-05-01T00:00:00Z. */
const MAY_2024 = 1_714_521_600_000

function checkpointEvent(clockStartMs: number | undefined, timestamp: number) {
  const rewind: ScenarioAction = {
    type: 'checkpoint.write',
    at: 20_000,
    job: 'counter_1',
    offsets: null,
    timestamp,
  }
  const scenario = testScenario({
    ...(clockStartMs === undefined ? {} : { clockStartMs }),
    topics: [topic('events', {})],
    producers: [testProducer()],
    jobs: [testJob()],
    actions: [{ type: 'job.stop', at: 15_000, job: 'counter_1' }, rewind],
  })
  const events: SimEvent[] = []
  advanceWorld(initialWorld(scenario), scenario, 20_000, (e) => events.push(e))
  const written = events.find((e) => e.type === 'checkpoint.written')
  if (!written) throw new Error('no checkpoint.written')
  return written
}

describe('a checkpoint written by timestamp', () => {
  it('on a real date is narrated as a UTC date with its epoch milliseconds', () => {
    const written = checkpointEvent(MAY_2024, MAY_2024 + 5_000)
    expect(written).toMatchObject({ byTimestamp: MAY_2024 + 5_000, onRealDate: true })
    expect(narrate(written)).toContain(
      'offsets of the first records at or after 2024-05-01 00:00:05 UTC (epoch 1714521605000 ms), minus one',
    )
  })

  it('without a real date is narrated in the scenario’s milliseconds', () => {
    const written = checkpointEvent(undefined, 5_000)
    expect(written).not.toHaveProperty('onRealDate')
    expect(narrate(written)).toContain('at or after t=5000 ms, minus one')
  })

  it('finds the same offsets on a real date as on the scenario’s own clock', () => {
    expect(checkpointEvent(MAY_2024, MAY_2024 + 5_000).entries).toEqual(
      checkpointEvent(undefined, 5_000).entries,
    )
  })
})

describe('epochDateText', () => {
  it('prints UTC seconds, and milliseconds only when there are any', () => {
    expect(epochDateText(MAY_2024)).toBe('2024-05-01 00:00:00 UTC')
    expect(epochDateText(MAY_2024 + 36_000_250)).toBe('2024-05-01 10:00:00.250 UTC')
  })
})

describe('epochDateText against the platform calendar', () => {
  it('agrees with Date for any instant from 1970 to the year 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (epoch) => {
        // eslint-disable-next-line no-restricted-syntax -- the platform calendar is the test's oracle; the core never reads it
        const iso = new Date(epoch).toISOString()
        const expected = `${iso.slice(0, 10)} ${iso.slice(11, iso.endsWith('.000Z') ? 19 : 23)} UTC`
        expect(epochDateText(epoch)).toBe(expected)
      }),
    )
  })
})
