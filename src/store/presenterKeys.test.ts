import { describe, expect, test } from 'vitest'
import { presenterCommand } from './presenterKeys'

describe('presenter keys', () => {
  test("a clicker's keys and the arrows move between steps; Space goes forwards", () => {
    const kinds = ['PageDown', 'ArrowRight', ' ', 'PageUp', 'ArrowLeft', 'Escape'].map(
      (key) => presenterCommand(key)?.kind,
    )
    expect(kinds).toEqual(['next', 'next', 'next', 'previous', 'previous', 'leave'])
  })

  test('Backspace takes back the last vote', () => {
    expect(presenterCommand('Backspace')).toEqual({ kind: 'unvote' })
  })

  test('digits pick a choice by its number on screen; other keys keep their usual meaning', () => {
    expect(presenterCommand('1')).toEqual({ kind: 'choose', choice: 0 })
    expect(presenterCommand('3')).toEqual({ kind: 'choose', choice: 2 })
    for (const key of ['0', 'k', 'Home', 'End', '+', '?', 'Enter']) {
      expect(presenterCommand(key)).toBeNull()
    }
  })
})
