import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { copyRolledSegmentsInPlace, expireArchiveInPlace } from './archive'
import type { TopicConfigOverrides } from './config'
import { fetchFrom, readWholeLog } from './fetch'
import { rollInPlace } from './partition'
import { deleteOldSegmentsInPlace, deleteRecordsInPlace } from './retention'
import { testLog } from './testLog'
import { tieredConfigProblem } from './tiered'

type Op =
  | { kind: 'append'; dt: number }
  | { kind: 'roll' }
  | { kind: 'copy' }
  | { kind: 'localRetention'; dt: number }
  | { kind: 'expire'; dt: number }
  | { kind: 'deleteRecords'; ahead: number }

const dtArb = fc.integer({ min: 0, max: 60 })
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('append' as const), dt: dtArb }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'roll' as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'copy' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('localRetention' as const), dt: dtArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('expire' as const), dt: dtArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deleteRecords' as const),
      ahead: fc.integer({ min: 0, max: 3 }),
    }),
  },
)

const configArb: fc.Arbitrary<TopicConfigOverrides> = fc
  .record({
    'segment.bytes': fc.integer({ min: 1, max: 4 }),
    'retention.ms': fc.constantFrom(-1, 100, 300),
    // Local limits below every total, so each combination is one Kafka accepts.
    'local.retention.ms': fc.constantFrom(-2, 0, 20),
    'retention.bytes': fc.constantFrom(-1, 8, 12),
    'local.retention.bytes': fc.constantFrom(-2, 1, 3),
  })
  .map((c) => ({ ...c, 'remote.storage.enable': true }))

describe('tiered storage (property)', () => {
  it('keeps every offset from the log start readable, from the archive below the local start', () => {
    fc.assert(
      fc.property(
        configArb,
        fc.array(opArb, { minLength: 10, maxLength: 40, size: 'max' }),
        (overrides, ops) => {
          const t = testLog(overrides)
          expect(tieredConfigProblem(t.config)).toBeNull()
          const values: string[] = []
          let now = 0
          for (const op of ops) {
            const before = { start: t.log.logStartOffset, local: t.log.localLogStartOffset }
            if (op.kind === 'append') {
              now += op.dt
              values.push(`v${values.length}`)
              t.append('k', values[values.length - 1] ?? null, now)
            } else if (op.kind === 'roll') rollInPlace(t.log, now)
            else if (op.kind === 'copy') copyRolledSegmentsInPlace(t.log, now)
            else if (op.kind === 'localRetention') {
              now += op.dt
              deleteOldSegmentsInPlace(t.log, t.config, now)
            } else if (op.kind === 'expire') {
              now += op.dt
              expireArchiveInPlace(t.log, t.config, now)
            } else
              deleteRecordsInPlace(t.log, Math.min(t.log.logEndOffset, before.start + op.ahead))

            const { logStartOffset, localLogStartOffset, logEndOffset } = t.log
            // Both starts only move forward, and the log start never passes the local one.
            expect(logStartOffset).toBeGreaterThanOrEqual(before.start)
            expect(localLogStartOffset).toBeGreaterThanOrEqual(before.local)
            expect(logStartOffset).toBeLessThanOrEqual(localLogStartOffset)
            expect(localLogStartOffset).toBeLessThanOrEqual(logEndOffset)
            // A delete-policy log loses nothing between the log start and the end: a whole read
            // returns every offset once, in order, with the value appended there.
            const read = readWholeLog(t.log)
            expect(read.map((r) => r.offset)).toEqual(
              Array.from({ length: logEndOffset - logStartOffset }, (_, i) => logStartOffset + i),
            )
            for (const r of read) expect(r.value).toBe(values[r.offset])
            // Each offset is fetched from the tier that holds it.
            for (let offset = logStartOffset; offset < logEndOffset; offset++) {
              const fetched = fetchFrom(t.log, offset, 1)
              expect(fetched.ok && fetched.records[0]?.offset).toBe(offset)
              expect(fetched.ok && fetched.fromArchive).toBe(offset < localLogStartOffset)
            }
          }
        },
      ),
      { numRuns: 100 },
    )
  })
})
