import { useAppStore } from '../../store/appStore'

/** The visible switch between a spoiler-free lesson (the default) and one showing the future. */
export function FutureToggle({ showFuture }: { readonly showFuture: boolean }) {
  const setShowFuture = useAppStore((s) => s.setShowFuture)
  return (
    <label
      className="lesson__future"
      title="When on, nothing after the cursor is shown (removal times, marks on the time line, charts) until the last prediction is revealed."
    >
      <input
        type="checkbox"
        checked={!showFuture}
        onChange={(event) => {
          setShowFuture(!event.target.checked)
        }}
      />
      Hide the future until the reveal
    </label>
  )
}
