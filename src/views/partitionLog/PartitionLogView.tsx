import { useId, useMemo, useState } from 'react'
import { useAppStore } from '../../store/appStore'
import { SavePictureButtons } from '../export/SavePictureButtons'
import { isArchivedSegment, partitionWithArchiveAt } from '../../derive/partitionAt'
import { rowsOf } from '../../derive/segmentReadings'
import type { PartitionSnapshot } from '../../sim'
import { formatNumber } from '../../sim'
import { useWorld } from '../shared/useSimulation'
import { KEY_COLORS } from './keyColor'
import { Stage } from '../stage/Stage'
import { BranchStages } from '../branches/BranchStages'
import { useBranchPair } from '../branches/useBranches'
import { buildPartitionLogModel, formatOffsetRange } from './partitionLogModel'
import { PartitionPicker } from './PartitionPicker'
import { SegmentList } from './SegmentList'
import { countRecordsIn, visibleRange } from '../../derive/scene/stripModel'
import { usePanelRef } from '../shared/panelRegistry'
import './partitionLog.css'

/** Above this many records on screen, the listing asks to zoom in instead of building rows. */
const MAX_LISTED = 240

const ZOOMS = [
  { label: 'Zoom in', keys: '+', factor: 0.5 },
  { label: 'Zoom out', keys: '-', factor: 2 },
] as const

/** The selected partition at the cursor: its offsets, segments and records, zoomable. */
export function PartitionLogView() {
  const panelRef = usePanelRef('log')
  const world = useWorld()
  const topic = useAppStore((s) => s.topic)
  const partitionNumber = useAppStore((s) => s.partition)
  const logWindow = useAppStore((s) => s.logWindow)
  const branches = useBranchPair()
  const setLogWindow = useAppStore((s) => s.setLogWindow)
  const zoomLog = useAppStore((s) => s.zoomLog)
  const titleId = useId()
  const [listingOpen, setListingOpen] = useState(false)
  const partition = useMemo(
    () => partitionWithArchiveAt(world, topic, partitionNumber),
    [world, topic, partitionNumber],
  )
  if (partition === null)
    return (
      <section className="partition-log" ref={panelRef} aria-labelledby={titleId}>
        <PartitionHeader titleId={titleId} topic={topic} partition={partitionNumber} />
        <p className="panel__hint">
          {topic}-{partitionNumber} does not exist at this time: a job creates its changelog,
          checkpoint and output topics when it starts, and a deleted topic is gone. Move the time or
          pick another partition.
        </p>
      </section>
    )

  const name = `${topic}-${partitionNumber}`
  const range = visibleRange(partition, logWindow)
  // Counted from storage: reading `records` would make an object of every record of the log.
  const recordCount = partition.segments.reduce((n, s) => n + rowsOf(s).count, 0)
  const archivedCount = partition.segments.filter((s) =>
    isArchivedSegment(partition, s.baseOffset),
  ).length
  const localStart = partition.localLogStartOffset
  const policy = world.topics.get(topic)?.config['cleanup.policy']

  return (
    <section className="partition-log" ref={panelRef} aria-labelledby={titleId}>
      <PartitionHeader
        titleId={titleId}
        topic={topic}
        partition={partitionNumber}
        policy={policy}
      />

      <div className="log-toolbar">
        <p className="log-toolbar__range" aria-live="polite">
          Showing offsets {formatOffsetRange(range.from, Math.max(range.from, range.to - 1))}
        </p>
        {ZOOMS.map(({ label, keys, factor }) => (
          <button
            key={label}
            type="button"
            className="button"
            aria-keyshortcuts={keys}
            onClick={() => {
              zoomLog(factor)
            }}
          >
            {label}
          </button>
        ))}
        <button
          type="button"
          className="button"
          disabled={logWindow === null}
          onClick={() => {
            setLogWindow(null)
          }}
        >
          Show all
        </button>
        <KeyLegend />
        <SavePictureButtons />
      </div>

      {branches === null ? (
        <Stage window={logWindow === null ? null : range} />
      ) : (
        <BranchStages pair={branches} window={logWindow === null ? null : range} />
      )}
      {/* Under the picture, not in the toolbar: a second toolbar line would push the stage down. */}
      <p className="partition-log__cells">
        A cell prints its offset, key and the job that wrote it, each only where it fits whole;
        hover over a cell for all of it.
      </p>

      <dl className="partition-log__stats">
        <Stat label="Log start offset" value={String(partition.logStartOffset)} />
        {localStart !== undefined && <Stat label="Local log start" value={String(localStart)} />}
        <Stat label="Log end offset" value={String(partition.logEndOffset)} />
        <Stat
          label="Cleaner checkpoint"
          value={
            partition.cleanerCheckpoint === null ? 'none yet' : String(partition.cleanerCheckpoint)
          }
        />
        <Stat label="Segments" value={String(partition.segments.length - archivedCount)} />
        {localStart !== undefined && (
          <Stat label="Archive-only segments" value={String(archivedCount)} />
        )}
        <Stat label="Records" value={formatNumber(recordCount)} />
        {partition.replicas.length > 1 && (
          <Stat
            label="Leader · ISR"
            value={
              partition.leader === null
                ? 'offline'
                : `broker ${partition.leader} · [${partition.isr.join(', ')}]`
            }
          />
        )}
      </dl>
      {localStart !== undefined && (
        <p className="partition-log__hint">
          Tiered storage: amber segments are only in the archive (remote storage); the broker's disk
          holds offsets from the local log start on. A fetch between the log start and the local log
          start is a remote read, slower in Kafka; the simulator marks it but charges it no extra
          time, and copies a rolled segment to the archive whole and at once.
        </p>
      )}

      {/* Its rows are built only while it is open: folded, they cost up to 240 rows on every
          step of a drag of the time line for nobody to see. */}
      <details
        className="partition-log__listing"
        open={listingOpen}
        onToggle={(event) => {
          setListingOpen(event.currentTarget.open)
        }}
      >
        <summary>
          Records of {name}, segment by segment (offsets{' '}
          {formatOffsetRange(range.from, Math.max(range.from, range.to - 1))})
        </summary>
        {listingOpen && <Listing partition={partition} range={range} name={name} />}
      </details>
    </section>
  )
}

function Listing({
  partition,
  range,
  name,
}: {
  readonly partition: PartitionSnapshot
  readonly range: { from: number; to: number }
  readonly name: string
}) {
  const shown = countRecordsIn(partition, range)
  if (shown > MAX_LISTED) {
    return (
      <p className="partition-log__hint">
        {formatNumber(shown)} records in view. Zoom in (the buttons, +, or the mouse wheel over the
        strip) to list them; click a record on the strip to inspect it.
      </p>
    )
  }
  return <SegmentList model={buildPartitionLogModel(partition, range)} name={name} />
}

function KeyLegend() {
  return (
    <p className="key-legend" aria-hidden="true">
      <span className="key-legend__keys">
        {KEY_COLORS.map((color) => (
          <span key={color} className="key-legend__swatch" style={{ background: color }} />
        ))}
      </span>
      colour = key
      <span className="key-legend__swatch key-legend__tombstone">×</span>
      tombstone
    </p>
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

interface PartitionHeaderProps {
  readonly titleId: string
  readonly topic: string
  readonly partition: number
  readonly policy?: string | undefined
}

/** The partition's name, its cleanup policy when it exists at the cursor, and the picker. */
function PartitionHeader({ titleId, topic, partition, policy }: PartitionHeaderProps) {
  return (
    <header className="partition-log__header">
      <h2 id={titleId}>
        <span className="partition-log__topic">{topic}</span>{' '}
        <span className="partition-log__partition">partition {partition}</span>
      </h2>
      {policy !== undefined && <code>cleanup.policy={policy}</code>}
      <PartitionPicker />
    </header>
  )
}
