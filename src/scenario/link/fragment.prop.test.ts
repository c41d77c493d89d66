import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { forkScenario, withBranchAction } from '../branches'
import { DEFAULT_SCENARIO_INPUT } from '../builtin'
import { builtinScenario } from '../builtinScenario'
import { decodeLink, encodeLink } from './fragment'

const scenarios = fc
  .record({
    seed: fc.nat({ max: 2 ** 32 - 1 }),
    durationMs: fc.integer({ min: 1_000, max: 10_000_000 }),
    name: fc.string({ maxLength: 40 }),
    retries: fc.array(fc.nat({ max: 999 }), { maxLength: 5 }),
  })
  .map(({ seed, durationMs, name, retries }) =>
    builtinScenario({
      ...DEFAULT_SCENARIO_INPUT,
      seed,
      durationMs,
      name,
      actions: retries.map((at) => ({ type: 'cleaner.run', at })),
    }),
  )

test.prop([scenarios, fc.nat(), fc.constantFrom('log', 'log/page-views/0')], { numRuns: 40 })(
  'decoding an encoded link gives back the same scenario, cursor and view',
  async (scenario, cursor, view) => {
    const cursorMs = cursor % (scenario.durationMs + 1)
    const decoded = await decodeLink(await encodeLink({ scenario, cursorMs, view }))
    expect(decoded).toEqual({ ok: true, value: { scenario, cursorMs, view } })
  },
)

test.prop([fc.string({ maxLength: 300 })], { numRuns: 200 })(
  'any text decodes to a result or a reason, never an exception',
  async (text) => {
    const result = await decodeLink(text)
    expect(typeof result.ok).toBe('boolean')
  },
)

test.prop([fc.jsonValue()], { numRuns: 100 })(
  'any JSON inside a well-formed envelope is refused or validated, and pollutes nothing',
  async (value) => {
    const { encodeBase64url } = await import('./base64url')
    const { deflate } = await import('./deflate')
    const bytes = new TextEncoder().encode(JSON.stringify(value))
    await decodeLink(`s=1d${encodeBase64url(await deflate(bytes))}`)
    expect(Object.keys(Object.prototype)).toEqual([])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  },
)

const branchName = fc
  .string({ minLength: 1, maxLength: 60 })
  .filter((name) => name.trim() === name && name.length > 0)

const branchedStates = fc
  .record({
    scenario: scenarios,
    fork: fc.double({ min: 0, max: 1, noNaN: true }),
    names: fc.record({ a: branchName, b: branchName }),
    later: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
    cursor: fc.nat(),
  })
  .map(({ scenario, fork, names, later, cursor }) => {
    const forkAtMs = Math.floor(fork * scenario.durationMs)
    let branched = forkScenario(scenario, forkAtMs, names)
    for (const f of later) {
      const at = forkAtMs + Math.floor(f * (scenario.durationMs - forkAtMs))
      const acted = withBranchAction(branched, 'b', { type: 'retention.run', at })
      if (acted.ok) branched = acted.value
    }
    return { ...branched, cursorMs: cursor % (scenario.durationMs + 1), view: 'log' }
  })

test.prop([branchedStates], { numRuns: 40 })(
  'a link holding two branches opens exactly the same two branches, cursor and view',
  async (state) => {
    expect(await decodeLink(await encodeLink(state))).toEqual({ ok: true, value: state })
  },
)
