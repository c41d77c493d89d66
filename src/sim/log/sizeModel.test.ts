import { describe, expect, it } from 'vitest'
import { recordSize } from './sizeModel'

describe('the size model', () => {
  it('counts every record as one unit in the "records" model', () => {
    expect(recordSize('records', 'a-long-key', 'a much longer value')).toBe(1)
    expect(recordSize('records', null, null)).toBe(1)
  })

  it('approximates a one-record v2 batch in the "bytes" model: 61 + 8 + UTF-8 key and value', () => {
    expect(recordSize('bytes', 'key', 'value')).toBe(61 + 8 + 3 + 5)
    expect(recordSize('bytes', 'k', null)).toBe(61 + 8 + 1)
    expect(recordSize('bytes', 'é', '€')).toBe(61 + 8 + 2 + 3)
  })
})
