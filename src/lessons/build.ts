import type { ScenarioInput } from '../scenario/schema'

export type ScenarioAction = NonNullable<ScenarioInput['actions']>[number]

/** Scripted records, one produce (one batch) per second from `startMs`: easy to read in class. */
export function producedEverySecond(
  topic: string,
  startMs: number,
  records: readonly (readonly [string, string | null])[],
): ScenarioAction[] {
  return records.map(([key, value], i) => ({
    type: 'produce',
    at: startMs + i * 1_000,
    topic,
    records: [{ key, value }],
  }))
}

type ProducerInput = NonNullable<ScenarioInput['producers']>[number]

/** The web frontend of the job lessons: views of `pages` pages in turn, into page-views. */
export function pageViewsProducer(options: {
  recordsPerSecond: number
  pages: number
  stopMs?: number
}): ProducerInput {
  return {
    name: 'web',
    topic: 'page-views',
    recordsPerSecond: options.recordsPerSecond,
    ...(options.stopMs === undefined ? {} : { stopMs: options.stopMs }),
    keys: { count: options.pages, prefix: 'page-', pick: 'sequential' },
  }
}

type JobInput = NonNullable<ScenarioInput['jobs']>[number]

/** page-counter, the job of the job lessons: counts views per page; `settings` complete it. */
export function pageCounter(
  settings: Omit<JobInput, 'job.name' | 'processor' | 'inputs'>,
): JobInput {
  return {
    'job.name': 'page-counter',
    processor: { type: 'count' },
    inputs: ['page-views'],
    store: 'counts',
    ...settings,
  }
}
