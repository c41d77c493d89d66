import { parseScenarioJson } from '../scenario/parse'
import { describeProblems } from '../scenario/problems'
import type { Scenario } from '../scenario/schema'

/**
 * The draft in localStorage, behind one wrapper that never throws (ECOSYSTEM §3.7): blocked
 * storage, quota errors and damaged or newer drafts become results, and a draft that cannot be
 * read is copied aside before anything could overwrite it.
 */
const DRAFT_KEY = 'rewindlab:draft'

export type DraftRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly scenario: Scenario }
  | { readonly kind: 'unreadable'; readonly message: string }

export function readDraft(): DraftRead {
  let text: string | null
  try {
    text = localStorage.getItem(DRAFT_KEY)
  } catch {
    return { kind: 'none' }
  }
  if (text === null) return { kind: 'none' }
  const parsed = parseScenarioJson(text)
  if (parsed.ok) return { kind: 'ok', scenario: parsed.value }
  const kept = quarantine(text)
  return {
    kind: 'unreadable',
    message:
      `Your saved draft could not be read (${describeProblems(parsed.problems)}), so the default scenario is shown.` +
      (kept === null ? '' : ` A copy of it was kept in this browser's storage as "${kept}".`),
  }
}

/** Saves `scenario`; false when the browser refuses (the user still has the link and the file). */
export function writeDraft(scenario: Scenario): boolean {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(scenario))
    return true
  } catch {
    return false
  }
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
