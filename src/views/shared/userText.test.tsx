import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { isolate } from '../../sim'
import { IsolatedText } from './IsolatedText'
import { UserText } from './UserText'

describe('user strings on the page', () => {
  it('draws a user string isolated, with its invisible characters shown', () => {
    expect(renderToStaticMarkup(<UserText text={'ab\u202Ecd\u200B'} />)).toBe(
      '<bdi class="user-text">ab\u202Ecd⟨U+200B⟩</bdi>',
    )
  })

  it('turns each isolate of a plain-text sentence into a bdi, with no controls left', () => {
    const sentence = `A record for key "${isolate('ab\u202Ecd')}" went to ${isolate('x\uFEFF')}.`
    const html = renderToStaticMarkup(<IsolatedText text={sentence} />)
    expect(html).toBe(
      'A record for key &quot;<bdi>ab\u202Ecd</bdi>&quot; went to <bdi>x⟨U+FEFF⟩</bdi>.',
    )
    expect(html).not.toMatch(/[\u2066-\u2069]/)
  })
})
