import type { ActionAtCursor } from '../../../store/appStore'
import type { FormContext } from '../formContext'
import { wholeNumber } from '../parseField'
import type { ClusterActionType, ClusterFields } from './clusterForm'

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
