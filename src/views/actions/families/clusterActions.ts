import type { ActionAtCursor } from '../../../store/appStore'
import type { FormContext, MachineChoice } from '../formContext'
import { wholeNumber } from '../parseField'
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
      const broker = wholeNumber(chosenMachine(type, fields.broker, context.brokers), 'The broker')
      return typeof broker === 'string' ? broker : { type, broker }
    }
    case 'host.fail':
    case 'host.recover': {
      const host = wholeNumber(chosenMachine(type, fields.host, context.hosts), 'The host')
      return typeof host === 'string' ? host : { type, host }
    }
  }
}
