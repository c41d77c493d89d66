import { describe, expect, it } from 'vitest'
import { parseCliArguments } from './arguments'

describe('the runner’s arguments', () => {
  it('take a file, --at in ms and --events', () => {
    expect(parseCliArguments(['s.json', '--at', '500', '--events'])).toEqual({
      ok: true,
      file: 's.json',
      at: [500],
      afterActions: [],
      events: true,
    })
    expect(parseCliArguments(['s.json'])).toEqual({
      ok: true,
      file: 's.json',
      at: [],
      afterActions: [],
      events: false,
    })
  })

  it('take several times and action indices, comma-separated or repeated', () => {
    expect(
      parseCliArguments(['--at', '1000,2000', 's.json', '--at', '5000', '--after-action', '0,3']),
    ).toMatchObject({ ok: true, at: [1000, 2000, 5000], afterActions: [0, 3] })
  })

  it('refuse what they do not understand, with the usage', () => {
    expect(parseCliArguments([])).toMatchObject({ ok: false })
    for (const [args, message] of [
      [['s.json', '--at', '-3'], /^--at needs whole numbers/],
      [['s.json', '--at', '1000,'], /^--at needs whole numbers/],
      [['s.json', '--at'], /^--at needs a value/],
      [['s.json', '--after-action', '--events'], /^--after-action needs a value/],
      [['s.json', '--after-action', 'x'], /^--after-action needs action indices/],
      [['s.json', '--nope'], /^unknown option --nope/],
      [['s.json', 't.json'], /^only one scenario file/],
    ] as const) {
      expect(parseCliArguments(args)).toEqual({
        ok: false,
        message: expect.stringMatching(message) as unknown,
      })
    }
  })
})

describe('the runner’s --compare arguments', () => {
  it('take one or two files and at most one time', () => {
    expect(parseCliArguments(['--compare', 'a.json', 'b.json', '--at', '5'])).toMatchObject({
      ok: true,
      file: 'a.json',
      at: [5],
      compare: { other: 'b.json' },
    })
    expect(parseCliArguments(['--compare', 'a.json'])).toMatchObject({
      ok: true,
      compare: { other: null },
    })
  })

  it('refuse a third file, several times, --events and --after-action', () => {
    for (const [args, message] of [
      [['--compare', 'a', 'b', 'c'], /^--compare compares two scenario files/],
      [['--compare', 'a', '--at', '1,2'], /^--compare compares at one time/],
      [['--compare', 'a', '--events'], /^--compare prints one comparison/],
      [['--compare', 'a', '--after-action', '0'], /^--compare prints one comparison/],
    ] as const) {
      expect(parseCliArguments(args)).toEqual({
        ok: false,
        message: expect.stringMatching(message) as unknown,
      })
    }
  })
})
