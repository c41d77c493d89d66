import { describe, expect, it } from 'vitest'
import type { InputRecord } from './types'
import { processorFor } from './index'

function run(type: 'count' | 'latest' | 'enrich', records: [InputRecord, boolean][]) {
  const store = new Map<string, string>()
  const sent: [string, string | null][] = []
  const processor = processorFor(type === 'enrich' ? { type, table: 't' } : { type })
  for (const [record, fromTable] of records) {
    processor(
      record,
      {
        get: (k) => store.get(k),
        put: (k, v) => (v === null ? store.delete(k) : store.set(k, v)),
      },
      { send: (k, v) => sent.push([k, v]) },
      fromTable,
    )
  }
  return { store: Object.fromEntries(store), sent }
}

const rec = (key: string | null, value: string | null, offset = 0): InputRecord => ({
  offset,
  key,
  value,
  timestamp: offset,
})

describe('built-in processors', () => {
  it('count: counts per key, sends each new count, ignores keyless records', () => {
    const result = run('count', [
      [rec('a', 'x'), false],
      [rec('b', 'x'), false],
      [rec('a', 'y'), false],
      [rec(null, 'z'), false],
    ])
    expect(result.store).toEqual({ a: '2', b: '1' })
    expect(result.sent).toEqual([
      ['a', '1'],
      ['b', '1'],
      ['a', '2'],
    ])
  })

  it('latest: keeps the newest value, a tombstone deletes and is passed on', () => {
    const result = run('latest', [
      [rec('a', '1'), false],
      [rec('a', '2'), false],
      [rec('b', '3'), false],
      [rec('b', null), false],
    ])
    expect(result.store).toEqual({ a: '2' })
    expect(result.sent.at(-1)).toEqual(['b', null])
  })

  it('enrich: joins events with the table as it is at that moment', () => {
    const result = run('enrich', [
      [rec('u1', 'click'), false],
      [rec('u1', 'Ada'), true],
      [rec('u1', 'view'), false],
      [rec('u1', null), true],
      [rec('u1', 'buy'), false],
    ])
    expect(result.sent).toEqual([
      ['u1', 'click | (no match)'],
      ['u1', 'view | Ada'],
      ['u1', 'buy | (no match)'],
    ])
    expect(result.store).toEqual({})
  })
})
