import { useAppStore } from '../../../store/appStore'

/**
 * Beside "New lesson": the lesson last closed without being kept, brought back as it was (the
 * same as undoing the close), for as long as undo can.
 */
export function ReopenDraft() {
  const closed = useAppStore((s) =>
    s.lessonDraft === null ? s.lessonDraftHistory.past.at(-1)?.value : null,
  )
  if (closed === null || closed === undefined) return null
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        useAppStore.getState().undoLessonDraft()
      }}
    >
      Reopen “{closed.title || 'the new lesson'}”
    </button>
  )
}
