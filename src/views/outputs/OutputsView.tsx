import { useMemo, useState } from 'react'
import type { OutputContents } from '../../sim'
import { outputsAt } from '../../derive/outputs'
import { useScopedScenario } from '../shared/branchScope'
import { useCursorMs } from '../shared/DeferredCursor'
import { OutputComparison } from './OutputComparison'
import { latest, records } from './outputCells'
import { resentRecords } from './outputsModel'
import { usePanelRef } from '../shared/panelRegistry'
import './outputs.css'
import { UserText } from '../shared/UserText'
import { FoldedBody } from '../shared/FoldedBody'

/**
 * The jobs' output topics at the cursor, per key, and an A/B comparison of two of them: how a
 * parallel rewind's new output differs from the live one, or where a rewind sent counts again.
 */
export default function OutputsView() {
  const panelRef = usePanelRef('outputs')
  const scenario = useScopedScenario()
  const cursor = useCursorMs()
  const outputs = useMemo(() => outputsAt(scenario, cursor), [scenario, cursor])
  const [chosen, setChosen] = useState<{ a: string | null; b: string | null }>({ a: null, b: null })
  const pick = (name: string | null, fallback: number): OutputContents | undefined =>
    outputs.find((o) => o.topic === name) ?? outputs[Math.min(fallback, outputs.length - 1)]
  const a = pick(chosen.a, 0)
  const b = pick(chosen.b, 1)

  return (
    <section className="panel outputs" ref={panelRef} aria-labelledby="outputs-title">
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
          {a === b ? (
            <SingleOutput output={a} />
          ) : (
            <OutputComparison
              a={a}
              b={b}
              label="A/B comparison per key"
              caption={`A = ${a.topic} (${a.records} records), B = ${b.topic} (${b.records} records).`}
            />
          )}
        </>
      )}
    </section>
  )
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
      <FoldedBody rows={[...output.keys]} columns={4} noun="keys">
        {([key, k]) => {
          const again = resentRecords(k)
          return (
            <tr key={key} className={again ? 'outputs__row--duplicated' : undefined}>
              <th scope="row">
                <UserText text={key} />
              </th>
              <td>{latest(k)}</td>
              <td>{records(k)}</td>
              <td className="outputs__verdict">{again ?? '—'}</td>
            </tr>
          )
        }}
      </FoldedBody>
    </table>
  )
}
