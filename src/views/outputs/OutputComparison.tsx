import { useMemo } from 'react'
import { compareOutputs, type ComparisonRow, type OutputContents } from '../../sim'
import { latest, records } from './outputCells'
import { countVerdicts, describeVerdict } from './outputsModel'
import './outputs.css'
import { UserText } from '../shared/UserText'
import { FoldedBody } from '../shared/FoldedBody'

function summary(rows: readonly ComparisonRow[]): string {
  const counts = countVerdicts(rows)
  const parts = [
    `${counts.same} same`,
    counts.higher > 0 ? `${counts.higher} with a higher count` : '',
    counts.duplicated > 0 ? `${counts.duplicated} duplicated` : '',
    counts.missing > 0 ? `${counts.missing} missing on one side` : '',
    counts.different > 0 ? `${counts.different} different` : '',
  ]
  return `${rows.length} keys: ${parts.filter((p) => p !== '').join(', ')}`
}

/**
 * Two outputs per key, side A against side B: two outputs of one world (a live job against its
 * parallel rewind), or one output in two branches' worlds.
 */
export function OutputComparison({
  a,
  b,
  label,
  caption,
}: {
  readonly a: OutputContents
  readonly b: OutputContents
  readonly label: string
  readonly caption: string
}) {
  const rows = useMemo(() => compareOutputs(a, b), [a, b])
  return (
    <table className="outputs__table" aria-label={label}>
      <caption>
        {caption} {summary(rows)}.
      </caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">A latest</th>
          <th scope="col">A records</th>
          <th scope="col">B latest</th>
          <th scope="col">B records</th>
          <th scope="col">A vs B</th>
        </tr>
      </thead>
      <FoldedBody rows={rows} columns={6} noun="keys">
        {(row) => (
          <tr key={row.key} className={`outputs__row--${row.verdict.kind}`}>
            <th scope="row">
              <UserText text={row.key} />
            </th>
            <td>{latest(row.a)}</td>
            <td>{records(row.a)}</td>
            <td>{latest(row.b)}</td>
            <td>{records(row.b)}</td>
            <td className="outputs__verdict">{describeVerdict(row.verdict)}</td>
          </tr>
        )}
      </FoldedBody>
    </table>
  )
}
