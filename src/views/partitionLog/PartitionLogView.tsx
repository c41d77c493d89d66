import { useId, useMemo } from 'react'
import { formatSimTime } from '../shared/format'
import { OffsetRuler } from './OffsetRuler'
import {
  buildPartitionLogModel,
  formatOffsetRange,
  type PartitionInput,
  type SegmentModel,
  type SegmentRow,
} from './partitionLogModel'

export interface PartitionLogViewProps {
  readonly topic: string
  /** The topic's `cleanup.policy`, when known (`delete`, `compact` or `compact,delete`). */
  readonly cleanupPolicy?: string
  readonly partition: PartitionInput
  /** The simulated time of the snapshot, in ms. */
  readonly time: number
}

/** One partition's log at one time: offsets, the cleaner checkpoint and every segment's records. */
export function PartitionLogView({ topic, cleanupPolicy, partition, time }: PartitionLogViewProps) {
  const model = useMemo(() => buildPartitionLogModel(partition), [partition])
  const titleId = useId()
  const name = `${topic}-${model.partition}`

  return (
    <section className="partition-log" aria-labelledby={titleId}>
      <header className="partition-log__header">
        <h2 id={titleId}>
          <span className="partition-log__topic">{topic}</span>{' '}
          <span className="partition-log__partition">partition {model.partition}</span>
        </h2>
        <p className="partition-log__meta">
          at t = {formatSimTime(time)}
          {cleanupPolicy !== undefined && (
            <>
              {' · '}
              <code>cleanup.policy={cleanupPolicy}</code>
            </>
          )}
        </p>
      </header>

      <dl className="partition-log__stats">
        <Stat label="Log start offset" value={String(model.logStartOffset)} />
        <Stat label="Log end offset" value={String(model.logEndOffset)} />
        <Stat
          label="Cleaner checkpoint"
          value={model.cleanerCheckpoint === null ? 'none yet' : String(model.cleanerCheckpoint)}
        />
        <Stat label="Segments" value={String(model.segments.length)} />
        <Stat label="Records" value={String(model.recordCount)} />
      </dl>

      <OffsetRuler model={model} label={`Offsets of ${name}`} />

      {model.segments.length === 0 ? (
        <p className="partition-log__empty">This partition has no segments.</p>
      ) : (
        <ol className="segments" aria-label={`Segments of ${name}, oldest first`}>
          {model.segments.map((segment) => (
            <li key={segment.baseOffset}>
              <SegmentBox segment={segment} />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function Stat({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}

function SegmentBox({ segment }: { readonly segment: SegmentModel }) {
  const { baseOffset, endOffset, active, recordCount, tombstoneCount } = segment
  const name = `Segment at base offset ${baseOffset}${active ? ', active' : ''}`
  const range = endOffset > baseOffset ? formatOffsetRange(baseOffset, endOffset - 1) : 'none yet'

  return (
    <section className={active ? 'segment segment--active' : 'segment'} aria-label={name}>
      <header className="segment__header">
        <h3>
          base {baseOffset}
          {active && <span className="badge badge--active">active</span>}
        </h3>
        <p className="segment__summary">
          offsets {range} · {recordCount} {recordCount === 1 ? 'record' : 'records'}
          {tombstoneCount > 0 &&
            ` · ${tombstoneCount} ${tombstoneCount === 1 ? 'tombstone' : 'tombstones'}`}
        </p>
      </header>
      <table className="records" aria-label={`Records of the segment at base offset ${baseOffset}`}>
        <thead>
          <tr>
            <th scope="col">offset</th>
            <th scope="col">key</th>
            <th scope="col">value</th>
          </tr>
        </thead>
        <tbody>
          {segment.rows.length === 0 ? (
            <tr className="records__empty">
              <td colSpan={3}>empty</td>
            </tr>
          ) : (
            segment.rows.map((row) => <SegmentRowView key={rowKey(row)} row={row} />)
          )}
        </tbody>
      </table>
    </section>
  )
}

function rowKey(row: SegmentRow): string {
  switch (row.kind) {
    case 'record':
      return `r${row.offset}`
    case 'gap':
      return `g${row.from}`
    case 'checkpoint':
      return 'checkpoint'
  }
}

function SegmentRowView({ row }: { readonly row: SegmentRow }) {
  switch (row.kind) {
    case 'record':
      return (
        <tr className={row.isTombstone ? 'record record--tombstone' : 'record'}>
          <th scope="row" title={`timestamp ${formatSimTime(row.timestamp)}`}>
            {row.offset}
          </th>
          <td>
            {row.key === null ? <span className="null-key">no key</span> : <Text value={row.key} />}
          </td>
          <td>
            {row.value === null ? (
              <span className="tombstone" title="A null value: deletes this key when compacted">
                tombstone
              </span>
            ) : (
              <Text value={row.value} />
            )}
          </td>
        </tr>
      )
    case 'gap': {
      const count = row.to - row.from + 1
      return (
        <tr className="gap">
          <td colSpan={3}>
            {count === 1 ? 'offset' : 'offsets'} {formatOffsetRange(row.from, row.to)}: no{' '}
            {count === 1 ? 'record' : 'records'}
          </td>
        </tr>
      )
    }
    case 'checkpoint':
      return (
        <tr className="checkpoint-row">
          <td colSpan={3}>cleaner checkpoint {row.offset}: offsets before it are cleaned</td>
        </tr>
      )
  }
}

/** A key or value, cut short by CSS when long; the full text is in the tooltip. */
function Text({ value }: { readonly value: string }) {
  return (
    <span className="text" title={value}>
      {value}
    </span>
  )
}
