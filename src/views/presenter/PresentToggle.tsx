import { useAppStore } from '../../store/appStore'

/** Presenter mode on or off: the same button in the header and beside a lesson's steps. */
export function PresentToggle() {
  const presenting = useAppStore((s) => s.presenting)
  const setPresenting = useAppStore((s) => s.setPresenting)
  return (
    <button
      type="button"
      className="button"
      aria-pressed={presenting}
      aria-keyshortcuts="P"
      onClick={() => {
        setPresenting(!presenting)
      }}
    >
      Present <kbd>P</kbd>
    </button>
  )
}
