/** What a key does in presenter mode; clickers send Page Down / Page Up (some send arrows). */
export type PresenterCommand =
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'leave' }
  /** The class's guess at a prediction, by its number on screen (0-based here). */
  | { readonly kind: 'choose'; readonly choice: number }

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
    default:
      return /^[1-9]$/.test(key) ? { kind: 'choose', choice: Number(key) - 1 } : null
  }
}
