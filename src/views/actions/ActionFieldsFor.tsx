import { familyOf, type ActionFields, type FormActionType } from './buildAction'
import { ClusterActionFields } from './fields/ClusterActionFields'
import { JobActionFields } from './fields/JobActionFields'
import { LogActionFields } from './fields/LogActionFields'
import { NewJobFieldsView } from './fields/NewJobFieldsView'
import type { FormContext } from './formContext'

interface Props {
  readonly type: FormActionType
  readonly fields: ActionFields
  readonly context: FormContext
  readonly onChange: (change: Partial<ActionFields>) => void
}

/** The inputs of the chosen action, from the fields component of its family. */
export function ActionFieldsFor({ type, fields, context, onChange }: Props) {
  const choice = familyOf(type)
  switch (choice.family) {
    case 'new job':
      return (
        <NewJobFieldsView
          fields={fields.newJob}
          context={context}
          onChange={(newJob) => {
            onChange({ newJob })
          }}
        />
      )
    case 'log':
      return <LogActionFields type={choice.type} {...{ fields, context, onChange }} />
    case 'job':
      return <JobActionFields type={choice.type} {...{ fields, context, onChange }} />
    case 'cluster':
      return <ClusterActionFields type={choice.type} {...{ fields, context, onChange }} />
  }
}
