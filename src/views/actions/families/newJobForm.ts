import type { OffsetDefault, OutputGuard, ProcessorSpec } from '../../../sim'

/** A new job's job.properties, as typed. */
export interface NewJobFields {
  readonly name: string
  readonly id: string
  readonly processor: ProcessorSpec['type']
  /** The enrich processor's table topic. */
  readonly table: string
  /** `task.inputs`, comma-separated. */
  readonly inputs: string
  readonly store: string
  /** '' for a store without a changelog. */
  readonly changelog: string
  /** '' for a job that sends nothing. */
  readonly output: string
  readonly offsetDefault: OffsetDefault
  readonly resetOffset: boolean
  readonly commitMs: string
  readonly containers: string
  readonly processingRate: string
  readonly restoreRate: string
  readonly outputGuard: OutputGuard
  readonly hostAffinity: boolean
}

export const NEW_JOB_DEFAULTS: NewJobFields = {
  name: 'my-job',
  id: '1',
  processor: 'count',
  table: '',
  inputs: '',
  store: 'store',
  changelog: 'my-job-changelog',
  output: 'my-job-output',
  offsetDefault: 'upcoming',
  resetOffset: false,
  commitMs: '60000',
  containers: '1',
  processingRate: '1000',
  restoreRate: '5000',
  outputGuard: 'none',
  hostAffinity: false,
}
