import { describe, expect, it } from 'vitest'
import { DEFAULT_TIME_FACTOR, parseReplayArguments } from './arguments'

describe('the replay command line', () => {
  it('takes a scenario, the one cluster address, a time factor and --cleanup', () => {
    expect(
      parseReplayArguments(['s.json', '--bootstrap', 'kafka.local:9092', '--time-factor', '50']),
    ).toEqual({
      ok: true,
      value: { file: 's.json', bootstrap: 'kafka.local:9092', timeFactor: 50, cleanup: false },
    })
    const defaults = parseReplayArguments(['--cleanup', 's.json', '--bootstrap', '127.0.0.1:9092'])
    expect(defaults.ok && defaults.value).toMatchObject({
      timeFactor: DEFAULT_TIME_FACTOR,
      cleanup: true,
    })
  })

  it('says what is wrong, with the usage', () => {
    const message = (argv: string[]) => {
      const result = parseReplayArguments(argv)
      return result.ok ? '' : result.message
    }
    expect(message(['s.json'])).toMatch(/^--bootstrap is required.*usage: npm run replay/)
    expect(message(['s.json', '--bootstrap', 'a:1,b:2'])).toMatch(/one host:port/)
    expect(message(['s.json', '--bootstrap', 'a:1', '--time-factor', '0'])).toMatch(/above 0/)
    expect(message(['--bootstrap', 'a:1'])).toMatch(/one scenario file/)
    expect(message(['s.json', '--bootstrap', 'a:1', '--force'])).toMatch(/unknown option --force/)
  })
})
