/**
 * A prediction's answer, as data: a question put to the simulated world at the reveal. Readers
 * name one thing in the world (a partition's log start offset, a store's value for a key…); the
 * combinators compare readers. Evaluated by `evaluateQuery`, never by code a lesson brings.
 */

import type { BranchSide } from '../../scenario/branches'

/** What a query gives: a number, a string, a yes/no, nothing (`null`), or a list of these. */
export type QueryValue = number | string | boolean | null | readonly QueryValue[]

interface PartitionRef {
  readonly topic: string
  readonly partition: number
}

interface JobInputRef extends PartitionRef {
  /** The job's YARN application name, `<job.name>_<job.id>`. */
  readonly job: string
}

/** A condition on a query's value: every bound given must hold. */
export interface Match {
  readonly equals?: QueryValue | undefined
  readonly atLeast?: number | undefined
  readonly atMost?: number | undefined
}

/** One condition of an `all` query. */
export interface Check extends Match {
  readonly query: Query
}

/**
 * A query that names one thing in one world: in a lesson over two branches, the branch's world it
 * reads (`branch`, A when left out).
 */
export type Reader = (
  | ({ readonly kind: 'logStartOffset' } & PartitionRef)
  | ({ readonly kind: 'logEndOffset' } & PartitionRef)
  | ({ readonly kind: 'cleanerCheckpoint' } & PartitionRef)
  | ({ readonly kind: 'segmentCount' } & PartitionRef)
  | ({ readonly kind: 'leader' } & PartitionRef)
  | ({ readonly kind: 'offsetInLog'; readonly offset: number } & PartitionRef)
  | ({ readonly kind: 'segmentOf'; readonly offset: number } & PartitionRef)
  | {
      readonly kind: 'recordCount'
      readonly topic: string
      /** Every partition when left out. */
      readonly partition?: number | undefined
      /** Every key when left out. */
      readonly key?: string | undefined
    }
  | ({ readonly kind: 'latestValue'; readonly key: string } & PartitionRef)
  | { readonly kind: 'topicExists'; readonly topic: string }
  | { readonly kind: 'consumerPosition'; readonly consumer: string }
  | { readonly kind: 'consumerReceived'; readonly consumer: string }
  | { readonly kind: 'consumerError'; readonly consumer: string }
  | { readonly kind: 'storeValue'; readonly job: string; readonly key: string }
  | { readonly kind: 'storeSum'; readonly job: string }
  | { readonly kind: 'store'; readonly job: string }
  | ({ readonly kind: 'jobPosition' } & JobInputRef)
  | ({ readonly kind: 'jobCheckpoint' } & JobInputRef)
  | { readonly kind: 'jobLag'; readonly job: string }
  | { readonly kind: 'jobStatus'; readonly job: string }
  | { readonly kind: 'jobProcessing'; readonly job: string }
) & { readonly branch?: BranchSide | undefined }

export type Query =
  | Reader
  /** When the two branches' runs first differ (ms), up to the reveal; `null` while they are one. */
  | { readonly kind: 'firstDivergence' }
  | { readonly kind: 'difference'; readonly of: Query; readonly minus: Query }
  | { readonly kind: 'same'; readonly a: Query; readonly b: Query }
  | { readonly kind: 'all'; readonly of: readonly Check[] }
  | { readonly kind: 'tuple'; readonly of: readonly Query[] }

export type QueryKind = Query['kind']
export type ReaderKind = Reader['kind']

/** The queries that read no single world: they combine others, or compare the two branches. */
const NOT_READERS: ReadonlySet<QueryKind> = new Set([
  'firstDivergence',
  'difference',
  'same',
  'all',
  'tuple',
] satisfies Exclude<QueryKind, ReaderKind>[])

export function isReader(query: Query): query is Reader {
  return !NOT_READERS.has(query.kind)
}
