import type { OffsetDefault } from '../../../sim'

/** Settings a (re)start may change; '' keeps the job's current value. */
export interface RestartFields {
  readonly offsetDefault: '' | OffsetDefault
  readonly resetOffset: '' | 'true' | 'false'
  readonly changelog: string
  readonly output: string
  readonly processingRate: string
  readonly commitMs: string
  readonly hostAffinity: '' | 'true' | 'false'
}

/** What `job.host-affinity.enabled` does, said beside the control in both job forms. */
export const HOST_AFFINITY_HELP =
  'A restarted container asks YARN for the host it last ran on, reopens the store copy its last commit left there and replays only the changelog after that copy’s OFFSET; on another host, or after its host failed, it replays the whole changelog.'

export interface JobFields {
  /** `<job.name>_<job.id>`; '' means the scenario's first job. */
  readonly job: string
  readonly container: string
  /** After a crash: the cluster's restart delay, another delay, or no restart (the job fails). */
  readonly crashRestart: 'cluster' | 'after' | 'never'
  readonly crashRestartMs: string
  readonly checkpointBy: 'offset' | 'timestamp'
  /** Last processed offset per input partition, keyed `topic-partition`; missing means -1. */
  readonly checkpointOffsets: Readonly<Record<string, string>>
  readonly checkpointTime: string
  readonly restart: RestartFields
}

export const JOB_DEFAULTS: JobFields = {
  job: '',
  container: '0',
  crashRestart: 'cluster',
  crashRestartMs: '1000',
  checkpointBy: 'offset',
  checkpointOffsets: {},
  checkpointTime: '0',
  restart: {
    offsetDefault: '',
    resetOffset: '',
    changelog: '',
    output: '',
    processingRate: '',
    commitMs: '',
    hostAffinity: '',
  },
}

/** Form choices acting on an existing job; "rename the changelog" is a restart with a new one. */
export type JobActionType =
  | 'job.start'
  | 'job.stop'
  | 'job.crash'
  | 'job.decommission'
  | 'checkpoint.write'
  | 'changelog.rename'

/** The form's choices of this family by kind, with their labels, in menu order. */
export const JOB_CHOICES: { readonly [K in JobActionType]: string } = {
  'job.start': 'Start a stopped job (run-app.sh)',
  'job.stop': 'Stop a job (kill-yarn-job.sh)',
  'job.crash': 'Crash a container',
  'checkpoint.write': 'Edit a checkpoint (CheckpointTool)',
  'changelog.rename': 'Restart with a renamed changelog',
  'job.decommission': 'Decommission (stop, delete checkpoint and changelog)',
}
