import { describe, expect, it } from 'vitest'
import type { RecordColumns } from './recordColumns'
import { appendRowInPlace, copyRows, createColumns, usedCapacity, valueAt } from './recordColumns'
import { createKeyTable, internKey } from './keyTable'

function columnsWith(values: readonly (string | null)[]): RecordColumns {
  const columns = createColumns(createKeyTable())
  values.forEach((value, i) => {
    const record = { key: `k${i}`, value, timestamp: i }
    appendRowInPlace(columns, i, record, internKey(columns.keyTable, record.key), 1)
  })
  return columns
}

function valuesOf(columns: RecordColumns): (string | null)[] {
  return Array.from({ length: columns.length }, (_, row) => valueAt(columns, row))
}

describe('record columns: value storage', () => {
  it('keeps Latin-1 values in one byte a code unit', () => {
    const columns = columnsWith(['v1', null, 'café', ''])
    expect(columns.valueChars.BYTES_PER_ELEMENT).toBe(1)
    expect(valuesOf(columns)).toEqual(['v1', null, 'café', ''])
    expect(usedCapacity(columns, columns.length).chars).toBe(6)
  })

  it('widens to two bytes at the first unit above Latin-1, the earlier values read the same', () => {
    const values = ['ab', 'ÿ', 'Ā€ then more', null, '😀', 'z']
    const columns = columnsWith(values)
    expect(columns.valueChars.BYTES_PER_ELEMENT).toBe(2)
    expect(valuesOf(columns)).toEqual(values)
  })

  it('copies wide values into fresh columns whole', () => {
    const values = ['plain', '€5', null, 'last']
    const copy = copyRows(columnsWith(values), values.length)
    expect(valuesOf(copy)).toEqual(values)
  })
})
