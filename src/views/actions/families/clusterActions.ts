import type { ActionAtCursor } from '../../../store/appStore'
import type { BuildersFor, FormContext, MachineChoice } from '../formContext'
import { schemaNumber } from '../parseField'
import { actionNumber } from '../schemaFields'
import type { ClusterActionType, ClusterFields } from './clusterForm'

/** The topic the fields name, or the selected partition's. */
export function chosenTopic(fields: ClusterFields, context: FormContext): string {
  return fields.deleteTopic === '' ? context.topic : fields.deleteTopic
}

/** The broker or host the fields name, or the first the action suits (as text, like a field). */
export function chosenMachine(
  type: ClusterActionType,
  value: string,
  machines: readonly MachineChoice[],
): string {
  if (value !== '') return value
  const wantUp = type.endsWith('.fail')
  return String((machines.find((m) => m.up === wantUp) ?? machines[0])?.id ?? 0)
}

/** The machine the fields name (or the first the action suits), read as the schema bounds it. */
function machineNumber(
  type: Exclude<ClusterActionType, 'topic.delete'>,
  kind: 'broker' | 'host',
  fields: ClusterFields,
  machines: readonly MachineChoice[],
): number | string {
  const what = kind === 'broker' ? 'The broker' : 'The host'
  return schemaNumber(chosenMachine(type, fields[kind], machines), what, actionNumber(type, kind))
}

function onBroker(type: 'broker.fail' | 'broker.recover') {
  return (fields: ClusterFields, context: FormContext): ActionAtCursor | string => {
    const broker = machineNumber(type, 'broker', fields, context.brokers)
    return typeof broker === 'string' ? broker : { type, broker }
  }
}

function onHost(type: 'host.fail' | 'host.recover') {
  return (fields: ClusterFields, context: FormContext): ActionAtCursor | string => {
    const host = machineNumber(type, 'host', fields, context.hosts)
    return typeof host === 'string' ? host : { type, host }
  }
}

const CLUSTER_BUILDERS: BuildersFor<ClusterActionType, ClusterFields> = {
  'topic.delete': (fields, context) => ({
    type: 'topic.delete',
    topic: chosenTopic(fields, context),
  }),
  'broker.fail': onBroker('broker.fail'),
  'broker.recover': onBroker('broker.recover'),
  'host.fail': onHost('host.fail'),
  'host.recover': onHost('host.recover'),
}

/** The cluster action the fields describe, or what is wrong with it. */
export function buildClusterAction(
  type: ClusterActionType,
  fields: ClusterFields,
  context: FormContext,
): ActionAtCursor | string {
  return CLUSTER_BUILDERS[type](fields, context)
}
