import { useState } from 'react'
import { useAppStore } from '../../store/appStore'
import { CLEANUP_POLICIES } from '../../sim'
import { formatSimTime } from '../shared/format'
import { ActionFieldsFor } from './ActionFieldsFor'
import {
  ACTION_TYPES,
  buildAction,
  EMPTY_FIELDS,
  type ActionFields,
  type FormActionType,
} from './buildAction'
import { ScenarioActions } from './ScenarioActions'

/**
 * Does anything the engine supports at the cursor: the action joins the scenario, the timeline is
 * recomputed from there, and a refusal comes back as a notice.
 */
export function ActionPanel() {
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const consumers = useAppStore((s) => s.scenario.consumers)
  const act = useAppStore((s) => s.act)
  const notify = useAppStore((s) => s.notify)
  const [type, setType] = useState<FormActionType>('produce')
  const [fields, setFields] = useState<ActionFields>(EMPTY_FIELDS)
  const consumer = fields.consumer === '' ? (consumers[0]?.name ?? '') : fields.consumer

  const submit = (): void => {
    const action = buildAction(type, { ...fields, consumer }, { topic, partition })
    if (typeof action === 'string') notify('error', `${action}.`)
    else act(action)
  }

  return (
    <section className="panel actions" aria-labelledby="actions-title">
      <h2 id="actions-title">
        Act at {formatSimTime(cursor)} on {topic}-{partition}
      </h2>
      <form
        className="actions__form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <label className="field">
          <span>Action</span>
          <select
            value={type}
            onChange={(event) => {
              const next = ACTION_TYPES.find((a) => a.type === event.target.value)
              if (next) setType(next.type)
            }}
          >
            {ACTION_TYPES.map((a) => (
              <option key={a.type} value={a.type}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <ActionFieldsFor
          type={type}
          fields={{ ...fields, consumer }}
          consumers={consumers.map((c) => c.name)}
          policies={CLEANUP_POLICIES}
          onChange={(change) => {
            setFields((old) => ({ ...old, ...change }))
          }}
        />
        <button type="submit" className="button button--primary">
          Do it at {formatSimTime(cursor)}
        </button>
      </form>
      <ScenarioActions />
    </section>
  )
}
