import { describe, expect, test } from 'vitest'
import { defaultScenario, DEFAULT_SCENARIO_INPUT } from '../builtin'
import { encodeBase64url } from './base64url'
import { deflate } from './deflate'
import { describeLinkProblem } from './describeLinkProblem'
import type { LinkResult } from './fragment'
import { decodeLink, encodeLink, LINK_LIMITS } from './fragment'

const state = { scenario: defaultScenario, cursorMs: 42_000, view: 'log/user-profiles/0' }

/** A link whose envelope holds `json` as it is, to smuggle in what the encoder would never write. */
async function linkFor(json: string): Promise<string> {
  return `s=1d${encodeBase64url(await deflate(new TextEncoder().encode(json)))}&t=0&v=log`
}

function problemOf(result: LinkResult): string {
  if (result.ok) throw new Error('expected the link to be refused')
  return result.problem.kind
}

describe('share links', () => {
  test('a link opens exactly the scenario, cursor and view it was made from', async () => {
    const fragment = await encodeLink(state)
    expect(await decodeLink(`#${fragment}`)).toEqual({ ok: true, value: state })
  })

  test('the default scenario fits in a link short enough for chat apps', async () => {
    expect((await encodeLink(state)).length).toBeLessThanOrEqual(1_000)
  })

  test('the link ends with a plain field, so linkifiers keep the payload whole', async () => {
    expect(await encodeLink(state)).toMatch(/&v=log\/user-profiles\/0$/)
  })

  test('a cursor past the end is clamped to the end; a malformed one means 0', async () => {
    const fragment = await encodeLink(state)
    const late = await decodeLink(fragment.replace('t=42000', 't=99999999'))
    expect(late.ok && late.value.cursorMs).toBe(defaultScenario.durationMs)
    const odd = await decodeLink(fragment.replace('t=42000', 't=-5e3'))
    expect(odd.ok && odd.value.cursorMs).toBe(0)
  })

  test('an unexpected view is dropped, not passed on', async () => {
    const fragment = await encodeLink({ ...state, view: 'log' })
    const decoded = await decodeLink(fragment.replace('v=log', 'v=<img src=x onerror=alert(1)>'))
    expect(decoded.ok && decoded.value.view).toBe('')
  })
})

describe('damaged and hostile links are refused with a reason', () => {
  test('a truncated link', async () => {
    const fragment = await encodeLink(state)
    const payload = fragment.slice(0, fragment.indexOf('&'))
    for (const cut of [4, 8, 40]) {
      expect(['corrupt', 'bad-characters']).toContain(
        problemOf(await decodeLink(payload.slice(0, -cut))),
      )
    }
  })

  test('a link cut at a length no encoder writes (4n+1) says it looks cut short', async () => {
    const fragment = await encodeLink(state)
    const payload = fragment.slice(0, fragment.indexOf('&')).slice('s=1d'.length)
    const cut = payload.slice(0, payload.length - ((payload.length - 1) % 4))
    expect(cut.length % 4).toBe(1)
    const result = await decodeLink(`s=1d${cut}`)
    expect(problemOf(result)).toBe('cut-short')
    expect(!result.ok && describeLinkProblem(result.problem)).toMatch(/looks cut short/)
  })

  test('a link percent-encoded once or twice by a chat app is decoded again and opens', async () => {
    const fragment = await encodeLink(state)
    const once = fragment.replace(/=/g, '%3D').replace(/&/g, '%26')
    const twice = once.replace(/%/g, '%25')
    expect(await decodeLink(once)).toEqual({ ok: true, value: state })
    expect(await decodeLink(twice)).toEqual({ ok: true, value: state })
    expect(problemOf(await decodeLink('s%3D%ZZ'))).toBe('no-scenario')
  })

  test('a link with characters outside base64url', async () => {
    const fragment = await encodeLink(state)
    expect(problemOf(await decodeLink(fragment.replace('s=1d', 's=1d%%')))).toBe('bad-characters')
  })

  test('a link longer than the cap is refused before it is decoded', async () => {
    const result = await decodeLink(`s=1d${'A'.repeat(LINK_LIMITS.fragmentChars)}`)
    expect(problemOf(result)).toBe('too-long')
  })

  test('a zip bomb stops at the decompressed cap', async () => {
    const bomb = await deflate(new Uint8Array(32 * 1_048_576).fill(0x61))
    const fragment = `s=1d${encodeBase64url(bomb)}`
    expect(fragment.length).toBeLessThan(LINK_LIMITS.fragmentChars)
    expect(problemOf(await decodeLink(fragment))).toBe('too-large')
  })

  test('a link from a newer Rewind Lab says so', async () => {
    const fragment = await encodeLink(state)
    const result = await decodeLink(fragment.replace('s=1d', 's=2d'))
    expect(problemOf(result)).toBe('newer-envelope')
    expect(!result.ok && describeLinkProblem(result.problem)).toMatch(/newer Rewind Lab/)
  })

  test('a scenario of a newer format says so', async () => {
    const result = await decodeLink(
      await linkFor(JSON.stringify({ ...defaultScenario, version: 9 })),
    )
    expect(!result.ok && describeLinkProblem(result.problem)).toMatch(
      /newer Rewind Lab \(format 9\)/,
    )
  })

  test('valid JSON that is not a scenario names the field', async () => {
    const result = await decodeLink(await linkFor('{"version":1,"durationMs":-1,"topics":[]}'))
    expect(!result.ok && describeLinkProblem(result.problem)).toMatch(/durationMs/)
  })

  test('text that is not UTF-8 or not JSON', async () => {
    const notUtf8 = `s=1d${encodeBase64url(await deflate(new Uint8Array([0xff, 0xfe, 0x7b])))}`
    expect(problemOf(await decodeLink(notUtf8))).toBe('corrupt')
    expect(problemOf(await decodeLink(await linkFor('{"version":1,')))).toBe('invalid-scenario')
  })

  test('__proto__ and constructor keys are refused and pollute nothing', async () => {
    // Format 1, so the keys go through the migrations too.
    const hostile = JSON.stringify({ ...DEFAULT_SCENARIO_INPUT, version: 1 }).replace(
      '{"version":1,',
      '{"version":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},',
    )
    expect(problemOf(await decodeLink(await linkFor(hostile)))).toBe('invalid-scenario')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  test('a fragment without a scenario, or with an unknown codec', async () => {
    expect(problemOf(await decodeLink('#t=5&v=log'))).toBe('no-scenario')
    expect(problemOf(await decodeLink('#s=1zAAAA'))).toBe('unknown-codec')
    expect(problemOf(await decodeLink('#s=xdAAAA'))).toBe('unknown-codec')
  })
})
