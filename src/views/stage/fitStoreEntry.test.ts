import { describe, expect, test } from 'vitest'
import { MONO_CHAR_EM } from '../../derive/scene'
import { fitStoreEntry, STORE_ARROW } from './fitStoreEntry'

const PX = 20
/** The width of `chars` characters of the stage's monospace type at 20 px. */
const wide = (chars: number): number => chars * PX * MONO_CHAR_EM
const printed = (e: { key: string; value: string }): string => `${e.key}${STORE_ARROW}${e.value}`

describe('a store entry in a job box', () => {
  test('one that fits is printed whole', () => {
    expect(fitStoreEntry('page-0', '12', wide(20), PX)).toEqual({ key: 'page-0', value: '12' })
  })

  test('a long value is cut with "…" to the box, the key kept whole', () => {
    const fitted = fitStoreEntry('user-1', '{"name":"Ada Lovelace","city":"London"}', wide(20), PX)
    expect(fitted.key).toBe('user-1')
    expect(fitted.value).toBe('{"name":"A…')
    expect(Array.from(printed(fitted))).toHaveLength(20)
  })

  test('a key too long for the box is cut too, leaving the value its start', () => {
    const fitted = fitStoreEntry('customer-with-a-rather-long-identifier-0', 'Ada', wide(12), PX)
    expect(fitted).toEqual({ key: 'custom…', value: 'A…' })
    expect(Array.from(printed(fitted)).length).toBeLessThanOrEqual(12)
  })

  test('never splits a character made of two code units', () => {
    const fitted = fitStoreEntry('k', '😀😀😀😀😀😀😀😀😀😀', wide(8), PX)
    expect(fitted.value).toBe('😀😀😀…')
  })
})
