import type { ScenarioActionType } from '../../../sim'

export interface ClusterFields {
  /** '' means the selected partition's topic. */
  readonly deleteTopic: string
  /** '' means the first broker (or host) the action suits: an up one to fail, a down one to recover. */
  readonly broker: string
  readonly host: string
}

export const CLUSTER_DEFAULTS: ClusterFields = { deleteTopic: '', broker: '', host: '' }

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
