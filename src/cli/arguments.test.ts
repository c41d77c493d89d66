import { describe, expect, it } from 'vitest'
import { parseCliArguments } from './arguments'

describe('the runner’s arguments', () => {
  it('take a file, --at in ms and --events', () => {
    expect(parseCliArguments(['s.json', '--at', '500', '--events'])).toEqual({
      ok: true,
      file: 's.json',
      at: 500,
      events: true,
    })
    expect(parseCliArguments(['s.json'])).toEqual({
      ok: true,
      file: 's.json',
      at: null,
      events: false,
    })
  })

  it('refuse what they do not understand, with the usage', () => {
    expect(parseCliArguments([])).toMatchObject({ ok: false })
    expect(parseCliArguments(['s.json', '--at', '-3'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/--at needs/) as unknown,
    })
    expect(parseCliArguments(['s.json', '--nope'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/unknown option/) as unknown,
    })
  })
})
