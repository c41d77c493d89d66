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
