import { useEffect } from 'react'
import type { StepPanel } from '../../lessons'
import { whenPanelShown } from '../shared/panelRegistry'

/** Panels load lazily (and after a lesson's scenario opens); past this, the step stays put. */
const WAIT_FOR_PANEL_MS = 10_000

function scrollToTop(section: Element): void {
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  section.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' })
}

/**
 * Scrolls `panel` into view when step `stepKey` opens, so that the text never points at a panel
 * that is off screen; waits for a lazily loaded panel to be drawn.
 */
export function useStepPanel(panel: StepPanel | undefined, stepKey: string): void {
  useEffect(() => {
    if (panel === undefined) return
    const stopWaiting = whenPanelShown(panel, scrollToTop)
    const timer = setTimeout(stopWaiting, WAIT_FOR_PANEL_MS)
    return () => {
      stopWaiting()
      clearTimeout(timer)
    }
  }, [panel, stepKey])
}
