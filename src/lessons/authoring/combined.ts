import type { BranchSide } from '../../scenario/branches'
import type { Match, Query, Reader } from '../query/query'
import { isReader } from '../query/query'

/**
 * How a prediction written in the app is answered: one reading of the world, two readings
 * compared (the first minus the second, or whether they are the same), several readings (their
 * values together, or whether each holds its condition), or, over two branches, when the branches
 * part. These are the combined queries a teacher asks for ("A's count minus B's", "the same in
 * both plans?", "is offset 2 gone and the key still there?"); queries nested deeper stay for
 * lesson files.
 */
export type QueryShape = 'reading' | 'difference' | 'same' | 'tuple' | 'all' | 'firstDivergence'

export const QUERY_SHAPES: readonly {
  readonly shape: QueryShape
  readonly label: string
  /** Offered only when the lesson is written over two branches. */
  readonly branchesOnly: boolean
}[] = [
  { shape: 'reading', label: 'One reading of the world', branchesOnly: false },
  { shape: 'difference', label: 'First reading minus second', branchesOnly: false },
  { shape: 'same', label: 'Are two readings the same?', branchesOnly: false },
  { shape: 'tuple', label: 'Several readings together', branchesOnly: false },
  { shape: 'all', label: 'Does each of several readings hold?', branchesOnly: false },
  { shape: 'firstDivergence', label: 'When the two branches part', branchesOnly: true },
]

export function isQueryShape(shape: string): shape is QueryShape {
  return QUERY_SHAPES.some((s) => s.shape === shape)
}

/** The shape of a query, or null for one the app does not edit (readings of combined ones). */
export function shapeOf(query: Query): QueryShape | null {
  if (isReader(query)) return 'reading'
  if (query.kind === 'firstDivergence') return 'firstDivergence'
  return readingsOf(query).length > 0 ? query.kind : null
}

/** The readings a query written in the app is made of, in order; none when it has others. */
export function readingsOf(query: Query): readonly Reader[] {
  if (isReader(query)) return [query]
  const parts: readonly Query[] =
    query.kind === 'difference'
      ? [query.of, query.minus]
      : query.kind === 'same'
        ? [query.a, query.b]
        : query.kind === 'tuple'
          ? query.of
          : query.kind === 'all'
            ? query.of.map((check) => check.query)
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
 * `query` in another shape, keeping its readings (or starting from `fallback` when it has none).
 * A second reading starts as the first one in the other branch when there are two ("the same in
 * both branches?" is then one choice away), else as a copy of the first. Each reading of an `all`
 * keeps its condition, or starts with `holdsNow`'s (its value at the cursor).
 */
export function withShape(
  query: Query,
  shape: QueryShape,
  fallback: Reader,
  branched: boolean,
  holdsNow: (reader: Reader) => Match,
): Query {
  const [first = fallback, given, ...more] = readingsOf(query)
  if (shape === 'reading') return first
  if (shape === 'firstDivergence') return { kind: 'firstDivergence' }
  const second = given ?? (branched ? inBranch(first, branchOf(first) === 'a' ? 'b' : 'a') : first)
  switch (shape) {
    case 'difference':
      return { kind: 'difference', of: first, minus: second }
    case 'same':
      return { kind: 'same', a: first, b: second }
    case 'tuple':
      return { kind: 'tuple', of: [first, second, ...more] }
    case 'all':
      return {
        kind: 'all',
        of: [first, second, ...more].map((reader, i) => ({
          query: reader,
          ...(conditionOf(query, i) ?? holdsNow(reader)),
        })),
      }
  }
}

/** `query` with its reading `index` replaced (an `all` keeps its condition); else as it is. */
export function withReading(query: Query, index: number, reader: Reader): Query {
  if (isReader(query)) return index === 0 ? reader : query
  switch (query.kind) {
    case 'difference':
      return index === 0 ? { ...query, of: reader } : { ...query, minus: reader }
    case 'same':
      return index === 0 ? { ...query, a: reader } : { ...query, b: reader }
    case 'tuple':
      return { ...query, of: query.of.map((q, i) => (i === index ? reader : q)) }
    case 'all':
      return {
        ...query,
        of: query.of.map((check, i) => (i === index ? { ...check, query: reader } : check)),
      }
    case 'firstDivergence':
      return query
  }
}

/** Whether readings can be added to and removed from `query` (one of several readings). */
export function hasSeveralReadings(query: Query): boolean {
  return query.kind === 'tuple' || query.kind === 'all'
}

/** `query` with `reader` read after its others (in an `all`, holding `holds`). */
export function withReadingAdded(query: Query, reader: Reader, holds: Match): Query {
  if (query.kind === 'tuple') return { ...query, of: [...query.of, reader] }
  if (query.kind === 'all') return { ...query, of: [...query.of, { query: reader, ...holds }] }
  return query
}

/** `query` without its reading `index`; one of several readings keeps at least two. */
export function withReadingRemoved(query: Query, index: number): Query {
  if (query.kind === 'tuple' && query.of.length > 2) {
    return { ...query, of: query.of.filter((_, i) => i !== index) }
  }
  if (query.kind === 'all' && query.of.length > 2) {
    return { ...query, of: query.of.filter((_, i) => i !== index) }
  }
  return query
}

/** The condition reading `index` of an `all` must hold; undefined in any other query. */
export function conditionOf(query: Query, index: number): Match | undefined {
  if (query.kind !== 'all') return undefined
  const check = query.of[index]
  if (check === undefined) return undefined
  const { query: _reading, ...condition } = check
  return condition
}

/** An `all` with reading `index` holding `condition` instead; any other query as it is. */
export function withCondition(query: Query, index: number, condition: Match): Query {
  if (query.kind !== 'all') return query
  return {
    ...query,
    of: query.of.map((check, i) => (i === index ? { query: check.query, ...condition } : check)),
  }
}
