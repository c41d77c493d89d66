import { describe, expect, test } from 'vitest'
import { defaultScenario } from '../../scenario/builtin'
import { KEY_COLORS, keyColorsFor, NO_KEY_COLOR } from './keyColor'

describe('key colours', () => {
  const colorOf = keyColorsFor(defaultScenario.producers)

  test('a small key space gets a different colour for every key', () => {
    const colours = new Set(
      ['user-0', 'user-1', 'user-2', 'user-3', 'user-4', 'user-5'].map(colorOf),
    )
    expect(colours.size).toBe(6)
  })

  test('other keys get a palette colour that depends on the key alone', () => {
    expect(KEY_COLORS).toContain(colorOf('someone-else'))
    expect(colorOf('someone-else')).toBe(keyColorsFor([])('someone-else'))
  })

  test('records without a key are grey', () => {
    expect(colorOf(null)).toBe(NO_KEY_COLOR)
  })
})
