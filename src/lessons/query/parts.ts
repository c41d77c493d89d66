import type { Query } from './query'

/** The queries a combinator is built of; none for a reader. */
export function subQueries(query: Query): readonly Query[] {
  if (query.kind === 'difference') return [query.of, query.minus]
  if (query.kind === 'same') return [query.a, query.b]
  if (query.kind === 'all') return query.of.map((check) => check.query)
  if (query.kind === 'tuple') return query.of
  return []
}

/** Readers and combinators in a query, every nested one counted. */
export function queryParts(query: Query): number {
  return subQueries(query).reduce((sum, part) => sum + queryParts(part), 1)
}
