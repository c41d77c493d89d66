/** For tests: a small valid lesson document over the query tests' scenario. */
import { QUERY_TEST_SCENARIO } from '../query/testWorld'
import type { LessonDocument } from './schema'

export function testLessonDocument(): LessonDocument {
  return {
    kind: 'lesson',
    version: 1,
    id: 'my-lesson',
    title: 'My lesson',
    summary: 'A compacted topic loses an old value.',
    minutes: 5,
    scenario: QUERY_TEST_SCENARIO,
    steps: [
      {
        at: 5_000,
        title: 'Before cleaning',
        text: 'a is written **twice**: see `profiles`.\n\nMore in [the docs](https://kafka.apache.org/documentation/).',
        view: { topic: 'profiles', partition: 0, inspectOffset: 0, panel: 'log' },
        predict: {
          question: 'Is offset 0 still there after the cleaner runs?',
          query: { kind: 'offsetInLog', topic: 'profiles', offset: 0 },
          choices: [{ text: 'Yes', when: { equals: true } }, { text: 'No' }],
          lookAt: 'The first cell of the strip.',
        },
      },
      { at: 7_000, title: 'After cleaning', text: 'Only the latest value of a is left.' },
    ],
  }
}

/**
 * The test document over two branches of the same scenario, parting at 5.5 s: A keeps the
 * cleaner pass at 6 s, B ("no cleaning") does not run it. Its first step asks where they part.
 */
export function testBranchedLessonDocument(): LessonDocument {
  const base = testLessonDocument()
  const actions = QUERY_TEST_SCENARIO.actions ?? []
  const steps = base.steps.map((step, i) =>
    i === 0 && step.predict
      ? {
          ...step,
          predict: {
            ...step.predict,
            question: 'When do the two branches part?',
            query: { kind: 'firstDivergence' as const },
            choices: [{ text: 'At 6 s', when: { equals: 6_000 } }, { text: 'Not yet' }],
          },
        }
      : step,
  )
  return {
    ...base,
    version: 2,
    scenario: {
      ...QUERY_TEST_SCENARIO,
      actions: actions.filter((action) => action.at <= 5_500),
      branches: {
        forkAtMs: 5_500,
        a: { name: 'cleaned', actions: actions.filter((action) => action.at > 5_500) },
        b: { name: 'no cleaning', actions: [] },
      },
    },
    steps,
  }
}
