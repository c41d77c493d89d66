/** When presenter mode's picture is scaled too far: the checks `useFilledScene` makes per scale. */
import { describe, expect, it } from 'vitest'
import { lessonTimeline, sceneAt } from '../../derive/scene/testScene'
import { tooNarrow } from './useFilledScene'

describe('tooNarrow', () => {
  // The time-retention lesson at 30 s: one lane of offsets 0–15, labels at presenter size.
  const timeline = lessonTimeline('time-retention')
  const at = (width: number) => sceneAt(timeline, 30_000, { width, labelPx: 20 })

  it('holds when a lane prints its one-digit offsets but not its two-digit ones', () => {
    const narrow = at(330)
    const cells = narrow.lanes[0]?.cells ?? []
    expect(cells.find((c) => c.offset === 9)?.offsetLabel).toBe('9')
    expect(cells.find((c) => c.offset === 10)?.offsetLabel).toBeNull()
    expect(tooNarrow(narrow, 20)).toBe(true)
  })

  it('does not hold when every offset and label reads in full', () => {
    const wide = at(1200)
    expect(wide.lanes[0]?.cells?.every((c) => c.offsetLabel !== null)).toBe(true)
    expect(tooNarrow(wide, 20)).toBe(false)
  })
})
