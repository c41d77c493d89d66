import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FSI, isolate, PDI, showInvisibles } from './userText'

const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD']

describe('user text in sentences', () => {
  it('shows each character that draws nothing as a marker naming it', () => {
    expect(showInvisibles('user\u200B1')).toBe('user⟨U+200B⟩1')
    expect(showInvisibles('\uFEFFa\u2060b\u200Dc')).toBe('⟨U+FEFF⟩a⟨U+2060⟩b⟨U+200D⟩c')
    expect(showInvisibles('user-1')).toBe('user-1')
  })

  it('makes keys that look identical look different', () => {
    const keys = ['user1', 'user\u200B1', 'user\u200C1', 'user\uFEFF1']
    expect(new Set(keys.map(showInvisibles)).size).toBe(keys.length)
  })

  it('isolates text and keeps an override inside the isolate', () => {
    expect(isolate('ab\u202Ecd')).toBe(`${FSI}ab\u202Ecd${PDI}`)
  })

  it('never lets the text close or open an isolate of its own', () => {
    // A PDI in a key would end the isolate early and let an override after it reach the sentence.
    expect(isolate('a\u2069\u202Eb')).toBe(`${FSI}a⟨U+2069⟩\u202Eb${PDI}`)
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(...INVISIBLES, '\u2066', '\u2067', '\u2068', '\u2069'),
          ),
        ),
        (parts) => {
          const inner = isolate(parts.join('')).slice(1, -1)
          expect(inner).not.toMatch(/[\u2066-\u2069\u200B-\u200F\u2060\uFEFF\u00AD]/)
        },
      ),
    )
  })
})
