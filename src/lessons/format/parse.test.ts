import { isolate } from '../../sim'
import { describe, expect, test } from 'vitest'
import { describeProblems } from '../../scenario/problems'
import { parseLesson, parseLessonJson } from './parse'
import type { LessonDocument } from './schema'
import { testBranchedLessonDocument, testLessonDocument } from './testLessonDocument'

function problemsOf(input: unknown): string {
  const result = parseLesson(input)
  return result.ok ? 'ok' : describeProblems(result.problems)
}

/** The test document with `change` applied to a copy of it. */
function edited(change: (doc: Record<string, unknown> & LessonDocument) => void): unknown {
  const doc = structuredClone(testLessonDocument()) as Record<string, unknown> & LessonDocument
  change(doc)
  return doc
}

const firstPredict = (doc: LessonDocument) => {
  const predict = doc.steps[0]?.predict
  if (!predict) throw new Error('the test lesson asks at step 0')
  return predict as { -readonly [K in keyof typeof predict]: (typeof predict)[K] } & {
    query: unknown
  }
}

describe('parsing a lesson', () => {
  test('accepts a valid lesson and parses its scenario with the scenario’s defaults', () => {
    const result = parseLesson(testLessonDocument())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.scenario.topics[1]?.config['cleanup.policy']).toBe('delete')
    expect(result.value.steps[0]?.predict?.query).toEqual({
      kind: 'offsetInLog',
      topic: 'profiles',
      partition: 0,
      offset: 0,
    })
  })

  test('refuses what is not a lesson, or a newer one, saying so', () => {
    expect(problemsOf([])).toBe('a lesson must be a JSON object')
    expect(problemsOf({ version: 1, durationMs: 1, topics: [] })).toMatch(/^kind: must be "lesson"/)
    // Format 2 (lessons over two branches) is read since the parallel-rewind lesson became one.
    expect(problemsOf(edited((d) => (d.version = 3 as 1)))).toBe(
      'version: this lesson was made by a newer Rewind Lab (lesson format 3); this version reads formats up to 2',
    )
    const broken = parseLessonJson('{"kind": "lesson",')
    expect(broken.ok ? '' : broken.problems[0]?.message).toMatch(/^not valid JSON/)
  })

  test('names the field that is wrong', () => {
    expect(problemsOf(edited((d) => (d.id = 'My Lesson')))).toBe(
      'id: use 1 to 64 lower-case letters, digits and "-"',
    )
    expect(problemsOf(edited((d) => (d.minutes = 0)))).toBe('minutes: must be at least 1')
    expect(problemsOf(edited((d) => (d.steps = [])))).toBe('steps: must be at least 1 item(s)')
    expect(problemsOf(edited((d) => (d['extra'] = 1)))).toBe(`unknown field ${isolate('"extra"')}`)
    expect(
      problemsOf(edited((d) => (d.steps[1] = { ...d.steps[1], title: 'x'.repeat(121) } as never))),
    ).toBe('steps[1].title: must be at most 120 character(s)')
    expect(
      problemsOf(edited((d) => (d.steps[0] = { ...d.steps[0], view: { panel: 'desk' } } as never))),
    ).toBe(
      'steps[0].view.panel: must be one of "log", "jobs", "store", "outputs", "cluster", "charts"',
    )
  })

  test('a step may name the job whose store it shows; an empty name is refused', () => {
    const named = edited(
      (d) => (d.steps[0] = { ...d.steps[0], view: { job: 'counter_1' } } as never),
    )
    const parsed = parseLesson(named)
    expect(parsed.ok && parsed.value.steps[0]?.view?.job).toBe('counter_1')
    expect(
      problemsOf(edited((d) => (d.steps[0] = { ...d.steps[0], view: { job: '' } } as never))),
    ).toMatch(/^steps\[0\]\.view\.job: /)
  })

  test('a step may list the values its text names (shows), each in a known part of the screen', () => {
    const shows = [{ in: 'store', text: 'page-0 4' }]
    const listed = parseLesson(edited((d) => (d.steps[0] = { ...d.steps[0], shows } as never)))
    expect(listed.ok && listed.value.steps[0]?.shows).toEqual(shows)
    const at = (shown: unknown) =>
      problemsOf(edited((d) => (d.steps[0] = { ...d.steps[0], shows: [shown] } as never)))
    expect(at({ in: 'desk', text: 'x' })).toMatch(
      /^steps\[0\]\.shows\[0\]\.in: must be one of "stage"/,
    )
    expect(at({ in: 'stage', text: '' })).toBe(
      'steps[0].shows[0].text: must be at least 1 character(s)',
    )
    expect(at({ in: 'stage', text: 'x', colour: 'red' })).toContain(
      `unknown field ${isolate('"colour"')}`,
    )
  })

  test('names the scenario’s own problems inside it', () => {
    expect(problemsOf(edited((d) => (d.scenario = { version: 1, topics: [{ name: 'a' }] })))).toBe(
      'scenario.durationMs: is required (a number)',
    )
  })

  test('refuses a query of an unknown kind, or missing a field, at its path', () => {
    expect(problemsOf(edited((d) => (firstPredict(d).query = { kind: 'magic' })))).toMatch(
      /^steps\[0\]\.predict\.query(\.kind)?: must be one of/,
    )
    expect(
      problemsOf(edited((d) => (firstPredict(d).query = { kind: 'storeValue', job: 'counter_1' }))),
    ).toBe('steps[0].predict.query.key: is required (text)')
    expect(
      problemsOf(
        edited(
          (d) =>
            (firstPredict(d).query = {
              kind: 'difference',
              of: { kind: 'logEndOffset', topic: 'profiles' },
              minus: { kind: 'jobLag' },
            }),
        ),
      ),
    ).toBe('steps[0].predict.query.minus.job: is required (text)')
  })

  test('accepts every query kind', () => {
    const end = { kind: 'logEndOffset', topic: 'profiles' }
    const queries = [
      { kind: 'logStartOffset', topic: 'profiles' },
      end,
      { kind: 'cleanerCheckpoint', topic: 'profiles' },
      { kind: 'segmentCount', topic: 'profiles' },
      { kind: 'leader', topic: 'profiles' },
      { kind: 'offsetInLog', topic: 'profiles', offset: 1 },
      { kind: 'segmentOf', topic: 'profiles', offset: 1 },
      { kind: 'recordCount', topic: 'profiles', key: 'a' },
      { kind: 'latestValue', topic: 'profiles', key: 'a' },
      { kind: 'topicExists', topic: 'profiles' },
      { kind: 'consumerPosition', consumer: 'reader' },
      { kind: 'consumerReceived', consumer: 'reader' },
      { kind: 'consumerError', consumer: 'reader' },
      { kind: 'storeValue', job: 'counter_1', key: 'k1' },
      { kind: 'storeSum', job: 'counter_1' },
      { kind: 'store', job: 'counter_1' },
      { kind: 'jobPosition', job: 'counter_1', topic: 'views' },
      { kind: 'jobCheckpoint', job: 'counter_1', topic: 'views', partition: 1 },
      { kind: 'jobLag', job: 'counter_1' },
      { kind: 'jobStatus', job: 'counter_1' },
      { kind: 'jobProcessing', job: 'counter_1' },
      { kind: 'difference', of: end, minus: end },
      { kind: 'same', a: end, b: end },
      { kind: 'all', of: [{ query: end, atLeast: 1 }] },
      { kind: 'tuple', of: [end, end] },
    ]
    for (const query of queries)
      expect(problemsOf(edited((d) => (firstPredict(d).query = query))), query.kind).toBe('ok')
  })

  test('refuses choices that cannot answer: a repeat, two fallbacks, an empty condition', () => {
    expect(
      problemsOf(edited((d) => (firstPredict(d).choices = [{ text: 'No' }, { text: 'No' }]))),
    ).toBe('steps[0].predict.choices[1].text: repeats an earlier choice (and 1 more problem)')
    expect(
      problemsOf(edited((d) => (firstPredict(d).choices = [{ text: 'A' }, { text: 'B' }]))),
    ).toBe(
      'steps[0].predict.choices: only one choice may leave out "when" (the otherwise answer); 2 do',
    )
    expect(
      problemsOf(
        edited((d) => (firstPredict(d).choices = [{ text: 'A', when: {} }, { text: 'B' }])),
      ),
    ).toBe('steps[0].predict.choices[0].when: give at least one of equals, atLeast, atMost')
    expect(problemsOf(edited((d) => (firstPredict(d).choices = [{ text: 'A' }])))).toBe(
      'steps[0].predict.choices: must be at least 2 item(s)',
    )
  })

  test('refuses a query too large to be a question', () => {
    const end = { kind: 'logEndOffset', topic: 'profiles' }
    const big = { kind: 'tuple', of: Array.from({ length: 16 }, () => end) }
    expect(problemsOf(edited((d) => (firstPredict(d).query = big)))).toBe(
      'steps[0].predict.query: has 17 parts; a query may have at most 16',
    )
    let deep: unknown = end
    for (let i = 0; i < 5_000; i++) deep = { kind: 'same', a: deep, b: end }
    expect(problemsOf(edited((d) => (firstPredict(d).query = deep)))).toBe(
      'is nested more than 40 levels deep; no lesson needs that',
    )
  })

  test('refuses steps out of order, past the scenario, or asking at the last step', () => {
    expect(problemsOf(edited((d) => (d.steps[1] = { ...d.steps[1], at: 4_000 } as never)))).toBe(
      "steps[1].at: must not be before the previous step's time (5000 ms)",
    )
    expect(problemsOf(edited((d) => (d.steps[1] = { ...d.steps[1], at: 20_000 } as never)))).toBe(
      'steps[1].at: must be within the scenario (durationMs is 10000)',
    )
    expect(problemsOf(edited((d) => d.steps.pop()))).toBe(
      'steps[0].predict: the last step cannot ask: a prediction is revealed at the next step',
    )
  })

  test('refuses links to anything but https', () => {
    for (const href of ['javascript:alert`1`', 'http://example.com', '//example.com', 'data:x'])
      expect(
        problemsOf(
          edited((d) => (d.steps[1] = { ...d.steps[1], text: `see [this](${href})` } as never)),
        ),
      ).toBe(`steps[1].text: links must go to an https:// address (found ${JSON.stringify(href)})`)
  })
})

describe('a lesson over two branches', () => {
  const branchedDocument = testBranchedLessonDocument()
  /** The branched test document with `change` applied to a copy of it. */
  const editedBranched = (change: (doc: Record<string, unknown> & LessonDocument) => void) => {
    const doc = structuredClone(branchedDocument) as Record<string, unknown> & LessonDocument
    change(doc)
    return doc
  }

  test('opens on branch A’s whole scenario and keeps B’s beside it', () => {
    const result = parseLesson(branchedDocument)
    if (!result.ok) throw new Error(describeProblems(result.problems))
    const { scenario, branched } = result.value
    expect(scenario.actions.at(-1)).toMatchObject({ type: 'cleaner.run', at: 6_000 })
    expect(branched?.branches.b.name).toBe('no cleaning')
    expect(branched?.b.actions.some((action) => action.type === 'cleaner.run')).toBe(false)
    expect(branched?.scenario.actions.length).toBe(branched?.b.actions.length)
  })

  test('is lesson format 2: a version 1 lesson with branches is refused, saying so', () => {
    expect(problemsOf(editedBranched((d) => (d.version = 1)))).toBe(
      'version: a lesson over two branches is lesson format 2 or later',
    )
  })

  test('its branches pass the scenario boundary, problems named under scenario', () => {
    const early = editedBranched((d) => {
      const scenario = d.scenario as { branches: { b: { actions: unknown[] } } }
      scenario.branches.b.actions = [{ type: 'cleaner.run', at: 10 }]
    })
    expect(problemsOf(early)).toMatch(
      /^scenario\.branches\.b\.actions\[0\]\.at: is before the fork/,
    )
  })

  test('a reader names branch a or b, nothing else', () => {
    const odd = editedBranched(
      (d) => (firstPredict(d).query = { kind: 'logEndOffset', topic: 'profiles', branch: 'c' }),
    )
    expect(problemsOf(odd)).toMatch(/^steps\[0\]\.predict\.query\.branch: /)
    const named = editedBranched(
      (d) => (firstPredict(d).query = { kind: 'logEndOffset', topic: 'profiles', branch: 'b' }),
    )
    expect(problemsOf(named)).toBe('ok')
  })

  test('over one scenario, a branch or a divergence is refused where it is written', () => {
    const oneScenario = (query: unknown) => edited((d) => (firstPredict(d).query = query))
    const reader = { kind: 'logEndOffset', topic: 'profiles', branch: 'b' }
    expect(problemsOf(oneScenario(reader))).toMatch(
      /^steps\[0\]\.predict\.query\.branch: names a branch, but the lesson has one scenario/,
    )
    const nested = {
      kind: 'all',
      of: [{ query: { kind: 'tuple', of: [{ kind: 'firstDivergence' }] }, equals: [null] }],
    }
    expect(problemsOf(oneScenario(nested))).toMatch(
      /^steps\[0\]\.predict\.query\.of\[0\]\.query\.of\[0\]\.kind: asks where two branches part/,
    )
    const view = edited((d) => {
      const step = d.steps[0]
      if (step) (step as { view?: object }).view = { ...step.view, branch: 'b' }
    })
    expect(problemsOf(view)).toMatch(/^steps\[0\]\.view\.branch: names a branch/)
  })
})
