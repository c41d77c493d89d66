import type { OffsetDefault, OutputGuard, ProcessorSpec } from '../../../sim'
import { jobDefault } from '../schemaFields'

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

/** A job named my-job reading nothing yet, with every setting at the scenario format's default. */
export const NEW_JOB_DEFAULTS: NewJobFields = {
  name: 'my-job',
  id: jobDefault('job.id'),
  processor: 'count',
  table: '',
  inputs: '',
  store: jobDefault('store'),
  changelog: 'my-job-changelog',
  output: 'my-job-output',
  offsetDefault: jobDefault('samza.offset.default'),
  resetOffset: jobDefault('samza.reset.offset'),
  commitMs: String(jobDefault('task.commit.ms')),
  containers: String(jobDefault('job.container.count')),
  processingRate: String(jobDefault('processingRate')),
  restoreRate: String(jobDefault('restoreRate')),
  outputGuard: jobDefault('outputGuard'),
  hostAffinity: jobDefault('job.host-affinity.enabled'),
}
