import { RecordRow } from './RecordRow'
import {
  formatOffsetRange,
  type PartitionLogModel,
  type SegmentModel,
  type SegmentRow,
} from './partitionLogModel'

/** The segments on screen, side by side, each listing its records, gaps and the checkpoint. */
export function SegmentList({
  model,
  name,
}: {
  readonly model: PartitionLogModel
  readonly name: string
}) {
  if (model.segments.length === 0) {
    return <p className="partition-log__empty">No segment in this range.</p>
  }
  return (
    <ol className="segments" aria-label={`Segments of ${name}, oldest first`}>
      {model.segments.map((segment) => (
        <li key={segment.baseOffset}>
          <SegmentBox segment={segment} />
        </li>
      ))}
    </ol>
  )
}

function SegmentBox({ segment }: { readonly segment: SegmentModel }) {
  const { baseOffset, endOffset, active, archived, recordCount, tombstoneCount } = segment
  const name = `Segment at base offset ${baseOffset}${active ? ', active' : ''}${archived ? ', in the archive' : ''}`
  const range = endOffset > baseOffset ? formatOffsetRange(baseOffset, endOffset - 1) : 'none yet'

  return (
    <section className={active ? 'segment segment--active' : 'segment'} aria-label={name}>
      <header className="segment__header">
        <h3>
          base {baseOffset}
          {active && <span className="badge badge--active">active</span>}
          {archived && <span className="badge badge--archive">archive</span>}
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
      return <RecordRow row={row} />
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
