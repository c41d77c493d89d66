import { describe, expect, test } from 'vitest'
import { parseScenario } from '../../scenario/parse'
import { QUERY_TEST_SCENARIO } from '../query/testWorld'
import { checkDraft } from './checkDraft'
import {
  addStep,
  changeStep,
  deleteStep,
  draftId,
  moveStep,
  newDraft,
  setPrediction,
  type LessonDraft,
} from './draft'

const parsed = parseScenario(QUERY_TEST_SCENARIO)
if (!parsed.ok) throw new Error('the query test scenario is valid')
const scenario = parsed.value
/** The scenario on screen, without branches. */
const onScreen = { scenario, branches: null }

const place = (at: number) => ({ at, view: { topic: 'profiles', partition: 0 } })

function twoSteps(): LessonDraft {
  const draft = addStep(addStep(newDraft(draftId(1_700_000_000_000)), place(5_000)), place(7_000))
  return { ...draft, title: 'Compaction' }
}

describe('a lesson being written', () => {
  test('steps are added where the cursor and view are, titled by their number', () => {
    const draft = twoSteps()
    expect(draft.steps.map((s) => [s.at, s.title, s.view?.topic])).toEqual([
      [5_000, 'Step 1', 'profiles'],
      [7_000, 'Step 2', 'profiles'],
    ])
  })

  test('steps are changed, moved and deleted, each change a new draft', () => {
    const draft = twoSteps()
    const renamed = changeStep(draft, 1, { title: 'After' })
    expect(renamed.steps[1]?.title).toBe('After')
    expect(draft.steps[1]?.title).toBe('Step 2')
    const moved = moveStep(renamed, 1, -1)
    expect(moved.steps.map((s) => s.title)).toEqual(['After', 'Step 1'])
    expect(moveStep(moved, 0, -1)).toBe(moved)
    expect(moveStep(moved, 1, 1)).toBe(moved)
    expect(deleteStep(moved, 0).steps.map((s) => s.title)).toEqual(['Step 1'])
  })

  test('a written lesson with a prediction passes the lesson boundary', () => {
    const draft = setPrediction(twoSteps(), 0, {
      question: 'Is offset 0 still there?',
      query: { kind: 'offsetInLog', topic: 'profiles', partition: 0, offset: 0 },
      choices: [{ text: 'Yes', when: { equals: true } }, { text: 'No' }],
      lookAt: '',
    })
    const checked = checkDraft(draft, onScreen)
    expect(checked.ok).toBe(true)
    if (checked.ok) expect(checked.value.steps[0]?.predict?.choices).toHaveLength(2)
    expect(setPrediction(draft, 0, undefined).steps[0]).not.toHaveProperty('predict')
  })

  test('problems name the field: no title, steps out of time order, a question on the last step', () => {
    const untitled = { ...twoSteps(), title: '' }
    const late = changeStep(untitled, 0, { at: 9_000 })
    const asking = setPrediction(late, 1, {
      question: 'Gone?',
      query: { kind: 'topicExists', topic: 'profiles' },
      choices: [{ text: 'Yes', when: { equals: true } }, { text: 'No' }],
      lookAt: '',
    })
    const checked = checkDraft(asking, onScreen)
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    const paths = checked.problems.map((p) => p.path)
    expect(paths).toContain('title')
    const stepped = checkDraft({ ...asking, title: 'T' }, onScreen)
    expect(stepped.ok ? [] : stepped.problems.map((p) => p.path)).toEqual([
      'steps[1].at',
      'steps[1].predict',
    ])
  })

  test('a lesson with no steps is refused, naming steps', () => {
    const checked = checkDraft({ ...newDraft('x'), title: 'Empty' }, onScreen)
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toEqual(['steps'])
  })
})
