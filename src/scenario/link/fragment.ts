import type { Branches } from '../branches/branches'
import { documentJson } from '../branches/scenarioDocument'
import type { Problem } from '../problems'
import type { Scenario } from '../schema'
import { decodeBase64url, encodeBase64url, isBase64url } from './base64url'
import { deflate, inflateCapped } from './deflate'
import { toWireForm } from './wireForm'

/**
 * A share link's fragment: `s=<envelope><codec><base64url>&t=<cursor ms>&v=<view>`.
 * The fragment never reaches a server. Envelope `1` with codec `d` is zlib-deflated scenario JSON;
 * every envelope ever written keeps a decoder (ECOSYSTEM §1.1, §3.5). The scenario's own `version`
 * and its migrations live inside the envelope.
 */
export interface LinkState {
  /** With `branches`, the shared history; the branches continue it (format 2). */
  readonly scenario: Scenario
  readonly branches?: Branches
  /** The cursor in simulated ms, within the scenario. */
  readonly cursorMs: number
  /** What the app shows, in the app's own words (the codec only bounds its shape). */
  readonly view: string
}

export const LINK_ENVELOPE = 1
const CODEC_DEFLATE = 'd'

/** Hard caps, checked before the work they bound (ECOSYSTEM §3.4). */
export const LINK_LIMITS = {
  fragmentChars: 65_536,
  inflatedBytes: 1_048_576,
} as const

const VIEW = /^[A-Za-z0-9._/-]{1,200}$/
const CURSOR = /^\d{1,16}$/

export type LinkProblem =
  | { readonly kind: 'too-long'; readonly length: number }
  | { readonly kind: 'no-scenario' }
  | { readonly kind: 'newer-envelope'; readonly envelope: string }
  | { readonly kind: 'unknown-codec' }
  | { readonly kind: 'bad-characters' }
  | { readonly kind: 'cut-short' }
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'invalid-scenario'; readonly problems: readonly Problem[] }

export type LinkResult =
  | { readonly ok: true; readonly value: LinkState }
  | { readonly ok: false; readonly problem: LinkProblem }

/** The fragment (without `#`) for `state`. */
export async function encodeLink(state: LinkState): Promise<string> {
  const document = { scenario: state.scenario, branches: state.branches ?? null }
  const json = new TextEncoder().encode(JSON.stringify(documentJson(document, toWireForm)))
  return `s=${await encodeEnvelope(json)}&t=${Math.floor(state.cursorMs)}&v=${state.view}`
}

/** `<envelope><codec><base64url>` for a JSON document: what a link's `s` (or a lesson's `L`) holds. */
export async function encodeEnvelope(json: Uint8Array): Promise<string> {
  return `${LINK_ENVELOPE}${CODEC_DEFLATE}${encodeBase64url(await deflate(json))}`
}

/** Whether a fragment is meant for `decodeLink` (an empty one opens the app as it was). */
export function isLinkFragment(fragment: string): boolean {
  return fragment.replace(/^#/, '').length > 0
}

/**
 * Decodes an untrusted fragment (with or without `#`). Never throws; nothing from the link runs
 * before it has passed every cap and the scenario schema.
 */
export async function decodeLink(fragment: string): Promise<LinkResult> {
  let text = fragment.replace(/^#/, '')
  let result = await decodeFragmentText(text)
  // A chat app or mail client may percent-encode the link once or twice (`s%3D1d…`, `s%253D1d…`):
  // decode once more and retry, as other share-link tools do.
  for (let retry = 0; !result.ok && retry < 2 && text.includes('%'); retry++) {
    const decoded = percentDecoded(text)
    if (decoded === null || decoded === text) break
    text = decoded
    result = await decodeFragmentText(text)
  }
  return result
}

/**
 * A fragment whose `=` and `&` a chat app percent-encoded once or twice (`lesson%3Dthe-log%26step%3D2`),
 * decoded until its fields can be read, so a lesson link is told from a scenario link; any other
 * fragment unchanged.
 */
export function readableFragment(fragment: string): string {
  let text = fragment.replace(/^#/, '')
  for (let retry = 0; retry < 2 && !text.includes('=') && text.includes('%'); retry++) {
    const decoded = percentDecoded(text)
    if (decoded === null) break
    text = decoded
  }
  return text
}

function percentDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

async function decodeFragmentText(text: string): Promise<LinkResult> {
  if (text.length > LINK_LIMITS.fragmentChars) {
    return fail({ kind: 'too-long', length: text.length })
  }
  const fields = readFragmentFields(text)
  const opened = await openEnvelope(fields.get('s'))
  if (!opened.ok) return fail(opened.problem)
  // The schemas load with the first link read, not with the page.
  const { parseScenarioDocumentJson } = await import('../branches/document')
  const parsed = parseScenarioDocumentJson(opened.json)
  if (!parsed.ok) return fail({ kind: 'invalid-scenario', problems: parsed.problems })

  const { scenario, branches } = parsed.value
  const t = fields.get('t') ?? '0'
  const cursorMs = CURSOR.test(t) ? Math.min(Number(t), scenario.durationMs) : 0
  const v = fields.get('v') ?? ''
  const view = VIEW.test(v) ? v : ''
  return {
    ok: true,
    value:
      branches === null ? { scenario, cursorMs, view } : { scenario, branches, cursorMs, view },
  }
}

/**
 * The JSON text inside an untrusted envelope (a link's `s`, a lesson link's `L`), every cap checked
 * before the work it bounds: the envelope and codec, the characters, the inflated size, UTF-8.
 */
export async function openEnvelope(
  encoded: string | undefined,
): Promise<{ ok: true; json: string } | { ok: false; problem: LinkProblem }> {
  if (encoded === undefined || encoded.length < 2)
    return { ok: false, problem: { kind: 'no-scenario' } }
  const envelope = encoded.charAt(0)
  if (envelope !== String(LINK_ENVELOPE)) {
    const problem: LinkProblem = /^[2-9]$/.test(envelope)
      ? { kind: 'newer-envelope', envelope }
      : { kind: 'unknown-codec' }
    return { ok: false, problem }
  }
  if (encoded.charAt(1) !== CODEC_DEFLATE) return { ok: false, problem: { kind: 'unknown-codec' } }

  const payload = encoded.slice(2)
  // No byte string encodes to 4n+1 characters: the end of the link is missing.
  if (isBase64url(payload) && payload.length % 4 === 1)
    return { ok: false, problem: { kind: 'cut-short' } }
  const compressed = decodeBase64url(payload)
  if (compressed === null) return { ok: false, problem: { kind: 'bad-characters' } }
  const inflated = await inflateCapped(compressed, LINK_LIMITS.inflatedBytes)
  if (!inflated.ok) return { ok: false, problem: { kind: inflated.reason } }
  try {
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes) }
  } catch {
    return { ok: false, problem: { kind: 'corrupt' } }
  }
}

/**
 * `a=1&b=2` into a Map (the first of a repeated name wins). Not URLSearchParams: it would turn `+`
 * into a space and percent-decode, and neither belongs in this format. Lesson links share it.
 */
export function readFragmentFields(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const part of text.split('&')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const name = part.slice(0, eq)
    if (!fields.has(name)) fields.set(name, part.slice(eq + 1))
  }
  return fields
}

function fail(problem: LinkProblem): LinkResult {
  return { ok: false, problem }
}
