import {
  deleteStepsNamingABranch,
  moveToRemainingBranch,
  stepsComparingBranches,
  stepsNamingABranch,
} from '../../../lessons/authoring/branchLeftovers'
import { checkDraft } from '../../../lessons/authoring/checkDraft'
import type { LessonDraft } from '../../../lessons/authoring/draft'
import { describeProblem, type Problem } from '../../../scenario/problems'
import { useAppStore } from '../../../store/appStore'
import { documentOnScreen } from './placeOnScreen'

/**
 * Why the lesson cannot be used yet, each problem naming its field. When steps still name a
 * branch the scenario no longer has (one branch was kept), the two ways out are offered: move them
 * to the branch that is left (all but those comparing the branches, which would then compare the
 * scenario with itself), or delete them, each one undoable edit; the list then says what is still
 * wrong (`onRecheck`), without keeping the lesson.
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
  const comparing = stepsComparingBranches(draft)
  const movable = leftovers.filter((i) => !comparing.includes(i))
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
      {oneScenario && leftovers.length > 0 && (
        <div role="group" aria-label="Steps on a removed branch" className="authoring__fix">
          <p>
            {capitalised(stepList(leftovers))} {leftovers.length === 1 ? 'was' : 'were'} recorded on
            a branch the scenario no longer has.
            {comparing.length > 0 &&
              ` ${capitalised(stepList(comparing))} ${comparing.length === 1 ? 'compares' : 'compare'} the two branches: over one scenario ${comparing.length === 1 ? 'its question' : 'their questions'} would compare the scenario with itself, so rewrite ${comparing.length === 1 ? 'it' : 'them'} or delete ${comparing.length === 1 ? 'it' : 'them'}.`}
          </p>
          {movable.length > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => {
                fix(`move ${stepList(movable)} to the remaining branch`, moveToRemainingBranch)
              }}
            >
              Move {stepList(movable)} to the remaining branch
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => {
              fix(`delete ${stepList(leftovers)}`, deleteStepsNamingABranch)
            }}
          >
            Delete {stepList(leftovers)}
          </button>
        </div>
      )}
    </div>
  )
}

/** "step 2" or "steps 1, 3", numbered as the editor shows them. */
function stepList(indices: readonly number[]): string {
  return `${indices.length === 1 ? 'step' : 'steps'} ${indices.map((i) => i + 1).join(', ')}`
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
