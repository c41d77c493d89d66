import { describe, expect, it } from 'vitest'
import { cleanLogInPlace } from './cleaner'
import { cleanableOffsets, isEligibleForCleaning, logToClean } from './cleanable'
import { testLog } from './testLog'

describe('the cleanable range and the dirty ratio', () => {
  it('never includes the active segment, and a first cleaning has ratio 1', () => {
    const t = testLog({ 'cleanup.policy': 'compact', 'segment.bytes': 2 })
    for (let i = 0; i < 5; i++) t.append(`k${i}`, 'v', 0)
    const c = logToClean(t.log, t.config, 0)
    expect(c.firstDirtyOffset).toBe(0)
    expect(c.firstUncleanableOffset).toBe(4)
    expect(c.cleanableBytes).toBe(4)
    expect(c.totalBytes).toBe(4) // the active segment is not in the denominator
    expect(c.cleanableRatio).toBe(1)
  })

  it('compares the ratio strictly: exactly min.cleanable.dirty.ratio is not enough', () => {
    const t = testLog({
      'cleanup.policy': 'compact',
      'segment.bytes': 2,
      'min.cleanable.dirty.ratio': 0.5,
    })
    for (let i = 0; i < 3; i++) t.append(`k${i}`, 'v', 0)
    const first = logToClean(t.log, t.config, 0)
    cleanLogInPlace(t.log, {
      config: t.config,
      now: 0,
      offsetMapCapacity: 100,
      tombstoneRule: 'kip-534',
      ...first,
    })
    // Clean: [k0,k1] (2). Dirty: [k2,k3] (2) once k4 rolls it out of the active segment.
    t.append('k3', 'v', 0)
    t.append('k4', 'v', 0)
    const c = logToClean(t.log, t.config, 0)
    expect(c.cleanableRatio).toBe(0.5)
    expect(isEligibleForCleaning(c, t.config)).toBe(false)
    expect(isEligibleForCleaning(c, { ...t.config, 'min.cleanable.dirty.ratio': 0.49 })).toBe(true)
  })

  it('keeps segments younger than min.compaction.lag.ms (and all after them) out of the range', () => {
    const t = testLog({
      'cleanup.policy': 'compact',
      'segment.bytes': 2,
      'min.compaction.lag.ms': 100,
    })
    t.append('a', 'v', 0)
    t.append('b', 'v', 0) // segment 0: largest ts 0
    t.append('c', 'v', 50)
    t.append('d', 'v', 50) // segment 2: largest ts 50
    t.append('e', 'v', 50) // active
    // A segment is cleanable once its largest timestamp ≤ now − lag.
    expect(cleanableOffsets(t.log, t.config, 99).firstUncleanableOffset).toBe(0)
    expect(cleanableOffsets(t.log, t.config, 100).firstUncleanableOffset).toBe(2)
    expect(cleanableOffsets(t.log, t.config, 149).firstUncleanableOffset).toBe(2)
    expect(cleanableOffsets(t.log, t.config, 150).firstUncleanableOffset).toBe(4)
  })

  it('lets max.compaction.lag.ms force a pass even below the ratio', () => {
    const t = testLog({
      'cleanup.policy': 'compact',
      'segment.bytes': 2,
      'min.cleanable.dirty.ratio': 1,
      'max.compaction.lag.ms': 100,
    })
    t.append('a', 'v', 10)
    t.append('b', 'v', 10)
    t.append('c', 'v', 20)
    const young = logToClean(t.log, t.config, 110)
    expect(young.needCompactionNow).toBe(false) // 110 − 10 − 100 = 0 is not > 0
    const old = logToClean(t.log, t.config, 111)
    expect(old.needCompactionNow).toBe(true)
    expect(isEligibleForCleaning(old, t.config)).toBe(true)
  })

  it('resets a checkpoint below the log start offset to the log start offset', () => {
    const t = testLog({ 'cleanup.policy': 'compact,delete', 'segment.bytes': 2 })
    for (let i = 0; i < 5; i++) t.append(`k${i}`, 'v', 0)
    t.log.cleanerCheckpoint = 1
    t.log.logStartOffset = 2
    expect(cleanableOffsets(t.log, t.config, 0).firstDirtyOffset).toBe(2)
  })
})
