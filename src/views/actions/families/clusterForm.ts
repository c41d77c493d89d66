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

/** The form's choices of this family by kind, with their labels, in menu order. */
export const CLUSTER_CHOICES: { readonly [K in ClusterActionType]: string } = {
  'broker.fail': 'Fail a broker',
  'broker.recover': 'Recover a broker',
  'host.fail': 'Fail a host (its containers die)',
  'host.recover': 'Recover a host',
  'topic.delete': 'Delete a topic (kafka-topics --delete)',
}
