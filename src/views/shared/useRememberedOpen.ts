import { useState } from 'react'

function stored(key: string): boolean | null {
  try {
    const value = localStorage.getItem(key)
    return value === 'open' ? true : value === 'closed' ? false : null
  } catch {
    return null
  }
}

/**
 * Whether a collapsible section is open, remembered in this browser, so a section a person closed
 * stays out of their way after a reload.
 */
export function useRememberedOpen(
  key: string,
  openByDefault: boolean,
): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => stored(key) ?? openByDefault)
  const remember = (next: boolean): void => {
    setOpen(next)
    try {
      localStorage.setItem(key, next ? 'open' : 'closed')
    } catch {
      // Storage blocked: the section still opens and closes, just not remembered.
    }
  }
  return [open, remember]
}
