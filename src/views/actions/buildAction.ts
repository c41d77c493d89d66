import type { JobInput } from '../../scenario/edit'
import type { ActionAtCursor } from '../../store/appStore'
import {
  CLUSTER_ACTIONS,
  CLUSTER_DEFAULTS,
  type ClusterActionType,
  type ClusterFields,
} from './families/clusterForm'
import { JOB_ACTIONS, JOB_DEFAULTS, type JobActionType, type JobFields } from './families/jobForm'
import {
  buildLogAction,
  LOG_ACTIONS,
  LOG_DEFAULTS,
  type LogActionType,
  type LogFields,
} from './families/logActions'
import { NEW_JOB_DEFAULTS, type NewJobFields } from './families/newJobForm'
import type { FormContext } from './formContext'

/** Every choice of the action form, by family. */
export type FormActionType = LogActionType | JobActionType | 'job.new' | ClusterActionType

/** The whole form as typed; each family's fields component reads and changes its own part. */
export interface ActionFields extends LogFields, JobFields, ClusterFields {
  readonly newJob: NewJobFields
}

export const EMPTY_FIELDS: ActionFields = {
  ...LOG_DEFAULTS,
  ...JOB_DEFAULTS,
  ...CLUSTER_DEFAULTS,
  newJob: NEW_JOB_DEFAULTS,
}

export interface ActionGroup {
  readonly label: string
  readonly actions: readonly { readonly type: FormActionType; readonly label: string }[]
}

export const ACTION_GROUPS: readonly ActionGroup[] = [
  { label: 'The log', actions: LOG_ACTIONS },
  {
    label: 'Samza jobs',
    actions: [{ type: 'job.new', label: 'Start a new job' }, ...JOB_ACTIONS],
  },
  { label: 'The cluster', actions: CLUSTER_ACTIONS },
]

/** What submitting the form does: one action at the cursor, or a new job started there. */
export type FormOutcome =
  | { readonly kind: 'action'; readonly action: ActionAtCursor }
  | { readonly kind: 'new job'; readonly job: JobInput }

/** The chosen action with its family, which decides its fields and how it is built. */
export type FamilyChoice =
  | { readonly family: 'new job' }
  | { readonly family: 'log'; readonly type: LogActionType }
  | { readonly family: 'job'; readonly type: JobActionType }
  | { readonly family: 'cluster'; readonly type: ClusterActionType }

export function familyOf(type: FormActionType): FamilyChoice {
  if (type === 'job.new') return { family: 'new job' }
  const log = LOG_ACTIONS.find((a) => a.type === type)
  if (log) return { family: 'log', type: log.type }
  const job = JOB_ACTIONS.find((a) => a.type === type)
  if (job) return { family: 'job', type: job.type }
  const cluster = CLUSTER_ACTIONS.find((a) => a.type === type)
  if (cluster) return { family: 'cluster', type: cluster.type }
  throw new Error(`the form has no action ${type}`)
}

function asOutcome(action: ActionAtCursor | string): FormOutcome | string {
  return typeof action === 'string' ? action : { kind: 'action', action }
}

/**
 * What the form describes at the cursor, or what is wrong with it. The job and cluster builders
 * load on first use: most sessions only act on the log.
 */
export async function buildAction(
  type: FormActionType,
  fields: ActionFields,
  context: FormContext,
): Promise<FormOutcome | string> {
  const choice = familyOf(type)
  switch (choice.family) {
    case 'new job': {
      const { buildNewJob } = await import('./families/newJob')
      const job = buildNewJob(fields.newJob)
      return typeof job === 'string' ? job : { kind: 'new job', job }
    }
    case 'log':
      return asOutcome(buildLogAction(choice.type, fields, context))
    case 'job': {
      const { buildJobAction } = await import('./families/jobActions')
      return asOutcome(buildJobAction(choice.type, fields, context))
    }
    case 'cluster': {
      const { buildClusterAction } = await import('./families/clusterActions')
      return asOutcome(buildClusterAction(choice.type, fields, context))
    }
  }
}
