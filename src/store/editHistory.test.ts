import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  emptyHistory,
  historyToRedo,
  historyToUndo,
  recordEdit,
  redoEdit,
  redoLabel,
  undoEdit,
  undoLabel,
  type EditHistory,
} from './editHistory'

/** Applies `values` as edits one after another, starting from `start`. */
function editAll(start: number, values: readonly number[], limit?: number) {
  let history: EditHistory<number> = emptyHistory()
  let current = start
  for (const value of values) {
    history = recordEdit(history, current, `set ${value}`, limit)
    current = value
  }
  return { history, current }
}

describe('the edit history', () => {
  test('undo goes back through every edit in reverse, redo forwards again', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer(), { maxLength: 30 }), (start, values) => {
        let { history, current } = editAll(start, values)
        const seenBackwards: number[] = []
        for (let step = undoEdit(history, current); step; step = undoEdit(history, current)) {
          ;({ history, value: current } = step)
          seenBackwards.push(current)
        }
        expect(seenBackwards).toEqual([start, ...values].slice(0, -1).reverse())
        expect(current).toBe(start)
        const seenForwards: number[] = []
        for (let step = redoEdit(history, current); step; step = redoEdit(history, current)) {
          ;({ history, value: current } = step)
          seenForwards.push(current)
        }
        expect(seenForwards).toEqual(values)
      }),
    )
  })

  test('a new edit after an undo clears what could be redone', () => {
    const { history, current } = editAll(0, [1, 2])
    const undone = undoEdit(history, current)!
    expect(redoLabel(undone.history)).toBe('set 2')
    const edited = recordEdit(undone.history, undone.value, 'set 9')
    expect(edited.future).toEqual([])
    expect(redoEdit(edited, 9)).toBeNull()
    expect(undoLabel(edited)).toBe('set 9')
  })

  test('the history keeps only the newest edits up to its limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (values, limit) => {
          let { history, current } = editAll(-1, values, limit)
          expect(history.past.length).toBe(Math.min(values.length, limit))
          for (let step = undoEdit(history, current); step; step = undoEdit(history, current))
            ({ history, value: current } = step)
          // The oldest value still reachable is the one before the oldest edit kept.
          const oldestKept = values.length - Math.min(values.length, limit)
          expect(current).toBe([-1, ...values][oldestKept])
        },
      ),
    )
  })

  test('labels name the edit undo or redo would act on; an empty history has none', () => {
    const empty = emptyHistory<number>()
    expect([undoLabel(empty), redoLabel(empty)]).toEqual([null, null])
    expect(undoEdit(empty, 0)).toBeNull()
    const { history } = editAll(0, [5])
    expect(undoLabel(history)).toBe('set 5')
  })

  test('a later edit in any history is ordered after an earlier one', () => {
    const first = recordEdit(emptyHistory<string>(), 'a', 'first')
    const second = recordEdit(emptyHistory<number>(), 1, 'second')
    expect(second.past[0]!.order).toBeGreaterThan(first.past[0]!.order)
  })
})

describe('several histories under one pair of keys', () => {
  test('undo takes back the newest edit of any of them; redo makes the last undone again', () => {
    let scenario = recordEdit(emptyHistory<string>(), 'start', 'scenario edit')
    let lesson = recordEdit(emptyHistory<string>(), 'draft', 'lesson edit')
    expect(historyToUndo([scenario, lesson])).toBe(1)
    lesson = undoEdit(lesson, 'draft 2')!.history
    expect(historyToUndo([scenario, lesson])).toBe(0)
    scenario = undoEdit(scenario, 'edited')!.history
    expect(historyToUndo([scenario, lesson])).toBe(-1)
    // The scenario edit was undone last, so it is redone first.
    expect(historyToRedo([scenario, lesson])).toBe(0)
    scenario = redoEdit(scenario, 'start')!.history
    expect(historyToRedo([scenario, lesson])).toBe(1)
    expect(historyToRedo([emptyHistory(), emptyHistory()])).toBe(-1)
  })
})
