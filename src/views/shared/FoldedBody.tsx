import { useState, type ReactNode } from 'react'
import { FOLDED_ROWS, foldRows } from './foldRows'
import './foldedBody.css'

interface Props<T> {
  readonly rows: readonly T[]
  /** Rows shown even when folded away (a key changed at this moment). */
  readonly kept?: (row: T) => boolean
  /** The table's column count, for the row that says what is folded away. */
  readonly columns: number
  /** What a row is, in the plural: "keys". */
  readonly noun: string
  readonly children: (row: T) => ReactNode
}

const NONE_KEPT = (): boolean => false

/**
 * A table body that shows its first rows (and those `kept`) with a last row saying how many more
 * there are and a button to show them all, and back.
 */
export function FoldedBody<T>({ rows, kept = NONE_KEPT, columns, noun, children }: Props<T>) {
  const [unfolded, setUnfolded] = useState(false)
  const { shown, hidden } = unfolded
    ? { shown: rows, hidden: 0 }
    : foldRows(rows, FOLDED_ROWS, kept)
  const foldable = unfolded ? rows.length > FOLDED_ROWS : hidden > 0
  return (
    <tbody>
      {shown.map(children)}
      {foldable && (
        <tr className="folded-body__more">
          <td colSpan={columns}>
            {unfolded ? (
              `All ${String(rows.length)} ${noun}. `
            ) : (
              <>
                {String(hidden)} more {noun} not shown.{' '}
              </>
            )}
            <button
              type="button"
              className="button"
              onClick={() => {
                setUnfolded(!unfolded)
              }}
            >
              {unfolded
                ? `Show the first ${String(FOLDED_ROWS)} only`
                : `Show all ${String(rows.length)}`}
            </button>
          </td>
        </tr>
      )}
    </tbody>
  )
}
