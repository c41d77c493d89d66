const PATHS = {
  play: 'M6 4l14 8-14 8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  previous: 'M18 5v14l-9-7zM6 5h2v14H6z',
  next: 'M6 5v14l9-7zM16 5h2v14h-2z',
  start: 'M4 5h2v14H4zM20 5v14l-7-7zM13 5v14l-7-7z',
  end: 'M18 5h2v14h-2zM4 5v14l7-7zM11 5v14l7-7z',
} as const

export type IconName = keyof typeof PATHS

/** A 24×24 glyph drawn with a path, so no font has to have it. */
export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  )
}
