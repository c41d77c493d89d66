import type { BranchSide } from '../../scenario/branches'
import type { Query, Reader } from '../query/query'
import { isReader } from '../query/query'

/**
 * How a prediction written in the app is answered: one reading of the world, or two readings
 * compared (the first minus the second, or whether they are the same), or, over two branches,
 * when the branches part. These are the combined queries a teacher asks for ("A's count minus
 * B's", "the same in both plans?"); `all` and `tuple` stay for lesson files.
 */
export type QueryShape = 'reading' | 'difference' | 'same' | 'firstDivergence'

export const QUERY_SHAPES: readonly {
  readonly shape: QueryShape
  readonly label: string
  /** Offered only when the lesson is written over two branches. */
  readonly branchesOnly: boolean
}[] = [
  { shape: 'reading', label: 'One reading of the world', branchesOnly: false },
  { shape: 'difference', label: 'First reading minus second', branchesOnly: false },
  { shape: 'same', label: 'Are two readings the same?', branchesOnly: false },
  { shape: 'firstDivergence', label: 'When the two branches part', branchesOnly: true },
]

export function isQueryShape(shape: string): shape is QueryShape {
  return QUERY_SHAPES.some((s) => s.shape === shape)
}

/** The shape of a query, or null for one the app does not edit (`all`, `tuple`, nested ones). */
export function shapeOf(query: Query): QueryShape | null {
  if (isReader(query)) return 'reading'
  if (query.kind === 'firstDivergence') return 'firstDivergence'
  if (query.kind === 'difference' || query.kind === 'same') {
    return readingsOf(query).length === 2 ? query.kind : null
  }
  return null
}

/** The readings a query written in the app is made of: one, two, or none. */
export function readingsOf(query: Query): readonly Reader[] {
  if (isReader(query)) return [query]
  const parts =
    query.kind === 'difference'
      ? [query.of, query.minus]
      : query.kind === 'same'
        ? [query.a, query.b]
        : []
  return parts.every(isReader) ? parts : []
}

/** The reader reading branch `side`'s world (A is the default, so it is left out). */
export function inBranch(reader: Reader, side: BranchSide): Reader {
  const { branch: _old, ...rest } = reader
  return side === 'b' ? { ...rest, branch: 'b' } : rest
}

/** The branch a reader reads. */
export function branchOf(reader: Reader): BranchSide {
  return reader.branch ?? 'a'
}

/**
 * `query` in another shape, keeping its first reading (or `fallback` when it has none). A second
 * reading starts as the first one in the other branch when there are two ("the same in both
 * branches?" is then one choice away), else as a copy of the first.
 */
export function withShape(
  query: Query,
  shape: QueryShape,
  fallback: Reader,
  branched: boolean,
): Query {
  const [first = fallback, given] = readingsOf(query)
  if (shape === 'reading') return first
  if (shape === 'firstDivergence') return { kind: 'firstDivergence' }
  const second = given ?? (branched ? inBranch(first, branchOf(first) === 'a' ? 'b' : 'a') : first)
  return shape === 'difference'
    ? { kind: 'difference', of: first, minus: second }
    : { kind: 'same', a: first, b: second }
}

/** `query` with its reading `index` (0 or 1) replaced; a query without it is returned as it is. */
export function withReading(query: Query, index: number, reader: Reader): Query {
  if (isReader(query)) return index === 0 ? reader : query
  if (query.kind === 'difference') {
    return index === 0 ? { ...query, of: reader } : { ...query, minus: reader }
  }
  if (query.kind === 'same') return index === 0 ? { ...query, a: reader } : { ...query, b: reader }
  return query
}
