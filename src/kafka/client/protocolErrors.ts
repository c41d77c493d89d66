import { KafkaProtocolError } from './types'

interface WithApiId {
  readonly apiId?: unknown
  readonly message?: unknown
  readonly serverErrorMessage?: unknown
  readonly errors?: unknown
}

/**
 * The first Kafka protocol error inside what the client threw (its errors come wrapped in an
 * AggregateError per request), as a KafkaProtocolError; anything else is returned unchanged.
 */
export function protocolErrorOf(error: unknown): unknown {
  const found = findApiId(error, 0)
  if (found === null) return error
  return new KafkaProtocolError(found.id, found.message)
}

function findApiId(error: unknown, depth: number): { id: string; message: string } | null {
  if (typeof error !== 'object' || error === null || depth > 4) return null
  const e = error as WithApiId
  if (typeof e.apiId === 'string') {
    const detail = typeof e.serverErrorMessage === 'string' ? `: ${e.serverErrorMessage}` : ''
    return { id: e.apiId, message: `${e.apiId}${detail}` }
  }
  if (Array.isArray(e.errors)) {
    for (const inner of e.errors) {
      const found = findApiId(inner, depth + 1)
      if (found) return found
    }
  }
  return null
}
