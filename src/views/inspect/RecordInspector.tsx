import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { partitionAt } from '../../derive/partitionAt'
import { recordFate } from '../../derive/recordFate'
import { narrate } from '../../sim'
import { formatSimTime } from '../../derive/scene/format'
import { useWorld } from '../shared/useSimulation'
import { KeySwatch } from '../partitionLog/KeySwatch'
import { whyStillHere } from './explainRecord'
import './inspector.css'

/** The selected record: what it holds, and why it is still here or when and by what it went. */
export function RecordInspector() {
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  const topic = useAppStore((s) => s.topic)
  const partitionNumber = useAppStore((s) => s.partition)
  const offset = useAppStore((s) => s.selectedOffset)
  const seek = useAppStore((s) => s.seek)
  const selectOffset = useAppStore((s) => s.selectOffset)
  const world = useWorld()
  const fate = useMemo(
    () =>
      offset === null ? null : recordFate(scenario, { topic, partition: partitionNumber, offset }),
    [scenario, topic, partitionNumber, offset],
  )

  if (offset === null || fate === null) {
    return (
      <section className="panel inspector" aria-labelledby="inspector-title">
        <h2 id="inspector-title">Inspect</h2>
        <p className="panel__hint">
          Click a record on the strip or an offset in the list to see what it holds and why it is
          still in the log, or when and by what it went.
        </p>
      </section>
    )
  }

  const { record, removedAt } = fate
  const isGone = removedAt !== null && removedAt <= cursor
  const partition = partitionAt(world, topic, partitionNumber)
  const config = world.topics.get(topic)?.config
  const present =
    record !== null && !isGone && partition !== null && partition.logEndOffset > offset
  const reasons = present && config ? whyStillHere(record, partition, config) : []
  const removal = fate.removedBy[0]

  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">
        Offset {offset}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            selectOffset(null)
          }}
        >
          Close
        </button>
      </h2>
      {record === null ? (
        <p>Nothing is ever written at offset {offset} in this scenario.</p>
      ) : (
        <>
          <dl className="inspector__fields">
            <dt>key</dt>
            <dd>{record.key === null ? <i>no key</i> : <KeySwatch keyText={record.key} />}</dd>
            <dt>value</dt>
            <dd>
              {record.value === null ? <span className="tombstone">tombstone</span> : record.value}
            </dd>
            <dt>timestamp</dt>
            <dd>{formatSimTime(record.timestamp)}</dd>
          </dl>
          <h3 className="inspector__status">
            {!present
              ? isGone
                ? `Gone since ${formatSimTime(removedAt)}`
                : 'Not written yet at this time'
              : 'In the log now'}
          </h3>
          {reasons.length > 0 && (
            <ul className="inspector__reasons">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
          {removal !== undefined && removedAt !== null && (
            <p className="inspector__removal">
              {isGone ? 'It was removed' : 'It will be removed'} at{' '}
              <button
                type="button"
                className="link"
                onClick={() => {
                  seek(removedAt)
                }}
              >
                {formatSimTime(removedAt)}
              </button>
              : {narrate(removal)}
            </p>
          )}
          {removedAt === null && present && (
            <p className="inspector__removal">It is still in the log at the end of the scenario.</p>
          )}
        </>
      )}
    </section>
  )
}
