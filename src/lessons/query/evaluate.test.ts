import { describe, expect, test } from 'vitest'
import { evaluateQuery, matches, oneWorld, sameValue } from './evaluate'
import type { Query } from './query'
import { queryTestWorld } from './testWorld'

const before = queryTestWorld(5_000)
const after = queryTestWorld(7_000)
const profiles = { topic: 'profiles', partition: 0 }
const views0 = { job: 'counter_1', topic: 'views', partition: 0 }
const value = (query: Query, world = after) => evaluateQuery(query, oneWorld(world))

describe('queries on a partition log', () => {
  test('log start and end offsets; compaction never moves the start', () => {
    expect(value({ kind: 'logStartOffset', ...profiles })).toBe(0)
    expect(value({ kind: 'logEndOffset', ...profiles })).toBe(5)
  })

  test('whether an offset is still in the log: offset 0 (a=Ada) goes with the cleaner pass', () => {
    const query: Query = { kind: 'offsetInLog', ...profiles, offset: 0 }
    expect([value(query, before), value(query)]).toEqual([true, false])
    expect(value({ kind: 'offsetInLog', ...profiles, offset: 99 })).toBe(false)
  })

  test('segments: how many, and the base offset of the one holding an offset', () => {
    expect(value({ kind: 'segmentCount', ...profiles }, before)).toBe(3)
    expect(value({ kind: 'segmentOf', ...profiles, offset: 3 })).toBe(2)
    expect(value({ kind: 'segmentOf', ...profiles, offset: 0 })).toBeNull()
  })

  test('the cleaner checkpoint: none before the first pass, then the end of the cleaned part', () => {
    const query: Query = { kind: 'cleanerCheckpoint', ...profiles }
    expect([value(query, before), value(query)]).toEqual([null, 4])
  })

  test('records of a key, in one partition or all; the latest value of a key', () => {
    expect(value({ kind: 'recordCount', topic: 'profiles', key: 'a' }, before)).toBe(2)
    expect(value({ kind: 'recordCount', topic: 'profiles', key: 'a' })).toBe(1)
    expect(value({ kind: 'recordCount', topic: 'views' })).toBe(3)
    expect(value({ kind: 'recordCount', topic: 'views', partition: 1 })).toBe(0)
    expect(value({ kind: 'recordCount', topic: 'view-counts', key: 'k1' })).toBe(2)
    expect(value({ kind: 'latestValue', ...profiles, key: 'a' })).toBe('Al')
    expect(value({ kind: 'latestValue', ...profiles, key: 'zz' })).toBeNull()
  })

  test('leaders and topics', () => {
    expect(value({ kind: 'leader', topic: 'views', partition: 1 })).toBe(0)
    expect(value({ kind: 'topicExists', topic: 'view-counts' })).toBe(true)
    expect(value({ kind: 'topicExists', topic: 'nope' })).toBe(false)
    expect(value({ kind: 'logEndOffset', topic: 'nope', partition: 0 })).toBeNull()
  })
})

describe('queries on consumers and jobs', () => {
  test('a consumer’s position and the records it received', () => {
    expect(value({ kind: 'consumerPosition', consumer: 'reader' }, before)).toBeNull()
    expect(value({ kind: 'consumerPosition', consumer: 'reader' })).toBe(5)
    expect(value({ kind: 'consumerReceived', consumer: 'reader' })).toBe(5)
    expect(value({ kind: 'consumerError', consumer: 'reader' })).toBeNull()
  })

  test('a store’s value for a key, its sum, and the whole store', () => {
    expect(value({ kind: 'storeValue', job: 'counter_1', key: 'k1' })).toBe('2')
    expect(value({ kind: 'storeValue', job: 'counter_1', key: 'k9' })).toBeNull()
    expect(value({ kind: 'storeSum', job: 'counter_1' })).toBe(3)
    expect(value({ kind: 'store', job: 'counter_1' })).toBe('k1=2, k2=1')
  })

  test('a job’s position and checkpoint for one input partition, its lag and state', () => {
    expect(value({ kind: 'jobPosition', ...views0 })).toBe(3)
    expect(value({ kind: 'jobCheckpoint', ...views0 })).toBe(2)
    expect(value({ kind: 'jobCheckpoint', ...views0, partition: 1 })).toBeNull()
    expect(value({ kind: 'jobLag', job: 'counter_1' })).toBe(0)
    expect(value({ kind: 'jobStatus', job: 'counter_1' })).toBe('running')
    expect(value({ kind: 'jobProcessing', job: 'counter_1' })).toBe(true)
    expect(value({ kind: 'jobStatus', job: 'other_1' })).toBeNull()
    expect(value({ kind: 'jobProcessing', job: 'other_1' })).toBe(false)
  })
})

describe('combinators', () => {
  const end: Query = { kind: 'logEndOffset', ...profiles }
  const start: Query = { kind: 'logStartOffset', ...profiles }
  const k1: Query = { kind: 'storeValue', job: 'counter_1', key: 'k1' }

  test('difference of numbers, and of counts kept as text; null when either is not a number', () => {
    expect(value({ kind: 'difference', of: end, minus: start })).toBe(5)
    expect(value({ kind: 'difference', of: k1, minus: start })).toBe(2)
    expect(
      value({ kind: 'difference', of: { kind: 'latestValue', ...profiles, key: 'a' }, minus: end }),
    ).toBeNull()
  })

  test('same, all and tuple', () => {
    const store: Query = { kind: 'store', job: 'counter_1' }
    expect(value({ kind: 'same', a: store, b: store })).toBe(true)
    expect(value({ kind: 'same', a: end, b: start })).toBe(false)
    const checks = [
      { query: end, equals: 5 },
      { query: k1, atLeast: 2 },
    ]
    expect(value({ kind: 'all', of: checks })).toBe(true)
    expect(value({ kind: 'all', of: [...checks, { query: start, atLeast: 1 }] })).toBe(false)
    expect(value({ kind: 'tuple', of: [start, end, k1] })).toEqual([0, 5, '2'])
  })
})

describe('matching a value', () => {
  test('equals compares exactly, lists item by item', () => {
    expect(matches({ equals: 8 }, 8)).toBe(true)
    expect(matches({ equals: 8 }, '8')).toBe(false)
    expect(matches({ equals: null }, null)).toBe(true)
    expect(sameValue([true, 1], [true, 1])).toBe(true)
    expect(sameValue([true, 1], [true])).toBe(false)
  })

  test('bounds hold for numbers and numeric text, never for anything else', () => {
    expect(matches({ atLeast: 1, atMost: 3 }, 3)).toBe(true)
    expect(matches({ atLeast: 1 }, '2')).toBe(true)
    expect(matches({ atMost: 3 }, 4)).toBe(false)
    expect(matches({ atLeast: 0 }, null)).toBe(false)
    expect(matches({ atLeast: 0 }, 'Ada')).toBe(false)
  })
})
