import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * Whether any part of `ref`'s element is inside the viewport (and its scrolling ancestors), kept
 * current by an IntersectionObserver. True until the first observation, so a view draws as usual
 * before it is known to be hidden.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true)
  useLayoutEffect(() => {
    const element = ref.current
    if (element === null) return
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1)
      if (last !== undefined) setOnScreen(last.isIntersecting)
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [ref])
  return onScreen
}
