import { describe, expect, test } from 'vitest'
import { branchScenario, forkScenario } from '../../scenario/branches'
import { parseScenario } from '../../scenario/parse'
import { answerPrediction } from '../query/answer'
import { QUERY_TEST_SCENARIO } from '../query/testWorld'
import { lessonWorlds, ownTimelines } from '../worlds'
import {
  deleteStepsNamingABranch,
  moveToRemainingBranch,
  stepsComparingBranches,
  stepsNamingABranch,
} from './branchLeftovers'
import { withShape } from './combined'
import { checkDraft } from './checkDraft'
import { addStep, draftDocument, draftId, newDraft, setPrediction } from './draft'

const parsed = parseScenario(QUERY_TEST_SCENARIO)
if (!parsed.ok) throw new Error('the query test scenario is valid')
/** Forked at 5.5 s: A keeps the cleaner pass at 6 s, B has no actions of its own. */
const forked = forkScenario(parsed.value, 5_500)
const onScreen = { ...forked, branches: { ...forked.branches, selected: 'b' as const } }

/** Step 1 on B at 5 s asks whether offset 0 is in the log in both branches; step 2 at 7 s. */
function recordedOverBranches() {
  const view = { topic: 'profiles', partition: 0 }
  const draft = addStep(
    addStep(newDraft(draftId(1)), { at: 5_000, view: { ...view, branch: 'b' } }),
    { at: 7_000, view },
  )
  return setPrediction({ ...draft, title: 'Cleaned or not' }, 0, {
    question: 'Is offset 0 still in the log in both branches?',
    query: withShape(
      { kind: 'offsetInLog', topic: 'profiles', partition: 0, offset: 0 },
      'same',
      { kind: 'topicExists', topic: 'profiles' },
      true,
      () => ({ equals: true }),
    ),
    choices: [{ text: 'Yes', when: { equals: true } }, { text: 'No' }],
    lookAt: '',
  })
}

describe('a lesson written over two branches', () => {
  test('records both branches (format 2), each step on the branch it was written on', () => {
    const document = draftDocument(recordedOverBranches(), onScreen)
    expect(document.version).toBe(2)
    // Which branch was on screen while writing is not the lesson's: it opens on A.
    expect(document.scenario).toMatchObject({
      branches: { forkAtMs: 5_500, a: { name: 'A' }, b: { name: 'B', actions: [] } },
    })
    expect(document.scenario).not.toHaveProperty('branches.selected')
    const checked = checkDraft(recordedOverBranches(), onScreen)
    if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('; '))
    expect(checked.value.branched?.b.actions).toEqual(forked.scenario.actions)
    expect(checked.value.steps.map((s) => s.view?.branch)).toEqual(['b', undefined])
  })

  test('a question across the branches is answered from both worlds at the reveal', () => {
    const checked = checkDraft(recordedOverBranches(), onScreen)
    if (!checked.ok) throw new Error('the draft is a valid lesson')
    const worldsAt = lessonWorlds(checked.value, ownTimelines())
    const question = checked.value.steps[0]?.predict
    if (question === undefined) throw new Error('step 1 asks')
    // Before the cleaner pass both still hold offset 0; after it only B (never cleaned) does.
    expect(answerPrediction(question, worldsAt(5_000)).choice).toBe(0)
    const after = worldsAt(7_000)
    expect(after.b?.topics[0]?.partitions[0]?.segments[0]?.records[0]?.offset).toBe(0)
    expect(answerPrediction(question, after)).toEqual({ value: false, choice: 1 })
  })

  test('the same steps over one scenario are refused, naming the branch fields', () => {
    const checked = checkDraft(recordedOverBranches(), {
      scenario: parsed.value,
      branches: null,
    })
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toEqual([
      'steps[0].view.branch',
      'steps[0].predict.query.b.branch',
    ])
  })
})

describe('after one branch is kept, the steps that still name a branch', () => {
  const onlyB = { scenario: branchScenario(forked, 'b'), branches: null }
  const recorded = recordedOverBranches()
  const offsetZero = { kind: 'offsetInLog', topic: 'profiles', partition: 0, offset: 0 } as const
  /** Step 1 shown on B asks of B alone: whether offset 0 is still in its log. */
  const askingB = setPrediction(recorded, 0, {
    question: 'Is offset 0 still in the log?',
    query: { ...offsetZero, branch: 'b' },
    choices: [{ text: 'Yes', when: { equals: true } }, { text: 'No' }],
    lookAt: '',
  })

  test('are found: the step shown on B, whose reading reads B too', () => {
    expect(stepsNamingABranch(recorded)).toEqual([0])
    expect(stepsNamingABranch(askingB)).toEqual([0])
  })

  test('moved to the remaining branch, show it and read it: the lesson passes the checks', () => {
    const moved = moveToRemainingBranch(askingB)
    expect(stepsNamingABranch(moved)).toEqual([])
    const checked = checkDraft(moved, onlyB)
    if (!checked.ok) throw new Error(checked.problems.map((p) => p.path).join('; '))
    const [first, second] = checked.value.steps
    // Only the branch is gone: the view's partition and the question's reading stay.
    expect(first?.view).toEqual({ topic: 'profiles', partition: 0 })
    expect(first?.predict?.query).toEqual(offsetZero)
    expect(second).toEqual(recorded.steps[1])
  })

  test('a question comparing the branches does not move: over one scenario it would compare it with itself', () => {
    expect(stepsComparingBranches(recorded)).toEqual([0])
    expect(stepsComparingBranches(askingB)).toEqual([])
    const moved = moveToRemainingBranch(recorded)
    expect(moved.steps).toEqual(recorded.steps)
    const checked = checkDraft(moved, onlyB)
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toEqual([
      'steps[0].view.branch',
      'steps[0].predict.query.b.branch',
    ])
  })

  test('deleted, leave the other steps as they were: the lesson passes the checks', () => {
    const deleted = deleteStepsNamingABranch(recorded)
    expect(deleted.steps).toEqual([recorded.steps[1]])
    expect(checkDraft(deleted, onlyB).ok).toBe(true)
  })

  test('a question on when the branches part, on a step shown on A, cannot move but can be deleted', () => {
    const asksDivergence = setPrediction(
      addStep(addStep({ ...newDraft(draftId(2)), title: 'Parting' }, { at: 5_000, view: {} }), {
        at: 7_000,
        view: {},
      }),
      0,
      {
        question: 'When do they part?',
        query: { kind: 'firstDivergence' },
        choices: [{ text: 'Never', when: { equals: null } }, { text: 'At some time' }],
        lookAt: '',
      },
    )
    expect(stepsNamingABranch(asksDivergence)).toEqual([0])
    expect(stepsComparingBranches(asksDivergence)).toEqual([0])
    const checked = checkDraft(moveToRemainingBranch(asksDivergence), onlyB)
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toEqual([
      'steps[0].predict.query.kind',
    ])
    expect(deleteStepsNamingABranch(asksDivergence).steps).toEqual([asksDivergence.steps[1]])
  })
})
