import { useMemo } from 'react'
import { branchDiffAt, branchDivergence } from '../../derive/branchDiff'
import { formatSimTime } from '../../derive/scene/format'
import { worldAt } from '../../derive/simulation'
import { outputContents, outputTopics, type ReadonlyWorld } from '../../sim'
import { useAppStore } from '../../store/appStore'
import { useCursorMs } from '../shared/DeferredCursor'
import { OutputComparison } from '../outputs/OutputComparison'
import { describeDivergence, partitionRows, storeRows } from './branchDiffModel'
import type { BranchPair } from './useBranches'
import { branchTitle } from './useBranches'
import { UserText } from '../shared/UserText'
import { FoldedBody } from '../shared/FoldedBody'
import { BranchTitle } from './BranchTitle'
import { isolate } from '../../sim'

/**
 * What differs between the branches: where they first part (time, and the first differing action
 * and event), then at the cursor per partition, per store value and per output key. The outputs
 * are compared with the same table as two outputs of one world. Long tables fold (FoldedBody).
 */
export default function BranchDiffPanel({ pair }: { readonly pair: BranchPair }) {
  const cursor = useCursorMs()
  const seek = useAppStore((s) => s.seek)
  const divergence = useMemo(() => branchDivergence(pair.a, pair.b), [pair.a, pair.b])
  const text = describeDivergence(divergence)
  const parted = divergence?.time ?? null
  const worldA = worldAt(pair.a, cursor)
  const worldB = worldAt(pair.b, cursor)
  const diff = branchDiffAt(pair.a, pair.b, cursor)
  const partitions = partitionRows(worldA, worldB, diff)
  const stores = storeRows(diff)
  // Plain text for the outputs' caption: the names isolated there by FSI … PDI.
  const titles = `A = ${isolate(branchTitle(pair.branch, 'a'))}, B = ${isolate(branchTitle(pair.branch, 'b'))}`

  return (
    <section className="panel branch-diff" aria-labelledby="branch-diff-title">
      <h2 id="branch-diff-title">What differs between the branches</h2>
      <div className="branch-diff__divergence" data-testid="divergence">
        <p>
          <strong>{text.headline}</strong>{' '}
          {parted !== null && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                seek(parted)
              }}
            >
              Go there
            </button>
          )}
        </p>
        <p>{text.input}</p>
        {text.event !== null && <p>{text.event}</p>}
      </div>
      <p className="panel__hint">
        At {formatSimTime(cursor)}; A = <BranchTitle branch={pair.branch} side="a" />, B ={' '}
        <BranchTitle branch={pair.branch} side="b" />.
      </p>
      <table className="branch-diff__table" aria-label="Partitions in A and B">
        <thead>
          <tr>
            <th scope="col">Partition</th>
            <th scope="col">A vs B</th>
            <th scope="col">What differs</th>
          </tr>
        </thead>
        <tbody>
          {partitions.map((row) => (
            <tr key={row.name} className={`branch-diff__row--${row.verdict.replace(/ /g, '-')}`}>
              <th scope="row">{row.name}</th>
              <td>{row.verdict}</td>
              <td>{row.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {stores.length > 0 ? (
        <table className="branch-diff__table" aria-label="Store values in A and B">
          <thead>
            <tr>
              <th scope="col">Store (job · store · task)</th>
              <th scope="col">Key</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">A vs B</th>
            </tr>
          </thead>
          <FoldedBody rows={stores} columns={5} noun="differing store values">
            {(row) => (
              <tr key={`${row.name}/${row.key}`}>
                <th scope="row">{row.name}</th>
                <td>
                  <UserText text={row.key} />
                </td>
                <td>{row.a}</td>
                <td>{row.b}</td>
                <td>{row.verdict}</td>
              </tr>
            )}
          </FoldedBody>
        </table>
      ) : (
        <p className="panel__hint">Every state store holds the same values in both branches.</p>
      )}
      <BranchOutputs a={worldA} b={worldB} titles={titles} />
    </section>
  )
}

/** Each output topic either branch's jobs write, per key: same, different, missing, duplicated. */
function BranchOutputs({ a, b, titles }: { a: ReadonlyWorld; b: ReadonlyWorld; titles: string }) {
  const topics = new Map<string, string[]>()
  for (const { topic, writers } of [...outputTopics(a), ...outputTopics(b)]) {
    topics.set(topic, [...new Set([...(topics.get(topic) ?? []), ...writers])])
  }
  return [...topics].map(([topic, writers]) => {
    const left = outputContents(a, topic, writers)
    const right = outputContents(b, topic, writers)
    return (
      <OutputComparison
        key={topic}
        a={left}
        b={right}
        label={`Output ${topic} in A and B`}
        caption={`${topic} in both branches (${titles}): ${left.records} records in A, ${right.records} in B.`}
      />
    )
  })
}
