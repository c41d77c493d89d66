import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { partitionWithArchiveAt } from '../../derive/partitionAt'
import { recordFate } from '../../derive/recordFate'
import { narrate } from '../../sim'
import { formatRecordTimestamp, formatSimTime } from '../../derive/scene/format'
import { useWorld } from '../shared/useSimulation'
import { useFutureHidden } from '../lessons/useFutureHidden'
import { KeySwatch } from '../partitionLog/KeySwatch'
import { laterOf, whyStillHere, type Later } from './explainRecord'
import './inspector.css'
import { UserText } from '../shared/UserText'
import { IsolatedText } from '../shared/IsolatedText'

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
  const hideFuture = useFutureHidden()
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

  const { removedAt } = fate
  const isGone = removedAt !== null && removedAt <= cursor
  const partition = partitionWithArchiveAt(world, topic, partitionNumber)
  const config = world.topics.get(topic)?.config
  const written = isGone || (partition !== null && partition.logEndOffset > offset)
  // A record not written yet is part of the future: a lesson keeps even its key and value hidden.
  const record = hideFuture && !written ? null : fate.record
  const present =
    record !== null && !isGone && partition !== null && partition.logEndOffset > offset
  const reasons = present && config ? whyStillHere(record, partition, config) : []
  const later = laterOf(fate, cursor, present, hideFuture)

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
        <p>
          {fate.record !== null
            ? `Nothing is written at offset ${String(offset)} yet.`
            : `Nothing is ever written at offset ${String(offset)} in this scenario.`}
        </p>
      ) : (
        <>
          <dl className="inspector__fields">
            <dt>key</dt>
            <dd>{record.key === null ? <i>no key</i> : <KeySwatch keyText={record.key} full />}</dd>
            <dt>value</dt>
            <dd>
              {record.value === null ? (
                <span className="tombstone">tombstone</span>
              ) : (
                <UserText text={record.value} />
              )}
            </dd>
            <dt>timestamp</dt>
            <dd>{formatRecordTimestamp(record.timestamp, scenario.clockStartMs)}</dd>
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
          <LaterLine later={later} seek={seek} />
        </>
      )}
    </section>
  )
}

/** The record's removal, its staying to the end, or a note that a lesson hides its future. */
function LaterLine({ later, seek }: { later: Later; seek: (t: number) => void }) {
  switch (later.kind) {
    case 'nothing':
      return null
    case 'hidden':
      return (
        <p className="inspector__removal">What becomes of it later is hidden until the reveal.</p>
      )
    case 'stays to the end':
      return (
        <p className="inspector__removal">It is still in the log at the end of the scenario.</p>
      )
    case 'removed':
    case 'will be removed':
      return (
        <p className="inspector__removal">
          {later.kind === 'removed' ? 'It was removed' : 'It will be removed'} at{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              seek(later.at)
            }}
          >
            {formatSimTime(later.at)}
          </button>
          : <IsolatedText text={narrate(later.by)} />
        </p>
      )
  }
}
