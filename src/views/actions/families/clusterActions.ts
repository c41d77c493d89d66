import type { ActionAtCursor } from '../../../store/appStore'
import type { ScenarioActionType } from '../../../sim'
import type { FormContext } from '../formContext'
import { wholeNumber } from '../parseField'

export interface ClusterFields {
  /** '' means the selected partition's topic. */
  readonly deleteTopic: string
  readonly broker: string
  readonly host: string
}

export const CLUSTER_DEFAULTS: ClusterFields = { deleteTopic: '', broker: '0', host: '0' }

export type ClusterActionType = Extract<
  ScenarioActionType,
  'topic.delete' | 'broker.fail' | 'broker.recover' | 'host.fail' | 'host.recover'
>

export const CLUSTER_ACTIONS: readonly { type: ClusterActionType; label: string }[] = [
  { type: 'broker.fail', label: 'Fail a broker' },
  { type: 'broker.recover', label: 'Recover a broker' },
  { type: 'host.fail', label: 'Fail a host (its containers die)' },
  { type: 'host.recover', label: 'Recover a host' },
  { type: 'topic.delete', label: 'Delete a topic (kafka-topics --delete)' },
]

/** The topic the fields name, or the selected partition's. */
export function chosenTopic(fields: ClusterFields, context: FormContext): string {
  return fields.deleteTopic === '' ? context.topic : fields.deleteTopic
}

/** The cluster action the fields describe, or what is wrong with it. */
export function buildClusterAction(
  type: ClusterActionType,
  fields: ClusterFields,
  context: FormContext,
): ActionAtCursor | string {
  switch (type) {
    case 'topic.delete':
      return { type, topic: chosenTopic(fields, context) }
    case 'broker.fail':
    case 'broker.recover': {
      const broker = wholeNumber(fields.broker, 'The broker')
      return typeof broker === 'string' ? broker : { type, broker }
    }
    case 'host.fail':
    case 'host.recover': {
      const host = wholeNumber(fields.host, 'The host')
      return typeof host === 'string' ? host : { type, host }
    }
  }
}
