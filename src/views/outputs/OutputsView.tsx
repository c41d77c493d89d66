import { useMemo, useState } from 'react'
import { compareOutputs, type ComparisonRow, type KeyOutput, type OutputContents } from '../../sim'
import { useWorld } from '../shared/useSimulation'
import { countVerdicts, describeVerdict, outputsAt, resentRecords } from './outputsModel'
import './outputs.css'

/**
 * The jobs' output topics at the cursor, per key, and an A/B comparison of two of them: how a
 * parallel rewind's new output differs from the live one, or where a rewind sent counts again.
 */
export default function OutputsView() {
  const world = useWorld()
  const outputs = useMemo(() => outputsAt(world), [world])
  const [chosen, setChosen] = useState<{ a: string | null; b: string | null }>({ a: null, b: null })
  const pick = (name: string | null, fallback: number): OutputContents | undefined =>
    outputs.find((o) => o.topic === name) ?? outputs[Math.min(fallback, outputs.length - 1)]
  const a = pick(chosen.a, 0)
  const b = pick(chosen.b, 1)

  return (
    <section className="panel outputs" aria-labelledby="outputs-title">
      <h2 id="outputs-title">Job outputs</h2>
      {a === undefined || b === undefined ? (
        <p className="panel__hint">No job output topic exists at the cursor.</p>
      ) : (
        <>
          <div className="outputs__pickers">
            {(outputs.length > 1 ? (['a', 'b'] as const) : (['a'] as const)).map((side) => (
              <label key={side} className="field">
                <span>{outputs.length > 1 ? `Output ${side.toUpperCase()}` : 'Output'}</span>
                <select
                  value={(side === 'a' ? a : b).topic}
                  onChange={(event) => {
                    setChosen((old) => ({ ...old, [side]: event.target.value }))
                  }}
                >
                  {outputs.map((o) => (
                    <option key={o.topic} value={o.topic}>
                      {o.topic} (by {o.writers.join(', ')})
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {a === b ? <SingleOutput output={a} /> : <Comparison a={a} b={b} />}
        </>
      )}
    </section>
  )
}

function records(k: KeyOutput | null): string {
  return k === null ? '—' : String(k.records)
}

function latest(k: KeyOutput | null): string {
  return k === null ? '—' : (k.latest ?? 'null (tombstone)')
}

function SingleOutput({ output }: { readonly output: OutputContents }) {
  return (
    <table className="outputs__table" aria-label={`${output.topic} per key`}>
      <caption>
        {output.topic} (by {output.writers.join(', ')}): {output.records} records,{' '}
        {output.keys.size} keys. A count of N is sent N times; more records than that were sent
        again, as a rewind does.
      </caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Latest value</th>
          <th scope="col">Records</th>
          <th scope="col">Sent again</th>
        </tr>
      </thead>
      <tbody>
        {[...output.keys].map(([key, k]) => {
          const again = resentRecords(k)
          return (
            <tr key={key} className={again ? 'outputs__row--duplicated' : undefined}>
              <th scope="row">{key}</th>
              <td>{latest(k)}</td>
              <td>{records(k)}</td>
              <td className="outputs__verdict">{again ?? '—'}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

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

function Comparison({ a, b }: { readonly a: OutputContents; readonly b: OutputContents }) {
  const rows = useMemo(() => compareOutputs(a, b), [a, b])
  return (
    <table className="outputs__table" aria-label="A/B comparison per key">
      <caption>
        A = {a.topic} ({a.records} records), B = {b.topic} ({b.records} records). {summary(rows)}.
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
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={`outputs__row--${row.verdict.kind}`}>
            <th scope="row">{row.key}</th>
            <td>{latest(row.a)}</td>
            <td>{records(row.a)}</td>
            <td>{latest(row.b)}</td>
            <td>{records(row.b)}</td>
            <td className="outputs__verdict">{describeVerdict(row.verdict)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
