import { describe, expect, it } from 'vitest'
import { javaStringHashCode, samzaPartitionHash } from './javaHash'

describe('javaStringHashCode', () => {
  // Values from the JDK: "".hashCode() == 0, "a".hashCode() == 97, "hello".hashCode() == 99162322,
  // "polygenelubricants".hashCode() == Integer.MIN_VALUE (a well-known example).
  it.each([
    ['', 0],
    ['a', 97],
    ['hello', 99162322],
    ['Aa', 2112],
    ['BB', 2112],
    ['polygenelubricants', -2147483648],
  ])('%j hashes as in Java', (s, expected) => {
    expect(javaStringHashCode(s)).toBe(expected)
  })
})

describe('samzaPartitionHash', () => {
  it('is abs(hashCode), and 0 for the one hash Java cannot negate', () => {
    expect(samzaPartitionHash('hello')).toBe(99162322)
    expect(samzaPartitionHash('polygenelubricants')).toBe(0)
  })
})
