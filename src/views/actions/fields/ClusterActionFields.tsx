import type { ReactNode } from 'react'
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

function TopicToDelete({ fields, context, onChange }: Props) {
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
}

/** The broker or host a failure or recovery is about. */
function machineField(kind: 'broker' | 'host') {
  return function MachineField({ type, fields, context, onChange }: Props) {
    const machines = kind === 'broker' ? context.brokers : context.hosts
    return (
      <SelectField
        label={kind === 'broker' ? 'Broker' : 'Host'}
        value={chosenMachine(type, fields[kind], machines)}
        options={machineOptions(kind, machines)}
        onChange={(machine) => {
          onChange({ [kind]: machine })
        }}
      />
    )
  }
}

/** Each cluster choice's inputs; typed over the family's choices, so none can lack an entry. */
const CLUSTER_FIELDS: { readonly [K in ClusterActionType]: (props: Props) => ReactNode } = {
  'topic.delete': TopicToDelete,
  'broker.fail': machineField('broker'),
  'broker.recover': machineField('broker'),
  'host.fail': machineField('host'),
  'host.recover': machineField('host'),
}

/** Which broker, host or topic the cluster action is about. */
export default function ClusterActionFields(props: Props) {
  const Fields = CLUSTER_FIELDS[props.type]
  return <Fields {...props} />
}
