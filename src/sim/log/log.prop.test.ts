import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanLogInPlace } from './cleaner'
import { cleanableOffsets, isEligibleForCleaning, logToClean } from './cleanable'
import type { CleanupPolicy } from './config'
import { activeSegment, rollInPlace } from './partition'
import type { LogRecord } from './record'
import { deleteOldSegmentsInPlace, deleteRecordsInPlace } from './retention'
import { segmentRecords } from './segment'
import { allRecords, readTable, testLog } from './testLog'

type Op =
  | { kind: 'append'; key: string | null; value: string | null; dt: number }
  | { kind: 'roll' }
  | { kind: 'clean'; capacity: number }
  | { kind: 'retention'; dt: number }
  | { kind: 'deleteRecords'; ahead: number }

const keyArb = fc.constantFrom('a', 'b', 'c', 'd', 'constructor', '__proto__')
const opArb = (keyless: boolean): fc.Arbitrary<Op> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant('append' as const),
        key: keyless ? fc.option(keyArb, { freq: 5 }) : keyArb,
        value: fc.option(fc.constantFrom('1', '2', '3'), { freq: 4 }),
        dt: fc.integer({ min: 0, max: 40 }),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'roll' as const }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('clean' as const),
        capacity: fc.integer({ min: 1, max: 6 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('retention' as const),
        dt: fc.integer({ min: 0, max: 200 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('deleteRecords' as const),
        ahead: fc.integer({ min: 0, max: 3 }),
      }),
    },
  )

interface Checks {
  readonly afterOp: (before: Snapshot, after: Snapshot, op: Op) => void
}

interface Snapshot {
  readonly logStartOffset: number
  readonly logEndOffset: number
  readonly records: readonly LogRecord[]
  readonly activeBase: number
  readonly activeRecords: readonly LogRecord[]
}

/** Runs ops on a log of the given policy, calling `checks` after each one. Returns the log and every record ever appended. */
function runOps(
  policy: CleanupPolicy,
  ops: readonly Op[],
  checks?: Checks,
  deleteRetentionMs = 50,
) {
  const t = testLog({
    'cleanup.policy': policy,
    'segment.bytes': 3,
    'retention.ms': 150,
    'delete.retention.ms': deleteRetentionMs,
  })
  const appended: LogRecord[] = []
  let now = 0
  const snap = (): Snapshot => ({
    logStartOffset: t.log.logStartOffset,
    logEndOffset: t.log.logEndOffset,
    records: allRecords(t.log),
    activeBase: activeSegment(t.log).baseOffset,
    activeRecords: segmentRecords(activeSegment(t.log)).slice(),
  })
  for (const op of ops) {
    const before = snap()
    switch (op.kind) {
      case 'append':
        now += op.dt
        if (op.key === null && policy !== 'delete') break
        t.append(op.key, op.value, now)
        appended.push(...segmentRecords(activeSegment(t.log)).slice(-1))
        break
      case 'roll':
        rollInPlace(t.log, now)
        break
      case 'clean': {
        const candidate = logToClean(t.log, t.config, now)
        if (
          policy !== 'delete' &&
          isEligibleForCleaning(candidate, { ...t.config, 'min.cleanable.dirty.ratio': 0 })
        ) {
          cleanLogInPlace(t.log, {
            config: t.config,
            now,
            offsetMapCapacity: op.capacity,
            tombstoneRule: 'kip-534',
            ...cleanableOffsets(t.log, t.config, now),
          })
        }
        break
      }
      case 'retention':
        now += op.dt
        deleteOldSegmentsInPlace(t.log, t.config, now)
        break
      case 'deleteRecords':
        deleteRecordsInPlace(t.log, Math.min(t.log.logEndOffset, t.log.logStartOffset + op.ahead))
        break
    }
    checks?.afterOp(before, snap(), op)
  }
  return { t, appended }
}

function offsetsStrictlyIncrease(records: readonly LogRecord[]): boolean {
  return records.every((r, i) => i === 0 || (records[i - 1]?.offset ?? -1) < r.offset)
}

describe('log invariants (property-based)', () => {
  it('offsets only increase and are never reused; segments hold only their own range; the log start offset never goes back', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CleanupPolicy>('delete', 'compact', 'compact,delete'),
        fc.array(opArb(true), { minLength: 10, maxLength: 60 }),
        (policy, ops) => {
          const seen = new Set<number>()
          const { t } = runOps(policy, ops, {
            afterOp(before, after) {
              expect(after.logEndOffset).toBeGreaterThanOrEqual(before.logEndOffset)
              expect(after.logStartOffset).toBeGreaterThanOrEqual(before.logStartOffset)
              expect(after.logStartOffset).toBeLessThanOrEqual(after.logEndOffset)
              expect(offsetsStrictlyIncrease(after.records)).toBe(true)
              for (const r of after.records) expect(r.offset).toBeLessThan(after.logEndOffset)
              for (let o = before.logEndOffset; o < after.logEndOffset; o++) {
                expect(seen.has(o)).toBe(false)
                seen.add(o)
              }
            },
          })
          t.log.segments.forEach((segment, i) => {
            const next = t.log.segments[i + 1]
            for (const r of segmentRecords(segment)) {
              expect(r.offset).toBeGreaterThanOrEqual(segment.baseOffset)
              if (next) expect(r.offset).toBeLessThan(next.baseOffset)
            }
          })
        },
      ),
    )
  })

  it('compaction is a physical optimisation: reading the cleaned log from the start gives the same table as reading every record ever written', () => {
    let runsThatRemovedRecords = 0
    fc.assert(
      fc.property(
        fc.array(
          opArb(false).filter((op) => op.kind !== 'retention' && op.kind !== 'deleteRecords'),
          { minLength: 20, maxLength: 80 },
        ),
        fc.integer({ min: 0, max: 100 }),
        (ops, deleteRetentionMs) => {
          const { t, appended } = runOps('compact', ops, undefined, deleteRetentionMs)
          if (allRecords(t.log).length < appended.length) runsThatRemovedRecords++
          const full = new Map<string, string>()
          for (const r of appended) {
            if (r.key === null) continue
            if (r.value === null) full.delete(r.key)
            else full.set(r.key, r.value)
          }
          expect(readTable(t.log)).toEqual(full)
        },
      ),
    )
    // The property is only meaningful if the cleaner really removed records in many runs.
    expect(runsThatRemovedRecords).toBeGreaterThan(20)
  })

  it('the cleaner never changes the active segment', () => {
    fc.assert(
      fc.property(fc.array(opArb(false), { minLength: 10, maxLength: 60 }), (ops) => {
        runOps('compact', ops, {
          afterOp(before, after, op) {
            if (op.kind !== 'clean') return
            expect(after.activeBase).toBe(before.activeBase)
            expect(after.activeRecords.length).toBe(before.activeRecords.length)
            // Records are read out of shared columns, so compare contents, not identities.
            expect(after.activeRecords).toStrictEqual(before.activeRecords)
          },
        })
      }),
    )
  })
})
