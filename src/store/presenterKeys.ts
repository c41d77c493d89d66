/** What a key does in presenter mode; clickers send Page Down / Page Up (some send arrows). */
export type PresenterCommand =
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'leave' }
  /** One more vote of the class for a choice, by its number on screen (0-based here). */
  | { readonly kind: 'choose'; readonly choice: number }
  /** Takes back the last vote counted (a key pressed once too often). */
  | { readonly kind: 'unvote' }

/** null for keys presenter mode leaves to the app's usual shortcuts. */
export function presenterCommand(key: string): PresenterCommand | null {
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case ' ':
      return { kind: 'next' }
    case 'PageUp':
    case 'ArrowLeft':
      return { kind: 'previous' }
    case 'Escape':
      return { kind: 'leave' }
    case 'Backspace':
      return { kind: 'unvote' }
    default:
      return /^[1-9]$/.test(key) ? { kind: 'choose', choice: Number(key) - 1 } : null
  }
}
