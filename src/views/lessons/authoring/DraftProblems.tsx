import {
  deleteStepsNamingABranch,
  moveToRemainingBranch,
  stepsNamingABranch,
} from '../../../lessons/authoring/branchLeftovers'
import { checkDraft, type LessonDraft } from '../../../lessons/authoring/draft'
import { describeProblem, type Problem } from '../../../scenario/problems'
import { useAppStore } from '../../../store/appStore'
import { documentOnScreen } from './placeOnScreen'

/**
 * Why the lesson cannot be used yet, each problem naming its field. When steps still name a
 * branch the scenario no longer has (one branch was kept), the two ways out are offered: move them
 * to the branch that is left, or delete them, each one undoable edit; the list then says what is
 * still wrong (`onRecheck`), without keeping the lesson.
 */
export function DraftProblems({
  problems,
  onRecheck,
}: {
  readonly problems: readonly Problem[]
  readonly onRecheck: (problems: readonly Problem[]) => void
}) {
  const oneScenario = useAppStore((s) => s.branch === null)
  const draft = useAppStore((s) => s.lessonDraft)
  if (problems.length === 0 || draft === null) return null
  const leftovers = stepsNamingABranch(draft)
  const count = leftovers.length
  const these = count === 1 ? 'this step' : `these ${count} steps`
  const fix = (label: string, change: (draft: LessonDraft) => LessonDraft): void => {
    useAppStore.getState().editLessonDraft(label, change)
    const checked = checkDraft(change(draft), documentOnScreen())
    onRecheck(checked.ok ? [] : checked.problems)
  }
  return (
    <div role="alert" className="authoring__problems">
      <p>The lesson cannot be used yet:</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.path}:${p.message}`}>{describeProblem(p)}</li>
        ))}
      </ul>
      {oneScenario && count > 0 && (
        <div role="group" aria-label="Steps on a removed branch" className="authoring__fix">
          <p>
            {count === 1 ? 'Step' : 'Steps'} {leftovers.map((i) => i + 1).join(', ')}{' '}
            {count === 1 ? 'was' : 'were'} recorded on a branch the scenario no longer has.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              fix(`move ${these} to the remaining branch`, moveToRemainingBranch)
            }}
          >
            Move {these} to the remaining branch
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              fix(`delete ${these}`, deleteStepsNamingABranch)
            }}
          >
            Delete {these}
          </button>
        </div>
      )}
    </div>
  )
}
