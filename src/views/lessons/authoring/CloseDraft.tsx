import { useEffect, useRef, useState } from 'react'
import { useAppStore } from '../../../store/appStore'
import { hasUnsavedWork } from '../../../store/slices/lessonAuthoring'

/**
 * Close, which asks first when the lesson has changes not kept under Your lessons: save and
 * close, close without saving (undo brings it back), or keep writing. A saved or blank draft
 * closes at once. Leaving the page with unsaved changes asks too (the browser's own question).
 */
export function CloseDraft({ saveAndClose }: { readonly saveAndClose: () => void }) {
  const unsaved = useAppStore(hasUnsavedWork)
  const [asking, setAsking] = useState(false)
  const firstChoice = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (asking) firstChoice.current?.focus()
  }, [asking])

  useEffect(() => {
    if (!unsaved) return
    const onLeave = (event: BeforeUnloadEvent): void => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onLeave)
    return () => {
      window.removeEventListener('beforeunload', onLeave)
    }
  }, [unsaved])

  const closeWithoutSaving = (): void => {
    const app = useAppStore.getState()
    const title = app.lessonDraft?.title || 'the new lesson'
    app.closeLessonDraft()
    app.notify('info', `Closed "${title}" without saving; Undo (Ctrl+Z) brings it back.`)
  }

  if (!asking || !unsaved) {
    return (
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          if (unsaved) setAsking(true)
          else useAppStore.getState().closeLessonDraft()
        }}
      >
        Close
      </button>
    )
  }
  return (
    <div
      role="group"
      aria-labelledby="authoring-close-question"
      className="authoring__close"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false)
      }}
    >
      <p id="authoring-close-question">
        This lesson has changes not kept under Your lessons. Close it anyway?
      </p>
      <button ref={firstChoice} type="button" className="button" onClick={saveAndClose}>
        Save and close
      </button>
      <button type="button" className="button" onClick={closeWithoutSaving}>
        Close without saving
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          setAsking(false)
        }}
      >
        Keep writing
      </button>
    </div>
  )
}
