import { describe, expect, test } from 'vitest'
import { nonHttpsLinks, parseRichText } from './richText'

describe('the light formatting of lesson text', () => {
  test('a blank line starts a paragraph; single line breaks join', () => {
    expect(parseRichText('One\nline.\n\n  \nTwo.')).toEqual([
      [{ kind: 'text', text: 'One line.' }],
      [{ kind: 'text', text: 'Two.' }],
    ])
  })

  test('strong, code and https links are marks; everything else is text', () => {
    expect(
      parseRichText(
        'A **tombstone** has `value: null`; see [KIP-534](https://cwiki.apache.org/x).',
      ),
    ).toEqual([
      [
        { kind: 'text', text: 'A ' },
        { kind: 'strong', text: 'tombstone' },
        { kind: 'text', text: ' has ' },
        { kind: 'code', text: 'value: null' },
        { kind: 'text', text: '; see ' },
        { kind: 'link', text: 'KIP-534', href: 'https://cwiki.apache.org/x' },
        { kind: 'text', text: '.' },
      ],
    ])
  })

  test('HTML stays text, and a link to anything but https is never a link', () => {
    expect(parseRichText('<img src=x onerror=alert(1)> [x](javascript:alert)')).toEqual([
      [
        { kind: 'text', text: '<img src=x onerror=alert(1)> ' },
        { kind: 'text', text: '[x](javascript:alert)' },
      ],
    ])
    expect(nonHttpsLinks('[a](https://ok.example) [b](http://no.example) [c](/relative)')).toEqual([
      'http://no.example',
      '/relative',
    ])
  })
})
