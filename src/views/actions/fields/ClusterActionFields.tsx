import { chosenMachine, chosenTopic } from '../families/clusterActions'
import type { ClusterActionType, ClusterFields } from '../families/clusterForm'
import type { FormContext, MachineChoice } from '../formContext'
import { plainOptions, SelectField } from './inputs'

interface Props {
  readonly type: ClusterActionType
  readonly fields: ClusterFields
  readonly context: FormContext
  readonly onChange: (change: Partial<ClusterFields>) => void
}

function machineOptions(kind: string, machines: readonly MachineChoice[]) {
  return machines.map((m) => ({
    value: String(m.id),
    label: `${kind} ${m.id} (${m.up ? 'up' : 'down'})`,
  }))
}

/** Which broker, host or topic the cluster action is about. */
export default function ClusterActionFields({ type, fields, context, onChange }: Props) {
  switch (type) {
    case 'topic.delete':
      return (
        <SelectField
          label="Topic"
          value={chosenTopic(fields, context)}
          options={plainOptions(context.topics)}
          onChange={(deleteTopic) => {
            onChange({ deleteTopic })
          }}
        />
      )
    case 'broker.fail':
    case 'broker.recover':
      return (
        <SelectField
          label="Broker"
          value={chosenMachine(type, fields.broker, context.brokers)}
          options={machineOptions('broker', context.brokers)}
          onChange={(broker) => {
            onChange({ broker })
          }}
        />
      )
    case 'host.fail':
    case 'host.recover':
      return (
        <SelectField
          label="Host"
          value={chosenMachine(type, fields.host, context.hosts)}
          options={machineOptions('host', context.hosts)}
          onChange={(host) => {
            onChange({ host })
          }}
        />
      )
  }
}
