import { useCallback, type RefCallback } from 'react'
import type { StepPanel } from '../../lessons'

type Reveal = (section: HTMLElement) => void

/** The sections on screen that a lesson step can point at, registered by the views drawing them. */
const shown = new Map<StepPanel, HTMLElement[]>()
/** Who waits for a panel not drawn yet (a lazily loaded one, or one a new scenario brings). */
const waiting = new Map<StepPanel, Set<Reveal>>()

/**
 * Records that `section` draws `panel` (and reveals it to whoever waits for it); returns the
 * function that takes it back when the section goes.
 */
export function registerPanel(panel: StepPanel, section: HTMLElement): () => void {
  shown.set(panel, [...(shown.get(panel) ?? []), section])
  const waiters = waiting.get(panel)
  waiting.delete(panel)
  for (const reveal of waiters ?? []) reveal(section)
  return () => {
    const rest = (shown.get(panel) ?? []).filter((s) => s !== section)
    if (rest.length > 0) shown.set(panel, rest)
    else shown.delete(panel)
  }
}

/**
 * The ref of the section that draws `panel`: the view owns the name its section goes by, so a
 * lesson finds it without knowing its markup.
 */
export function usePanelRef(panel: StepPanel): RefCallback<HTMLElement> {
  return useCallback(
    (section: HTMLElement | null) => (section === null ? undefined : registerPanel(panel, section)),
    [panel],
  )
}

/**
 * Calls `reveal` with `panel`'s section: now if it is drawn, else as soon as a view draws it.
 * Returns a function that stops waiting.
 */
export function whenPanelShown(panel: StepPanel, reveal: Reveal): () => void {
  const section = shown.get(panel)?.[0]
  if (section !== undefined) {
    reveal(section)
    return () => undefined
  }
  const waiters = waiting.get(panel) ?? new Set()
  waiters.add(reveal)
  waiting.set(panel, waiters)
  return () => {
    waiters.delete(reveal)
  }
}
