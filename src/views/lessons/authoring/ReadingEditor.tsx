import type { ReactNode } from 'react'
import { branchOf, inBranch } from '../../../lessons/authoring/combined'
import {
  buildQuery,
  isReaderKind,
  paramsOfKind,
  paramsOfQuery,
  QUERY_KINDS,
  type QueryParam,
  type QueryParams,
} from '../../../lessons/authoring/queryKinds'
import type { Reader } from '../../../lessons/query/query'
import type { BranchSide } from '../../../scenario/branches'
import { DraftField } from './DraftField'

const PARAM_LABELS: Readonly<Record<QueryParam, string>> = {
  topic: 'Topic',
  partition: 'Partition',
  offset: 'Offset',
  key: 'Key',
  consumer: 'Consumer',
  job: 'Job',
}

/**
 * One reading of the world a prediction is answered by: what it reads, its parameters, and over
 * two branches which branch's world. `onChange` gets the new reading and words for the edit.
 */
export function ReadingEditor({
  reader,
  defaults,
  branchNames,
  kindLabel,
  onChange,
  children,
}: {
  readonly reader: Reader
  readonly defaults: QueryParams
  readonly branchNames: Readonly<Record<BranchSide, string>> | null
  /** The label of the "what it reads" list. */
  readonly kindLabel: string
  readonly onChange: (label: string, reader: Reader) => void
  /** Shown after the fields: the reading's value at the cursor, when there are two. */
  readonly children?: ReactNode
}) {
  const params = paramsOfQuery(reader, defaults)
  const side = branchOf(reader)
  /** The reading of `kind` with `params`, in the same branch. */
  const rebuilt = (kind: Reader['kind'], next: QueryParams): Reader =>
    inBranch(buildQuery(kind, next), side)
  return (
    <>
      <label className="authoring__field">
        {kindLabel}
        <select
          value={reader.kind}
          onChange={(e) => {
            const next = e.target.value
            if (isReaderKind(next)) onChange('change the query', rebuilt(next, params))
          }}
        >
          {QUERY_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {branchNames !== null && (
        <label className="authoring__field">
          In branch
          <select
            value={side}
            onChange={(e) => {
              const next: BranchSide = e.target.value === 'b' ? 'b' : 'a'
              onChange(`read branch ${next.toUpperCase()}`, inBranch(reader, next))
            }}
          >
            <option value="a">A: {branchNames.a}</option>
            <option value="b">B: {branchNames.b}</option>
          </select>
        </label>
      )}
      {paramsOfKind(reader.kind).map((param) => (
        <DraftField
          key={param}
          label={PARAM_LABELS[param]}
          value={String(params[param])}
          onCommit={(text) => {
            const value = param === 'partition' || param === 'offset' ? Number(text) : text
            onChange(
              `change the query's ${param}`,
              rebuilt(reader.kind, { ...params, [param]: value }),
            )
          }}
        />
      ))}
      {children}
    </>
  )
}
