import type { OffsetRange } from './stripModel'

/**
 * The stage as data: every lane, segment, record cell, marker, ghost, reset arrow and job box of a
 * world at one time, each with a stable id and placed in px for a given width and label size. A
 * renderer only draws (and, between two scenes, interpolates); nothing here knows React or the DOM.
 */
export interface Scene {
  readonly time: number
  readonly width: number
  readonly height: number
  readonly lanes: readonly Lane[]
  /** Topics with more partitions than fit: "and N more". */
  readonly collapsed: readonly CollapsedLanes[]
  readonly jobs: readonly JobBox[]
  /** Keys shown in view, with their colours (for the legend). */
  readonly keys: readonly { readonly key: string; readonly color: string }[]
}

/** What a lane's topic is to the jobs on the stage. */
export type LaneRole = 'input' | 'changelog' | 'output' | 'topic'

export interface Lane {
  /** `<topic>-<partition>`. */
  readonly id: string
  readonly topic: string
  readonly partition: number
  readonly role: LaneRole
  readonly policy: string
  /** Jobs set to write this topic (changelog or output), and jobs reading it. */
  readonly writers: readonly string[]
  readonly readers: readonly string[]
  /**
   * On a lane jobs write: the producers of the records in it now, in order of first write (a job
   * set to write it that has not written yet is not among them).
   */
  readonly writtenBy: readonly string[]
  /**
   * A replicated partition's leader and in-sync replicas in words ("leader 1, ISR [0, 1]", or
   * "offline, ISR []" without a leader); null with one replica, where there is nothing to tell.
   */
  readonly leadership: string | null
  /** Top of the lane (its name row) and of its band, and its full height, in px. */
  readonly y: number
  readonly bandY: number
  readonly bandHeight: number
  readonly height: number
  /** Offsets across the band's width (`x = (offset − range.from) × perOffset`). */
  readonly range: OffsetRange
  readonly perOffset: number
  readonly logStartOffset: number
  readonly logEndOffset: number
  /** Tiered topics only: the first offset on the broker's disk (the archive holds the rest). */
  readonly localLogStartOffset: number | null
  readonly cleanerCheckpoint: number | null
  readonly segments: readonly SceneSegment[]
  /** Tiered topics only: the offsets only the archive holds, when there are any. */
  readonly archive: ArchiveSpan | null
  /** One cell per record when there is room for them, else null and `density` is set. */
  readonly cells: readonly SceneCell[] | null
  readonly density: LaneDensity | null
  readonly recordCount: number
  readonly ghosts: readonly Ghost[]
  readonly markers: readonly SceneMarker[]
  readonly labels: readonly PlacedLabel[]
  readonly resets: readonly ResetArrow[]
  /** On an output lane: its newest value per key, a row at the lane's foot. */
  readonly newest: NewestRow | null
}

/**
 * What a reader of an output has once it has read to the log end: "newest per key:", then one
 * entry per key (a swatch of the key's colour at `x`, then `text`), then "…" at `moreX` when the
 * row could not name every key.
 */
export interface NewestRow {
  /** Top of the row, its text's baseline, and the top of its swatches, in px. */
  readonly y: number
  readonly baseline: number
  readonly swatchY: number
  /** The side of an entry's square swatch. */
  readonly swatchPx: number
  readonly entries: readonly NewestEntry[]
  readonly more: boolean
  readonly moreX: number
  /** The width every entry read would take: more than the lane's when some were left out. */
  readonly fullWidth: number
  /** Every entry read, in full (the row's tooltip). */
  readonly title: string
}

export interface NewestEntry {
  /** `<lane>=<key>`: highlighted after a step that changed the key's newest value. */
  readonly id: string
  readonly key: string
  readonly color: string
  /** Where its swatch starts, and its text. */
  readonly x: number
  readonly textX: number
  /** "page-0 = 9", or "page-0 deleted" for a tombstone; a long value is cut with "…". */
  readonly text: string
}

export interface SceneSegment {
  /** `<lane>@<base offset>`: a segment keeps its base offset until it is deleted or recopied. */
  readonly id: string
  readonly baseOffset: number
  readonly endOffset: number
  readonly active: boolean
  /** Only in the archive (tiered storage): below the local log start offset, off the broker's disk. */
  readonly archived: boolean
}

/** The archive-only part of a tiered lane: `[from, to)`, labelled like a marker. */
export interface ArchiveSpan {
  /** `<lane>:archive`: the id of its label. */
  readonly id: string
  readonly from: number
  readonly to: number
  readonly label: string
}

export interface SceneCell {
  /** `<lane>#<offset>`: offsets are never reused, so a record keeps its id for its whole life. */
  readonly id: string
  readonly offset: number
  readonly key: string | null
  readonly value: string | null
  readonly timestamp: number
  readonly color: string
  readonly tombstone: boolean
  /** Printed in the cell when there is room, else null. */
  readonly offsetLabel: string | null
  readonly keyLabel: string | null
  /** On output and changelog lanes: the producer of the record's batch (the job that wrote it). */
  readonly writer: string | null
  /** The writer as printed in the cell (the whole job name, or "job <job.id>"), when it fits. */
  readonly writerLabel: string | null
}

/** Per px column: the share of its offsets holding a record, and its tombstones. */
export interface LaneDensity {
  readonly filled: Float32Array
  readonly tombstones: Uint16Array
}

export type MarkerKind =
  | 'logStart'
  | 'localStart'
  | 'cleaner'
  /** A throttled cleaning pass at work on the lane: at its first dirty offset, until it ends. */
  | 'cleaning'
  | 'logEnd'
  | 'consumer'
  | 'task'

export interface SceneMarker {
  /** `<lane>:<kind>[:<reader>]`. */
  readonly id: string
  readonly kind: MarkerKind
  /** Where it really is, and where it is drawn (a reader below the log start is drawn at it). */
  readonly offset: number
  readonly drawnAt: number
  readonly x: number
  readonly label: string
  readonly behind: boolean
  /** A reader between the log start and the local log start: its fetches are served by the archive. */
  readonly inArchive: boolean
  /** The consumer or job a reader marker belongs to. */
  readonly owner: string | null
  /** A job task's last checkpointed offset (the last processed), or null. */
  readonly checkpoint: number | null
}

/** A label's box in lane coordinates (px from the lane's top-left), with its leader line. */
export interface PlacedLabel {
  readonly markerId: string
  readonly text: string
  /** The text's rows, top to bottom (several when it is wider than the lane). */
  readonly lines: readonly string[]
  readonly box: Box
  /** From the marker's line end to the label when the label had to move sideways. */
  readonly leader: {
    readonly x1: number
    readonly y1: number
    readonly x2: number
    readonly y2: number
  }
  readonly side: 'above' | 'below'
}

export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A segment retention deleted a short while ago, drawn hatched left of the log start. */
export interface Ghost {
  readonly id: string
  readonly baseOffset: number
  readonly endOffset: number
  readonly recordCount: number
  readonly deletedAt: number
  /** "deleted at 35 s by retention.ms": short enough for the lane. */
  readonly label: string
  /** The whole reason, for the inspector and the tooltip. */
  readonly why: string
}

/** A reader whose position had left the log, and where `auto.offset.reset` put it. */
export interface ResetArrow {
  readonly id: string
  readonly reader: string
  readonly at: number
  readonly requested: number
  readonly resetTo: number
  readonly policy: string
  /** Offsets it will never read because of the reset: [from, to). */
  readonly skipped: { readonly from: number; readonly to: number }
  readonly label: string
}

export interface CollapsedLanes {
  readonly id: string
  readonly topic: string
  readonly hidden: number
  readonly y: number
  readonly height: number
}

export interface JobBox {
  /** `<job.name>_<job.id>`. */
  readonly id: string
  readonly status: string
  readonly box: Box
  readonly inputLanes: readonly string[]
  readonly changelogLanes: readonly string[]
  readonly outputLanes: readonly string[]
  /** The store's newest entries by key, the key's colour beside each. */
  readonly store: readonly StoreEntry[]
  readonly storeSize: number
  /** 0–1 while a container restores its store from the changelog, else null. */
  readonly restoring: number | null
  /**
   * While restoring: the changelog records read of those to read, and with host affinity where
   * the restore started from ("reopened on host 0" or "no copy on host 1"); else null.
   */
  readonly restoreNote: string | null
  readonly lag: number
}

export interface StoreEntry {
  /** `<job>/<key>`. */
  readonly id: string
  readonly key: string
  readonly value: string
  readonly color: string
  /** Being restored from the changelog: in the store once the restore ends. */
  readonly restoring: boolean
}
