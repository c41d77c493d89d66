import { describe, expect, test } from 'vitest'
import { layoutLabels } from './labelLayout'

describe('strip labels', () => {
  test('labels far apart share the first row; labels at the edges are pushed inwards', () => {
    expect(
      layoutLabels(
        [
          { id: 'start', text: 'log start 0', x: 0, above: false },
          { id: 'end', text: 'log end 90', x: 900, above: false },
        ],
        900,
      ),
    ).toEqual([
      { id: 'start', row: 0, anchor: 'start' },
      { id: 'end', row: 0, anchor: 'end' },
    ])
  })

  test('a label that would overlap another goes to the next row down', () => {
    const placed = layoutLabels(
      [
        { id: 'start', text: 'log start 0', x: 0, above: false },
        { id: 'end', text: 'log end 1', x: 45, above: false },
        { id: 'reader', text: 'reader at 1', x: 45, above: false },
        { id: 'checkpoint', text: 'cleaner checkpoint 1', x: 45, above: true },
      ],
      900,
    )
    expect(placed.map((p) => p.row)).toEqual([0, 1, 2, 0])
  })
})
