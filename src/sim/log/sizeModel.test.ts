import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { recordSize, utf8Length, varintBytes } from './sizeModel'

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

describe('varints as Kafka writes them (zig-zag, 7 bits a byte)', () => {
  it('takes one byte from −64 to 63 and grows by one byte per 7 bits', () => {
    expect(varintBytes(0)).toBe(1)
    expect(varintBytes(-1)).toBe(1)
    expect(varintBytes(63)).toBe(1)
    expect(varintBytes(64)).toBe(2)
    expect(varintBytes(-64)).toBe(1)
    expect(varintBytes(-65)).toBe(2)
    expect(varintBytes(8191)).toBe(2)
    expect(varintBytes(8192)).toBe(3)
    // A timestamp delta of a day in ms.
    expect(varintBytes(86_400_000)).toBe(4)
  })
})

// The expected sizes are MemoryRecords.withRecords(Compression.NONE, …).sizeInBytes() from
// kafka-clients 4.1.1 for the same records (computed once with jshell); the differential suite
// checks the same model against segment sizes a running broker reports.
describe('the "kafka-v2" model: exact bytes of an uncompressed v2 batch', () => {
  it('gives a one-record batch its 61-byte header plus the varint-encoded record', () => {
    expect(recordSize('kafka-v2', 'key', 'value')).toBe(76)
    expect(recordSize('kafka-v2', 'k', null)).toBe(69)
    expect(recordSize('kafka-v2', null, 'v')).toBe(69)
    expect(recordSize('kafka-v2', 'key', 'x'.repeat(1000))).toBe(1073)
    // The example in docs/scenario-format.md.
    expect(recordSize('kafka-v2', 'user-1', 'Ada')).toBe(77)
    expect(recordSize('kafka-v2', 'user-1', null)).toBe(74)
  })

  it('adds later records of a batch without a header, with their offset and timestamp deltas', () => {
    const first = recordSize('kafka-v2', 'key', 'value')
    const second = recordSize('kafka-v2', 'key', 'value', { offsetDelta: 1, timestampDelta: 1000 })
    const third = recordSize('kafka-v2', 'é', '€', { offsetDelta: 2, timestampDelta: -500 })
    expect(first + second + third).toBe(105)
  })
})

describe('UTF-8 lengths counted without encoding', () => {
  test.prop([fc.string({ unit: 'binary' })])(
    'equal the length TextEncoder gives, lone surrogates included',
    (text) => {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length)
    },
  )

  it('counts 1 to 4 bytes per character, and −1 for null', () => {
    expect(utf8Length('a')).toBe(1)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('€')).toBe(3)
    expect(utf8Length('😀')).toBe(4)
    expect(utf8Length('\ud800')).toBe(3)
    expect(utf8Length(null)).toBe(-1)
  })
})
