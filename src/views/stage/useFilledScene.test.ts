/** When presenter mode's picture is scaled too far: the checks `useFilledScene` makes per scale. */
import { describe, expect, it } from 'vitest'
import { lessonTimeline, sceneAt } from '../../derive/scene/testScene'
import { tooNarrow } from './useFilledScene'

describe('tooNarrow', () => {
  // The time-retention lesson at 30 s: one lane of offsets 0–15, labels at presenter size.
  const timeline = lessonTimeline('time-retention')
  const at = (width: number) => sceneAt(timeline, 30_000, { width, labelPx: 20 })

  it('holds when a lane leaves its offsets out at a scale where a smaller one would print them', () => {
    // 330 px of a 1,000 px frame: scale 3.
    const narrow = at(330)
    // A lane prints every offset or none: never 0–9 beside a bare 10–15.
    expect(narrow.lanes[0]?.cells?.every((c) => c.offsetLabel === null)).toBe(true)
    expect(tooNarrow(narrow, 20, 3)).toBe(true)
  })

  it('does not hold for a lane too dense to print its offsets even at scale 1', () => {
    const dense = at(400)
    expect(dense.lanes[0]?.cells?.every((c) => c.offsetLabel === null)).toBe(true)
    expect(tooNarrow(dense, 20, 1)).toBe(false)
  })

  it('does not hold when every offset and label reads in full', () => {
    const wide = at(1200)
    expect(wide.lanes[0]?.cells?.every((c) => c.offsetLabel !== null)).toBe(true)
    expect(tooNarrow(wide, 20, 1)).toBe(false)
  })
})
