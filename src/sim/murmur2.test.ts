import { describe, expect, it } from 'vitest'
import { kafkaPartitionHash, murmur2 } from './murmur2'

describe('murmur2', () => {
  it("matches Kafka's own test vectors (UtilsTest.testMurmur2)", () => {
    expect(murmur2('21')).toBe(-973932308)
    expect(murmur2('foobar')).toBe(-790332482)
    expect(murmur2('a-little-bit-long-string')).toBe(-985981536)
    expect(murmur2('a-little-bit-longer-string')).toBe(-1486304829)
    expect(murmur2('lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8')).toBe(-58897971)
    expect(murmur2('abc')).toBe(479470107)
  })

  it('hashes the UTF-8 bytes of non-ASCII and long keys, also right after an ASCII key', () => {
    // Values from the plain TextEncoder implementation; the ASCII fast path reuses one buffer.
    expect(murmur2('abc')).toBe(479470107)
    expect(murmur2('clé')).toBe(1419575574)
    expect(murmur2('日本')).toBe(-700811021)
    expect(murmur2('\ud800')).toBe(-1863826953) // a lone surrogate encodes as U+FFFD
    expect(murmur2('x'.repeat(300))).toBe(403018756)
    expect(murmur2('k'.repeat(256))).toBe(-174374450)
  })

  it('takes the partition from toPositive(murmur2)', () => {
    expect(kafkaPartitionHash('21')).toBe(-973932308 & 0x7fffffff)
  })
})
