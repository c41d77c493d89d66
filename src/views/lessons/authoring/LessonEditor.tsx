import { useState } from 'react'
import type { Lesson } from '../../../lessons'
import { addStep, changeDraft } from '../../../lessons/authoring/draft'
import { formatSimTime } from '../../../derive/scene/format'
import type { Problem } from '../../../scenario/problems'
import { useAppStore } from '../../../store/appStore'
import { UndoButtons } from '../../undo/UndoButtons'
import { exportLesson } from '../lessonFiles'
import { useMyLessons } from '../myLessons'
import { CloseDraft } from './CloseDraft'
import { DraftField } from './DraftField'
import { DraftProblems } from './DraftProblems'
import { keepDraft, lessonLinkUrl, previewLesson } from './publish'
import { placeOnScreen } from './placeOnScreen'
import { queryDefaults } from './queryDefaults'
import { StepEditor } from './StepEditor'
import { useAuthoringWorlds } from './useAuthoringWorlds'
import './authoring.css'

/**
 * Writing a lesson over the scenario on screen: move the cursor and the view, add a step there,
 * write it, ask a question; preview it as the class sees it, keep it, share it.
 */
export default function LessonEditor() {
  const draft = useAppStore((s) => s.lessonDraft)
  const history = useAppStore((s) => s.lessonDraftHistory)
  const {
    editLessonDraft: edit,
    undoLessonDraft: undo,
    redoLessonDraft: redo,
    closeLessonDraft: close,
  } = useAppStore.getState()
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const selectedOffset = useAppStore((s) => s.selectedOffset)
  // A lesson kept under Your lessons is edited in place: saving it again replaces it there.
  const kept = useMyLessons().some((l) => l.id === draft?.id)
  const [problems, setProblems] = useState<readonly Problem[]>([])
  const [link, setLink] = useState<string | null>(null)
  const at = useAuthoringWorlds(cursor)
  const onScreen = (at.selected === 'b' ? at.worlds.b : null) ?? at.worlds.a
  const defaults = queryDefaults(scenario, onScreen, { topic, partition, selectedOffset })
  if (draft === null) return null

  /** Checks and keeps the lesson, then does `then` with it; problems are listed instead. */
  const withLesson = (then: (lesson: Lesson) => void): void => {
    const kept = keepDraft()
    setProblems('problems' in kept ? kept.problems : [])
    if ('lesson' in kept) then(kept.lesson)
  }

  /** What the author can do with the lesson once it passes the checks, each a button. */
  const tools: readonly (readonly [string, (lesson: Lesson) => void])[] = [
    ['Preview', (l) => void previewLesson(l, false)],
    ['Present', (l) => void previewLesson(l, true)],
    [
      'Save to Your lessons',
      (l) => {
        useAppStore.getState().notify('info', `"${l.title}" is kept under Your lessons.`)
      },
    ],
    ['Export', exportLesson],
    [
      'Copy link',
      (l) => {
        void lessonLinkUrl(l).then((url) => {
          setLink(url)
          // Without clipboard access (an insecure page) the link is still shown to copy by hand.
          if ('clipboard' in navigator)
            void navigator.clipboard.writeText(url).catch(() => undefined)
        })
      },
    ],
  ]

  return (
    <section className="panel authoring" aria-labelledby="authoring-title">
      <h2 id="authoring-title">{kept ? 'Edit lesson' : 'New lesson'}</h2>
      <p className="panel__hint">
        {at.branchNames === null
          ? 'Over this scenario: move the cursor and the view, then add a step there.'
          : `Over both branches, A (${at.branchNames.a}) and B (${at.branchNames.b}): the class sees both at every step; a step selects the branch on screen when it is added.`}
      </p>
      <UndoButtons history={history} undo={undo} redo={redo} what="Lesson edits" />
      <DraftField
        label="Lesson title"
        value={draft.title}
        onCommit={(title) => {
          edit('retitle the lesson', (d) => changeDraft(d, { title }))
        }}
      />
      <DraftField
        label="Summary"
        value={draft.summary}
        onCommit={(summary) => {
          edit('edit the summary', (d) => changeDraft(d, { summary }))
        }}
      />
      <ol className="authoring__steps" aria-label="Steps of the lesson">
        {draft.steps.map((step, index) => (
          <StepEditor
            key={index}
            step={step}
            index={index}
            count={draft.steps.length}
            at={at}
            defaults={defaults}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          edit(`add step ${draft.steps.length + 1} at ${formatSimTime(cursor)}`, (d) =>
            addStep(d, placeOnScreen()),
          )
        }}
      >
        Add a step at {formatSimTime(cursor)}
      </button>
      <DraftProblems problems={problems} onRecheck={setProblems} />
      <div className="authoring__tools">
        {tools.map(([label, use]) => (
          <button
            key={label}
            type="button"
            className="button"
            onClick={() => {
              withLesson(use)
            }}
          >
            {label}
          </button>
        ))}
        <CloseDraft
          saveAndClose={() => {
            withLesson(close)
          }}
        />
      </div>
      {link !== null && (
        <label className="authoring__field">
          Link to the lesson (copied)
          <input
            readOnly
            value={link}
            onFocus={(e) => {
              e.target.select()
            }}
          />
        </label>
      )}
    </section>
  )
}
