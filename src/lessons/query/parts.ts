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

/** Every part of a query with its path (`<at>.of.minus`, `<at>.of[1].query`…), the query first. */
export function queryPartsAt(query: Query, at: string): [Query, string][] {
  const children: [Query, string][] =
    query.kind === 'difference'
      ? [
          [query.of, `${at}.of`],
          [query.minus, `${at}.minus`],
        ]
      : query.kind === 'same'
        ? [
            [query.a, `${at}.a`],
            [query.b, `${at}.b`],
          ]
        : query.kind === 'all'
          ? query.of.map((check, i) => [check.query, `${at}.of[${i}].query`])
          : query.kind === 'tuple'
            ? query.of.map((part, i) => [part, `${at}.of[${i}]`])
            : []
  return [[query, at], ...children.flatMap(([part, path]) => queryPartsAt(part, path))]
}
