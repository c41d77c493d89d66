import type { ScenarioDocument } from '../scenario/branches/scenarioDocument'
import { describeProblems } from '../scenario/problems'
import { downloadBlob } from '../views/shared/download'

/**
 * The draft in localStorage, behind one wrapper that never throws (ECOSYSTEM §3.7): blocked
 * storage, quota errors and damaged or newer drafts become results, and a draft that cannot be
 * read is copied aside before anything could overwrite it. When it cannot be copied aside (the
 * storage is full), it is held: nothing overwrites it until the person has downloaded it.
 */
const DRAFT_KEY = 'rewindlab:draft'

export type DraftRead =
  | { readonly kind: 'none' }
  /** A scenario, or two branches of one (a draft is written as a file is). */
  | { readonly kind: 'ok'; readonly document: ScenarioDocument }
  | {
      readonly kind: 'unreadable'
      readonly message: string
      /** True when the draft could not be copied aside: it must be downloaded before it is replaced. */
      readonly held: boolean
    }

/** The text of an unreadable draft that could not be copied aside, until it is downloaded. */
let held: string | null = null

/** The saved draft, checked as a file is (the schemas load only when there is one). */
export async function readDraft(): Promise<DraftRead> {
  let text: string | null
  try {
    text = localStorage.getItem(DRAFT_KEY)
  } catch {
    return { kind: 'none' }
  }
  if (text === null) return { kind: 'none' }
  const { parseScenarioDocumentJson } = await import('../scenario/branches/document')
  const parsed = parseScenarioDocumentJson(text)
  if (parsed.ok) return { kind: 'ok', document: parsed.value }
  const why = `Your saved draft could not be read (${describeProblems(parsed.problems)}), so the default scenario is shown.`
  const kept = quarantine(text)
  if (kept !== null) {
    return {
      kind: 'unreadable',
      held: false,
      message: `${why} A copy of it was kept in this browser's storage as "${kept}".`,
    }
  }
  held = text
  return {
    kind: 'unreadable',
    held: true,
    message:
      `${why} This browser's storage has no room for a copy, so the draft stays where it is and ` +
      'your edits are not saved over it: download it first to keep it.',
  }
}

export type DraftWrite = 'saved' | 'refused' | 'held'

/**
 * Saves `document` (a scenario, or format 2 with two branches, as `documentJson` gives): 'refused' when the browser refuses (the user still has the link and the file),
 * 'held' while an unreadable draft that could not be copied aside waits to be downloaded.
 */
export function writeDraft(document: object): DraftWrite {
  if (held !== null) return 'held'
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(document))
    return 'saved'
  } catch {
    return 'refused'
  }
}

/** Whether this browser holds a draft at all, readable or not (read without opening it). */
export function hasDraft(): boolean {
  try {
    return localStorage.getItem(DRAFT_KEY) !== null
  } catch {
    return false
  }
}

/** Whether an unreadable draft waits to be downloaded before anything may replace it. */
export function isDraftHeld(): boolean {
  return held !== null
}

/** Downloads the held draft as a file, exactly as it was stored; then edits may replace it. */
export function downloadHeldDraft(): void {
  if (held === null) return
  downloadBlob(new Blob([held], { type: 'application/json' }), 'rewind-lab-unreadable-draft.json')
  held = null
}

function quarantine(text: string): string | null {
  const key = `rewindlab:quarantine:draft:${Date.now()}`
  try {
    localStorage.setItem(key, text)
    localStorage.removeItem(DRAFT_KEY)
    return key
  } catch {
    return null
  }
}
