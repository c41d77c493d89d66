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

  describe('a zero-width joiner inside an emoji stays, elsewhere it is marked', () => {
    const ZWJ = '\u200D'
    /** Pictographs alone, with the emoji presentation selector, with a skin tone. */
    const PICTOGRAPHS = [
      '👩',
      '💻',
      '❤\uFE0F',
      '🔥',
      '🏳\uFE0F',
      '🌈',
      '👩🏽',
      '☠\uFE0F',
      '🧑\u{1F3FF}',
    ]
    const pictograph = fc.constantFrom(...PICTOGRAPHS)
    /** Text without pictographs: letters, digits, punctuation and the characters that draw nothing. */
    const plain = fc
      .array(fc.oneof(fc.string(), fc.constantFrom(...INVISIBLES)))
      .map((p) => p.join(''))

    it('keeps emoji ZWJ sequences whole', () => {
      expect(showInvisibles('👩\u200D💻')).toBe('👩\u200D💻')
      expect(showInvisibles('❤\uFE0F\u200D🔥 and 🏳\uFE0F\u200D🌈')).toBe(
        '❤\uFE0F\u200D🔥 and 🏳\uFE0F\u200D🌈',
      )
      expect(showInvisibles('👩🏽\u200D💻')).toBe('👩🏽\u200D💻')
      expect(isolate('dev-👩\u200D💻')).toBe(`${FSI}dev-👩\u200D💻${PDI}`)
    })

    it('marks a joiner with a letter, a digit or nothing on either side', () => {
      expect(showInvisibles('user\u200D1')).toBe('user⟨U+200D⟩1')
      expect(showInvisibles('👩\u200Da')).toBe('👩⟨U+200D⟩a')
      expect(showInvisibles('a\u200D💻')).toBe('a⟨U+200D⟩💻')
      expect(showInvisibles('\u200D💻')).toBe('⟨U+200D⟩💻')
      expect(showInvisibles('👩\u200D')).toBe('👩⟨U+200D⟩')
      expect(showInvisibles('👩\u200D\u200D💻')).toBe('👩⟨U+200D⟩⟨U+200D⟩💻')
    })

    it('a sequence of emoji joined in text stays whole wherever it stands', () => {
      fc.assert(
        fc.property(
          plain,
          fc.array(pictograph, { minLength: 2, maxLength: 4 }),
          plain,
          (a, emoji, b) => {
            const sequence = emoji.join(ZWJ)
            // The text around it may end or start with a marker, never with the sequence's parts.
            expect(showInvisibles(`${a} ${sequence} ${b}`)).toContain(` ${sequence} `)
          },
        ),
      )
    })

    it('in text without pictographs, every joiner is marked, so such keys never look alike', () => {
      fc.assert(
        fc.property(plain, plain, (a, b) => {
          const joined = showInvisibles(`${a}${ZWJ}${b}`)
          expect(joined).not.toContain(ZWJ)
          expect(joined).not.toBe(showInvisibles(`${a}${b}`))
        }),
      )
    })

    it('any joiner left unmarked sits between two pictographs', () => {
      const anyText = fc
        .array(fc.oneof(fc.string(), pictograph, fc.constantFrom(ZWJ, ...INVISIBLES)))
        .map((p) => p.join(''))
      fc.assert(
        fc.property(anyText, (text) => {
          const shown = showInvisibles(text)
          for (let at = shown.indexOf(ZWJ); at >= 0; at = shown.indexOf(ZWJ, at + 1)) {
            expect(shown.slice(0, at)).toMatch(
              /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*$/u,
            )
            expect(shown.slice(at + 1)).toMatch(/^\p{Extended_Pictographic}/u)
          }
        }),
      )
    })
  })
})
