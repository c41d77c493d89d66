import { describe, expect, it } from 'vitest'
import { defaultScenario } from './builtin'
import { parseScenario } from './parse'

describe('defaultScenario', () => {
  it('is what parsing makes of it: valid, with every default filled in', () => {
    // Through JSON, as a file or link would carry it: parsing gets no shared objects to reuse.
    const parsed = parseScenario(JSON.parse(JSON.stringify(defaultScenario)))
    expect(parsed).toEqual({ ok: true, value: defaultScenario })
  })
})
