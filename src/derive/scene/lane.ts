import { type PartitionSnapshot, type ReadonlyWorld, type SimEvent } from '../../sim'
import { isArchivedSegment, partitionWithArchiveAt } from '../partitionAt'
import { producersOf as segmentProducers, rowsOf } from '../segmentReadings'
import { laneGhosts, laneResets } from './ghosts'
import { labelRowHeight, layoutLabels, MONO_CHAR_EM, type LabelRequest } from './labelLayout'
import type { LaneChoice } from './lanesInPlay'
import { laneMarkers, markerSide } from './markers'
import { newestPerKey } from './newestPerKey'
import { layoutNewestRow } from './newestRow'
import { fullRange, stripMarks, stripSegments, type OffsetRange } from './stripModel'
import type { ArchiveSpan, Lane, PlacedLabel, SceneCell, SceneMarker } from './types'
import { isolate, showInvisibles } from '../../sim'

/**
 * A record is never drawn wider than this, so a short log reads as a log, not as a few slabs; the
 * active segment's band runs on to the lane's right edge, where the next record will go.
 */
export const MAX_CELL_PX = 120

/** An output lane's newest-per-key row reads at most this many keys and this many rows back. */
const NEWEST_KEYS = 12
const NEWEST_ROWS = 5000

export interface LaneContext {
  readonly world: ReadonlyWorld
  readonly history: readonly SimEvent[]
  readonly width: number
  readonly labelPx: number
  readonly colorOf: (key: string | null) => string
  /** The zoomed window of the focused lane, or null to fit every lane to its content. */
  readonly window: OffsetRange | null
  readonly focused: boolean
}

/** Cell text is a little smaller than marker labels, but never under 10 px. */
export function cellLabelPx(labelPx: number): number {
  return Math.max(10, Math.round(labelPx * 0.9))
}

/** The width a cell needs to print `text` in its `textPx` type. */
function textCellPx(text: string, textPx: number): number {
  return text.length * textPx * MONO_CHAR_EM + 4
}

/** The width a cell needs to print `offset`, with marker labels at `labelPx`. */
export function offsetCellPx(offset: number, labelPx: number): number {
  return textCellPx(String(offset), cellLabelPx(labelPx))
}

/** A record's band: room for its offset and key, and for its writer on a lane jobs write. */
export function bandHeightFor(labelPx: number, lines: number): number {
  return Math.max(34, lines * Math.ceil(cellLabelPx(labelPx) * 1.3) + 12)
}

/** One partition as a lane whose top is at `y`; null when the partition does not exist now. */
export function buildLane(choice: LaneChoice, context: LaneContext, y: number): Lane | null {
  const { world, width, labelPx } = context
  const partition = partitionWithArchiveAt(world, choice.topic, choice.partition)
  const config = world.topics.get(choice.topic)?.config
  if (partition === null || config === undefined) return null
  const id = `${choice.topic}-${choice.partition}`
  const archive = archiveSpan(id, partition)
  const ghosts = laneGhosts(
    context.history,
    choice.topic,
    choice.partition,
    world.now,
    config['retention.ms'],
  )
  const resets = laneResets(context.history, choice.topic, choice.partition, world.now)
  const range =
    context.focused && context.window !== null
      ? context.window
      : fitRange(partition, ghosts[0]?.baseOffset)
  const perOffset = Math.min(MAX_CELL_PX, width / (range.to - range.from))
  const xOf = (offset: number): number => (offset - range.from) * perOffset

  const markers: SceneMarker[] = laneMarkers(world, id, choice.topic, partition)
    .filter((m) => m.drawnAt >= range.from && m.drawnAt <= range.to)
    .map((m) => ({ ...m, x: xOf(m.drawnAt) }))
  const requests: LabelRequest[] = [
    ...markers.map((m) => ({ markerId: m.id, text: m.label, x: m.x, side: markerSide(m.kind) })),
    ...ghosts
      .filter((g) => g.endOffset > range.from)
      .map((g) => ({
        markerId: g.id,
        text: g.label,
        x: xOf((Math.max(g.baseOffset, range.from) + g.endOffset) / 2),
        side: 'below' as const,
      })),
    ...(archive === null || archive.to <= range.from || archive.from >= range.to
      ? []
      : [
          {
            markerId: archive.id,
            text: archive.label,
            x: xOf((Math.max(archive.from, range.from) + Math.min(archive.to, range.to)) / 2),
            side: 'above' as const,
          },
        ]),
  ]
  const layout = layoutLabels(requests, width, labelPx)
  const rowHeight = labelRowHeight(labelPx)
  const small = cellLabelPx(labelPx)

  const marks = stripMarks(partition, range, width)
  const records = marks.mode === 'records' ? marks.records : null
  // Every cell prints its offset or none does: 0–9 printed beside bare 10–15 reads as records
  // without offsets (the longest offset is the last one's).
  const lastOffset = records?.[records.length - 1]?.offset ?? 0
  const offsetsFit = offsetCellPx(lastOffset, labelPx) <= perOffset
  // A lane jobs write names, per record, the job that wrote it: a topic can have several.
  const jobWritten = choice.role === 'changelog' || choice.role === 'output'
  const cells =
    records === null
      ? null
      : records.map((r) => cellOf(id, r, perOffset, small, context.colorOf, jobWritten, offsetsFit))
  const bandHeight = bandHeightFor(labelPx, cellLines(cells, jobWritten))
  const titleHeight = rowHeight + 4
  const bandY = y + titleHeight + layout.rowsAbove * rowHeight + 4
  const bandBottom = bandY + bandHeight
  const labels: PlacedLabel[] = layout.labels.map((label) => {
    const request = requests.find((r) => r.markerId === label.markerId)
    const x = request?.x ?? label.left
    const above = label.side === 'above'
    const rows = label.lines.length
    const boxY = above
      ? bandY - 4 - (label.row + rows) * rowHeight
      : bandBottom + 4 + label.row * rowHeight
    const box = { x: label.left, y: boxY, width: label.width, height: rows * rowHeight }
    const edgeX = Math.max(box.x + 2, Math.min(box.x + box.width - 2, x))
    return {
      markerId: label.markerId,
      text: label.text,
      lines: label.lines,
      side: label.side,
      box,
      leader: above
        ? { x1: x, y1: bandY, x2: edgeX, y2: box.y + box.height }
        : { x1: x, y1: bandBottom, x2: edgeX, y2: box.y },
    }
  })
  const labelsBottom = bandBottom + 4 + layout.rowsBelow * rowHeight
  const newest =
    choice.role === 'output'
      ? layoutNewestRow(
          id,
          newestPerKey(partition, NEWEST_KEYS, NEWEST_ROWS),
          labelsBottom,
          width,
          labelPx,
          context.colorOf,
        )
      : null
  const height = labelsBottom - y + (newest === null ? 0 : rowHeight) + 6
  return {
    id,
    topic: choice.topic,
    partition: choice.partition,
    role: choice.role,
    policy: config['cleanup.policy'],
    writers: choice.writers,
    writtenBy: jobWritten ? producersOf(partition) : [],
    leadership:
      partition.replicas.length > 1
        ? `${partition.leader === null ? 'offline' : `leader ${String(partition.leader)}`}, ISR [${partition.isr.join(', ')}]`
        : null,
    readers: choice.readers,
    y,
    bandY,
    bandHeight,
    height,
    range,
    perOffset,
    logStartOffset: partition.logStartOffset,
    logEndOffset: partition.logEndOffset,
    localLogStartOffset: partition.localLogStartOffset ?? null,
    cleanerCheckpoint: partition.cleanerCheckpoint,
    segments: stripSegments(partition).map((s) => ({
      ...s,
      id: `${id}@${s.baseOffset}`,
      archived: isArchivedSegment(partition, s.baseOffset),
    })),
    archive,
    cells,
    density: marks.mode === 'density' ? marks : null,
    recordCount: partition.segments.reduce((n, s) => n + rowsOf(s).count, 0),
    ghosts,
    markers,
    labels,
    resets,
    newest,
  }
}

/**
 * The text lines the band needs: the offset and the key (a band keeps its height while a scrub
 * or a zoom narrows its cells), and on lanes jobs write the writer, only when a cell prints one:
 * a lane of narrow cells is not drawn a line taller with that line empty.
 */
function cellLines(cells: readonly SceneCell[] | null, jobWritten: boolean): number {
  if (!jobWritten) return 2
  return cells === null || cells.some((c) => c.writerLabel !== null) ? 3 : 2
}

/** Who wrote the partition's records (each record keeps its producer), in order of first write. */
function producersOf(partition: PartitionSnapshot): string[] {
  const seen = new Set<string>()
  for (const segment of partition.segments) {
    for (const producer of segmentProducers(segment)) seen.add(producer)
  }
  return [...seen]
}

/**
 * The offsets a tiered partition keeps only in the archive: from the log start to the local log
 * start (reads there are remote fetches). Null for an untiered partition or when the broker still
 * holds everything.
 */
function archiveSpan(laneId: string, partition: PartitionSnapshot): ArchiveSpan | null {
  const to = partition.localLogStartOffset
  const from = partition.logStartOffset
  if (to === undefined || to <= from) return null
  return { id: `${laneId}:archive`, from, to, label: `archive only: ${from}–${to - 1}` }
}

/** The lane's content: from the oldest ghost (or the first segment) to the log end. */
function fitRange(partition: PartitionSnapshot, oldestGhost: number | undefined): OffsetRange {
  const full = fullRange(partition)
  return { from: Math.min(full.from, oldestGhost ?? full.from), to: full.to }
}

function cellOf(
  laneId: string,
  record: PartitionSnapshot['segments'][number]['records'][number],
  cellPx: number,
  textPx: number,
  colorOf: (key: string | null) => string,
  jobWritten: boolean,
  offsetsFit: boolean,
): SceneCell {
  const fits = (text: string): boolean => textCellPx(text, textPx) <= cellPx
  const offsetLabel = String(record.offset)
  const writer = jobWritten ? (record.producer ?? null) : null
  return {
    id: `${laneId}#${record.offset}`,
    offset: record.offset,
    key: record.key,
    value: record.value,
    timestamp: record.timestamp,
    color: colorOf(record.key),
    tombstone: record.key !== null && record.value === null,
    offsetLabel: offsetsFit ? offsetLabel : null,
    keyLabel: record.key === null ? null : keyLabel(record.key, fits),
    writer,
    writerLabel: writer === null ? null : shortWriter(writer, fits),
  }
}

/**
 * The job's name (`<job.name>_<job.id>`), or when only a short text fits the cell, its job.id as
 * "job <id>"; nothing when even that does not fit. A bare id ("1", "sh…") under an offset and a
 * key read as numbers nobody could decode; the cell's tooltip, the inspector and the lane's title
 * ("written by …") name the writer in full.
 */
function shortWriter(writer: string, fits: (text: string) => boolean): string | null {
  if (fits(writer)) return writer
  const cut = writer.lastIndexOf('_')
  const short = `job ${cut < 0 ? writer : writer.slice(cut + 1)}`
  return fits(short) ? short : null
}

/**
 * The key as a cell prints it: invisible characters shown, isolated; only in full. Its last part
 * ("0" of "page-0") under an offset would read as a second number: a narrow cell leaves the key
 * to its colour, its tooltip and the inspector.
 */
function keyLabel(key: string, fits: (text: string) => boolean): string | null {
  const label = showInvisibles(key)
  return fits(label) ? isolate(label) : null
}
