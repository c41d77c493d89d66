import { useLayoutEffect, type RefObject } from 'react'

/**
 * Type is made smaller in these steps until the band fits; never below the last, 16.2 px of
 * presenter mode's 18 px: read from the back of a room. A step longer than that scrolls.
 */
const SCALES = [1, 0.95, 0.9]

function overflows(element: HTMLElement): boolean {
  return element.scrollHeight > element.clientHeight
}

/**
 * In presenter mode the step's text, its question and the revealed answer must be read without
 * scrolling: the lesson's type (`--band-scale` on the lesson panel) shrinks step by step until
 * `stepRef`'s content fits. Runs again when `changes` change and whenever the step's box changes
 * size (presenter mode's layout arriving, the window resized).
 */
export function useFitBand(
  stepRef: RefObject<HTMLElement | null>,
  active: boolean,
  changes: readonly unknown[],
): void {
  useLayoutEffect(() => {
    const step = stepRef.current
    const band = step?.closest<HTMLElement>('.lesson') ?? null
    if (step === null || band === null) return
    if (!active) {
      band.style.removeProperty('--band-scale')
      return
    }
    let fitted = ''
    const fit = (): void => {
      for (const scale of SCALES) {
        band.style.setProperty('--band-scale', String(scale))
        // Reading the sizes lays the band out again at this scale.
        if (!overflows(step)) break
      }
      fitted = `${String(step.clientWidth)}x${String(step.clientHeight)}`
    }
    fit()
    // The box changes with the scale too; only a change the fit did not make starts it again.
    const observer = new ResizeObserver(() => {
      if (`${String(step.clientWidth)}x${String(step.clientHeight)}` !== fitted) fit()
    })
    observer.observe(step)
    return () => {
      observer.disconnect()
      band.style.removeProperty('--band-scale')
    }
    // `changes` are what the band shows; the caller lists them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepRef, active, ...changes])
}
