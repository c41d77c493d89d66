import { usePresenterMode } from '../../store/presenter'

/** Presenter mode on or off: the same button in the header and beside a lesson's steps. */
export function PresentToggle() {
  const presenting = usePresenterMode((s) => s.presenting)
  const setPresenting = usePresenterMode((s) => s.setPresenting)
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
