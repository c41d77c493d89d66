import { useEffect } from 'react'
import type { StepPanel } from '../../lessons'
import { PANEL_SELECTORS } from './stepPanel'

/** Panels load lazily (and after a lesson's scenario opens); past this, the step stays put. */
const WAIT_FOR_PANEL_MS = 10_000

function scrollToTop(section: Element): void {
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  section.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' })
}

/**
 * Scrolls `panel` into view when step `stepKey` opens, so that the text never points at a panel
 * that is off screen; waits for a lazily loaded panel to appear.
 */
export function useStepPanel(panel: StepPanel | undefined, stepKey: string): void {
  useEffect(() => {
    if (panel === undefined) return
    const selector = PANEL_SELECTORS[panel]
    const present = document.querySelector(selector)
    if (present !== null) {
      scrollToTop(present)
      return
    }
    const observer = new MutationObserver(() => {
      const section = document.querySelector(selector)
      if (section === null) return
      stop()
      scrollToTop(section)
    })
    const timer = setTimeout(() => {
      stop()
    }, WAIT_FOR_PANEL_MS)
    function stop(): void {
      observer.disconnect()
      clearTimeout(timer)
    }
    observer.observe(document.body, { childList: true, subtree: true })
    return stop
  }, [panel, stepKey])
}
