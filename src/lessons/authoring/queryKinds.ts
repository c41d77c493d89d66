import type { Query, QueryKind, Reader, ReaderKind } from '../query/query'

/** What a reader query can be asked about; combinators (difference, all…) are for files. */
export type QueryParam = 'topic' | 'partition' | 'offset' | 'key' | 'consumer' | 'job'

export type { ReaderKind } from '../query/query'

export interface QueryParams {
  readonly topic: string
  readonly partition: number
  readonly offset: number
  readonly key: string
  readonly consumer: string
  readonly job: string
}

const PARTITION: readonly QueryParam[] = ['topic', 'partition']
const JOB_INPUT: readonly QueryParam[] = ['job', 'topic', 'partition']

/** Every reader a prediction can ask, in words, with what it needs. */
export const QUERY_KINDS: readonly {
  readonly kind: ReaderKind
  readonly label: string
  readonly params: readonly QueryParam[]
}[] = [
  { kind: 'logStartOffset', label: 'Log start offset of a partition', params: PARTITION },
  { kind: 'logEndOffset', label: 'Log end offset of a partition', params: PARTITION },
  { kind: 'cleanerCheckpoint', label: 'Cleaner checkpoint of a partition', params: PARTITION },
  { kind: 'segmentCount', label: 'Number of segments of a partition', params: PARTITION },
  { kind: 'leader', label: 'Leader broker of a partition', params: PARTITION },
  {
    kind: 'offsetInLog',
    label: 'Is an offset still in the log?',
    params: [...PARTITION, 'offset'],
  },
  {
    kind: 'segmentOf',
    label: 'Base offset of the segment holding an offset',
    params: [...PARTITION, 'offset'],
  },
  {
    kind: 'recordCount',
    label: 'Number of records (of a key) in a partition',
    params: [...PARTITION, 'key'],
  },
  {
    kind: 'latestValue',
    label: 'Latest value of a key in a partition',
    params: [...PARTITION, 'key'],
  },
  { kind: 'topicExists', label: 'Does a topic exist?', params: ['topic'] },
  { kind: 'consumerPosition', label: "A consumer's position", params: ['consumer'] },
  { kind: 'consumerReceived', label: 'Records a consumer received', params: ['consumer'] },
  { kind: 'consumerError', label: "A consumer's last error", params: ['consumer'] },
  { kind: 'storeValue', label: "A job's store value for a key", params: ['job', 'key'] },
  { kind: 'storeSum', label: "Sum of a job's store values", params: ['job'] },
  { kind: 'store', label: "A job's whole store", params: ['job'] },
  { kind: 'jobPosition', label: "A job's position in an input", params: JOB_INPUT },
  { kind: 'jobCheckpoint', label: "A job's checkpoint in an input", params: JOB_INPUT },
  { kind: 'jobLag', label: "A job's total lag", params: ['job'] },
  { kind: 'jobStatus', label: "A job's status", params: ['job'] },
  { kind: 'jobProcessing', label: 'Is a job processing?', params: ['job'] },
]

export function paramsOfKind(kind: QueryKind): readonly QueryParam[] {
  return QUERY_KINDS.find((k) => k.kind === kind)?.params ?? []
}

/**
 * The query of `kind` with the parameters it takes from `params`. A record count with no key
 * counts every key. The lesson schema checks the result when the lesson is previewed or saved.
 */
export function buildQuery(kind: ReaderKind, params: QueryParams): Reader {
  const fields: Record<string, string | number> = { kind }
  for (const param of paramsOfKind(kind)) {
    if (kind === 'recordCount' && param === 'key' && params.key === '') continue
    fields[param] = params[param]
  }
  // The fields are exactly those `paramsOfKind` lists for this kind, which match its type.
  return fields as unknown as Reader
}

/** The parameters a query was built with, the rest taken from `defaults`. */
export function paramsOfQuery(query: Query, defaults: QueryParams): QueryParams {
  const given = query as Partial<Record<QueryParam, string | number>>
  const text = (param: 'topic' | 'key' | 'consumer' | 'job'): string => {
    const value = given[param]
    return typeof value === 'string' ? value : defaults[param]
  }
  const number = (param: 'partition' | 'offset'): number => {
    const value = given[param]
    return typeof value === 'number' ? value : defaults[param]
  }
  return {
    topic: text('topic'),
    partition: number('partition'),
    offset: number('offset'),
    key: text('key'),
    consumer: text('consumer'),
    job: text('job'),
  }
}

export function isReaderKind(kind: string): kind is ReaderKind {
  return QUERY_KINDS.some((k) => k.kind === kind)
}
