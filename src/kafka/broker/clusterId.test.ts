import { describe, expect, test } from 'vitest'
import { newClusterId } from './clusterId'

describe('newClusterId', () => {
  test('16 bytes in base64url without padding: 22 characters', () => {
    expect(newClusterId()).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/)
  })

  test('draws again when the id would start with "-", which a command line reads as an option', () => {
    // 0xf8 as the first byte makes the first base64url character "-" (62 = 0b111110).
    const draws = [Buffer.alloc(16, 0xf8), Buffer.alloc(16, 0x01)]
    let drawn = 0
    const id = newClusterId(() => draws[drawn++]!)
    expect(Buffer.alloc(16, 0xf8).toString('base64url').startsWith('-')).toBe(true)
    expect(drawn).toBe(2)
    expect(id).toBe(Buffer.alloc(16, 0x01).toString('base64url'))
  })
})
