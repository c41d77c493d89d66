import { describe, expect, test } from 'vitest'
import { appLessonWorlds } from './lessonWorlds'
import { guessMatched, revealAt } from './reveal'
import { TEST_LESSONS } from './testLessons'

const [compaction, retention] = TEST_LESSONS as [
  (typeof TEST_LESSONS)[number],
  (typeof TEST_LESSONS)[number],
]

function simulated(lesson: typeof compaction) {
  return appLessonWorlds(lesson)
}

describe('revealing a prediction', () => {
  test('only the step after a prediction reveals it', () => {
    const worldAt = simulated(compaction)
    expect(revealAt(compaction, 0, {}, worldAt)).toBeNull()
    expect(revealAt(compaction, 1, {}, worldAt)).toBeNull()
    expect(revealAt(compaction, 2, {}, worldAt)).not.toBeNull()
  })

  test("the answer is the simulated world's at the next step's time, not the lesson text's", () => {
    const asked: number[] = []
    const reveal = revealAt(retention, 1, {}, (t) => {
      asked.push(t)
      return simulated(retention)(t)
    })
    expect(asked).toEqual([120_000])
    const partition = simulated(retention)(120_000).a.topics.find((t) => t.name === 'page-views')!
      .partitions[0]!
    expect(reveal?.answer).toBe(partition.logStartOffset > 0 ? 'No' : 'Yes')
  })

  test('a guess matches only when it is the simulated answer', () => {
    const worldAt = simulated(retention)
    const answer = revealAt(retention, 1, {}, worldAt)!.answer!
    const other = retention.steps[0]!.predict!.choices.find((c) => c.text !== answer)!.text
    const right = revealAt(retention, 1, { 0: answer }, worldAt)!
    const wrong = revealAt(retention, 1, { 0: other }, worldAt)!
    const none = revealAt(retention, 1, {}, worldAt)!
    expect([guessMatched(right), guessMatched(wrong), guessMatched(none)]).toEqual([
      true,
      false,
      false,
    ])
    expect(none.guess).toBeNull()
    expect(right.lookAt).toBe(retention.steps[0]!.predict!.lookAt)
  })
})
