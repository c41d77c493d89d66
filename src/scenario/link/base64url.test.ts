import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { decodeBase64url, encodeBase64url } from './base64url'

describe('base64url', () => {
  test('uses the URL-safe alphabet without padding', () => {
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_')
    expect(encodeBase64url(new Uint8Array([1]))).toBe('AQ')
  })

  test('refuses characters and lengths no encoder writes', () => {
    expect(decodeBase64url('ab+c')).toBeNull()
    expect(decodeBase64url('abc=')).toBeNull()
    expect(decodeBase64url('abcde')).toBeNull()
  })

  test.prop([fc.uint8Array({ maxLength: 100_000 })], { numRuns: 50 })(
    'decoding reverses encoding',
    (bytes) => {
      expect(decodeBase64url(encodeBase64url(bytes))).toEqual(bytes)
    },
  )
})
