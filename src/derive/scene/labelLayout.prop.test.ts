import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { labelRowHeight, layoutLabels, type LaidOutLabel } from './labelLayout'

/** Two laid-out labels overlap when they share a side and a row and their spans cross. */
function overlap(a: LaidOutLabel, b: LaidOutLabel): boolean {
  const shareRow = a.row < b.row + b.lines.length && b.row < a.row + a.lines.length
  return a.side === b.side && shareRow && a.left < b.left + b.width && b.left < a.left + a.width
}

const request = fc.record({
  markerId: fc.uuid(),
  text: fc
    .array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join(' · ')),
  x: fc.double({ min: 0, max: 1, noNaN: true }),
  side: fc.constantFrom('above' as const, 'below' as const),
})

describe('marker label layout', () => {
  test.prop([
    fc.array(request, { maxLength: 30 }),
    fc.integer({ min: 80, max: 2400 }),
    fc.integer({ min: 9, max: 32 }),
  ])('no two labels overlap and every label stays inside the lane', (requests, width, px) => {
    const placed = requests.map((r) => ({ ...r, x: r.x * width }))
    const { labels } = layoutLabels(placed, width, px)
    for (const [i, a] of labels.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0)
      expect(a.left + a.width).toBeLessThanOrEqual(width + 1e-9)
      for (const b of labels.slice(i + 1))
        expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false)
    }
  })

  test.prop([fc.array(request, { maxLength: 30 }), fc.integer({ min: 200, max: 2400 })])(
    'a label that fits sits over its marker (its box contains the marker’s x)',
    (requests, width) => {
      const placed = requests
        .filter((r) => r.text.length < 20)
        .map((r) => ({ ...r, x: r.x * width }))
      const { labels } = layoutLabels(placed, width, 12)
      for (const [i, label] of labels.entries()) {
        const x = placed[i]?.x ?? 0
        expect(x).toBeGreaterThanOrEqual(label.left - 1e-9)
        expect(x).toBeLessThanOrEqual(label.left + label.width + 1e-9)
      }
    },
  )

  test('labels that would collide stack into rows, and rows grow with the label size', () => {
    const requests = ['log start 0', 'log end 1', 'profile-reader at 1'].map((text, i) => ({
      markerId: text,
      text,
      x: 40 + i * 10,
      side: 'below' as const,
    }))
    const layout = layoutLabels(requests, 900, 12)
    expect(layout.labels.map((l) => l.row)).toEqual([0, 1, 2])
    expect(layout.rowsBelow).toBe(3)
    expect(labelRowHeight(24)).toBeGreaterThan(labelRowHeight(12))
  })

  test('a label wider than the lane wraps between its parts, each row inside the lane', () => {
    const text = 'view-counter_tiered at 5 · checkpoint -1 → resumes at 0 · archive (slower)'
    const [label] = layoutLabels([{ markerId: 'm', text, x: 50, side: 'below' }], 420, 14).labels
    expect(label?.lines).toEqual([
      'view-counter_tiered at 5',
      'checkpoint -1 → resumes at 0 · archive (slower)',
    ])
    expect(label?.text).toBe(text)
    expect((label?.left ?? 0) + (label?.width ?? Infinity)).toBeLessThanOrEqual(420)
  })

  test('a wrapped label takes as many rows as it has lines, and the next label goes past them', () => {
    const requests = [
      { markerId: 'a', text: 'page-counter_1 at 9 · checkpoint 7 · archive (slower)', x: 10 },
      { markerId: 'b', text: 'log end 9', x: 12 },
    ].map((r) => ({ ...r, side: 'below' as const }))
    const { labels, rowsBelow } = layoutLabels(requests, 300, 14)
    expect(labels[0]?.lines.length).toBe(2)
    expect(labels[1]?.row).toBe(2)
    expect(rowsBelow).toBe(3)
  })

  test('a part wider than the lane on its own is shortened with an ellipsis to fit', () => {
    const text = 'parallel-rewind-counter_2 at 123456'
    const [label] = layoutLabels([{ markerId: 'm', text, x: 50, side: 'below' }], 200, 14).labels
    expect(label?.text.endsWith('…')).toBe(true)
    expect((label?.left ?? 0) + (label?.width ?? Infinity)).toBeLessThanOrEqual(200)
  })
})
