import { lazy, Suspense } from 'react'
import { familyOf, type ActionFields, type FormActionType } from './buildAction'
import { LogActionFields } from './fields/LogActionFields'
import type { FormContext } from './formContext'

// The log's fields show first; the job and cluster fields load when one of their actions is chosen.
const JobActionFields = lazy(() => import('./fields/JobActionFields'))
const NewJobFieldsView = lazy(() => import('./fields/NewJobFieldsView'))
const ClusterActionFields = lazy(() => import('./fields/ClusterActionFields'))

interface Props {
  readonly type: FormActionType
  readonly fields: ActionFields
  readonly context: FormContext
  readonly onChange: (change: Partial<ActionFields>) => void
}

/** The inputs of the chosen action, from the fields component of its family. */
export function ActionFieldsFor(props: Props) {
  return (
    <Suspense fallback={<p className="actions__hint">Loading…</p>}>
      <FamilyFields {...props} />
    </Suspense>
  )
}

function FamilyFields({ type, fields, context, onChange }: Props) {
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
