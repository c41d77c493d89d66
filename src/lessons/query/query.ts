/**
 * A prediction's answer, as data: a question put to the simulated world at the reveal. Readers
 * name one thing in the world (a partition's log start offset, a store's value for a key…); the
 * combinators compare readers. Evaluated by `evaluateQuery`, never by code a lesson brings.
 */

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

export type Query =
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
  | { readonly kind: 'difference'; readonly of: Query; readonly minus: Query }
  | { readonly kind: 'same'; readonly a: Query; readonly b: Query }
  | { readonly kind: 'all'; readonly of: readonly Check[] }
  | { readonly kind: 'tuple'; readonly of: readonly Query[] }

export type QueryKind = Query['kind']
