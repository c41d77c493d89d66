import { describe, expect, test } from 'vitest'
import { sameFields } from './sameFields'

describe('sameFields', () => {
  test('objects built apart with equal values are the same', () => {
    expect(sameFields({ a: 1, b: 'x', c: null }, { c: null, b: 'x', a: 1 })).toBe(true)
  })

  test('one differing value, a missing key or an extra key makes them differ', () => {
    expect(sameFields<Record<string, unknown>>({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false)
    expect(
      sameFields<Record<string, unknown>>({ a: 1, b: undefined }, { a: 1, c: undefined }),
    ).toBe(false)
    expect(sameFields<Record<string, unknown>>({ a: 1 }, { a: 1, b: 2 })).toBe(false)
  })

  test('nested objects are compared by identity, not by content', () => {
    const inner = { x: 1 }
    expect(sameFields({ inner }, { inner })).toBe(true)
    expect(sameFields({ inner }, { inner: { x: 1 } })).toBe(false)
  })

  test('NaN equals NaN and 0 differs from -0, as Object.is says', () => {
    expect(sameFields({ n: NaN }, { n: NaN })).toBe(true)
    expect(sameFields({ n: 0 }, { n: -0 })).toBe(false)
  })
})
