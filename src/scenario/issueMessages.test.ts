import { describe, expect, test } from 'vitest'
import { DEFAULT_SCENARIO_INPUT } from './builtin'
import { parseScenarioJson } from './parse'
import type { Problem } from './problems'
import { isolate } from '../sim'

/** The default scenario's JSON with `edit` applied to a copy of its document. */
function problemsOf(edit: (document: Record<string, unknown>) => void): readonly Problem[] {
  const document = structuredClone(DEFAULT_SCENARIO_INPUT) as unknown as Record<string, unknown>
  edit(document)
  const result = parseScenarioJson(JSON.stringify(document))
  if (result.ok) throw new Error('expected the scenario to be refused')
  return result.problems
}

describe('a field of the wrong type says what was found and what is expected', () => {
  test('a number too large to hold (1e309 reads as infinity)', () => {
    const result = parseScenarioJson(
      JSON.stringify(DEFAULT_SCENARIO_INPUT).replace(/"durationMs":\d+/, '"durationMs":1e309'),
    )
    expect(!result.ok && result.problems[0]).toEqual({
      path: 'durationMs',
      message: 'must be a number; found a number too large to hold (read as infinity)',
    })
  })

  test('a fraction where a whole number belongs', () => {
    const problems = problemsOf((d) => {
      d['actions'] = [{ type: 'cleaner.run', at: 1.5 }]
    })
    expect(problems[0]).toEqual({
      path: 'actions[0].at',
      message: 'must be a whole number; found 1.5',
    })
  })

  test('text where a number belongs, an object where text belongs', () => {
    expect(
      problemsOf((d) => {
        d['seed'] = '7'
      })[0],
    ).toEqual({ path: 'seed', message: `must be a number; found the text ${isolate('"7"')}` })
    expect(
      problemsOf((d) => {
        d['name'] = { first: 'x' }
      })[0],
    ).toEqual({ path: 'name', message: 'must be text; found an object' })
  })

  test('long text is shortened, lists are counted, missing fields are required', () => {
    expect(
      problemsOf((d) => {
        d['seed'] = 'x'.repeat(100)
      })[0]?.message,
    ).toBe(`must be a number; found the text ${isolate(`"${'x'.repeat(40)}"`)}…`)
    expect(
      problemsOf((d) => {
        d['name'] = [1, 2]
      })[0]?.message,
    ).toBe('must be text; found a list of 2 item(s)')
    expect(
      problemsOf((d) => {
        delete d['durationMs']
      })[0],
    ).toEqual({ path: 'durationMs', message: 'is required (a number)' })
  })
})

describe('actions are named by their place in the file, not after sorting by time', () => {
  test('a reference problem in the first action written, placed last in time', () => {
    const problems = problemsOf((d) => {
      d['actions'] = [
        { type: 'consumer.fetch', at: 9_000, consumer: 'nobody' },
        { type: 'cleaner.run', at: 1_000 },
        { type: 'cleaner.run', at: 2_000 },
      ]
    })
    expect(problems).toEqual([
      { path: 'actions[0].consumer', message: 'no consumer is named "nobody"' },
    ])
  })
})
