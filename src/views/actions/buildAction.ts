import type { JobInput } from '../../scenario/edit'
import type { ActionAtCursor } from '../../store/appStore'
import type { ActionKind } from './actionKind'
import {
  CLUSTER_CHOICES,
  CLUSTER_DEFAULTS,
  type ClusterActionType,
  type ClusterFields,
} from './families/clusterForm'
import { JOB_CHOICES, JOB_DEFAULTS, type JobActionType, type JobFields } from './families/jobForm'
import {
  buildLogAction,
  LOG_CHOICES,
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

/** Starting a new job: a form choice of its own, which adds a job as well as its start. */
const NEW_JOB_CHOICE = { 'job.new': 'Start a new job' } as const

/**
 * Every form choice's label. Typed over every action kind, so a kind that no family offers does
 * not compile.
 */
const CHOICE_LABELS: { readonly [K in ActionKind | FormActionType]: string } = {
  ...LOG_CHOICES,
  ...NEW_JOB_CHOICE,
  ...JOB_CHOICES,
  ...CLUSTER_CHOICES,
}

/** Whether `value` is a choice of `choices` (a family's, or the whole form's). */
function isChoiceOf<K extends string>(
  choices: { readonly [P in K]: string },
  value: string,
): value is K {
  return Object.hasOwn(choices, value)
}

/** Whether `value` (a select's) is one of the form's choices. */
export function isFormChoice(value: string): value is FormActionType {
  return isChoiceOf(CHOICE_LABELS, value)
}

export interface ActionGroup {
  readonly label: string
  readonly actions: readonly { readonly type: FormActionType; readonly label: string }[]
}

/** A family's choices as the form's select lists them. */
function listed<K extends FormActionType>(choices: { readonly [P in K]: string }) {
  return Object.keys(choices)
    .filter((type) => isChoiceOf(choices, type))
    .map((type) => ({ type, label: choices[type] }))
}

export const ACTION_GROUPS: readonly ActionGroup[] = [
  { label: 'The log', actions: listed(LOG_CHOICES) },
  { label: 'Samza jobs', actions: listed({ ...NEW_JOB_CHOICE, ...JOB_CHOICES }) },
  { label: 'The cluster', actions: listed(CLUSTER_CHOICES) },
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
  if (isChoiceOf(LOG_CHOICES, type)) return { family: 'log', type }
  if (isChoiceOf(JOB_CHOICES, type)) return { family: 'job', type }
  if (isChoiceOf(CLUSTER_CHOICES, type)) return { family: 'cluster', type }
  throw new Error(`the form has no action ${JSON.stringify(type)}`)
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
