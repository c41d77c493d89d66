import { partitionWithArchiveAt } from '../../derive/partitionAt'
import { pannedWindow, zoomedWindow } from '../../derive/scene/stripModel'
import { worldAt } from '../../derive/simulation'
import type { Scenario } from '../../scenario/schema'
import type { AppSlice } from '../appStore'

/** A range of offsets the partition log is zoomed to, `[from, to)`. */
export interface OffsetWindow {
  readonly from: number
  readonly to: number
}

/** What the user looks at: a partition, a record of it, a job's store, a zoom of the log. */
export interface SelectionState {
  readonly topic: string
  readonly partition: number
  readonly selectedOffset: number | null
  /** The job (`<job.name>_<job.id>`) whose state store is shown; null: the scenario's first. */
  readonly storeJob: string | null
  /** A second job whose store the store view shows beside the first, to compare them. */
  readonly compareStoreJob: string | null
  readonly logWindow: OffsetWindow | null
  /**
   * The words of the lesson step on screen that send the eye somewhere (its text, and the pointer
   * of the answer it reveals): a stage too short for every lane draws the lanes they name first.
   * Null outside a lesson step.
   */
  readonly stepWords: string | null
}

export interface SelectionActions {
  selectPartition: (topic: string, partition: number) => void
  selectOffset: (offset: number | null) => void
  selectStoreJob: (job: string | null) => void
  selectCompareStoreJob: (job: string | null) => void
  setLogWindow: (window: OffsetWindow | null) => void
  /** Zooms the selected partition's log by `factor` around offset `center` (default: the middle). */
  zoomLog: (factor: number, center?: number) => void
  /** Moves the selected partition's zoom window by `delta` offsets (nothing to pan when unzoomed). */
  panLog: (delta: number) => void
}

/** The partition a scenario opens on: its first topic's partition 0. */
export function firstPartition(scenario: Scenario): { topic: string; partition: number } {
  return { topic: scenario.topics[0]?.name ?? '', partition: 0 }
}

/** Nothing selected in `scenario` but its first partition. */
export function initialSelection(scenario: Scenario): SelectionState {
  return {
    ...firstPartition(scenario),
    selectedOffset: null,
    storeJob: null,
    compareStoreJob: null,
    logWindow: null,
    stepWords: null,
  }
}

export const createSelectionSlice: AppSlice<SelectionActions> = (set, get) => {
  /** The selected partition at the cursor, its archive included, as the log view draws it. */
  const selectedLog = () => {
    const { scenario, cursor, topic, partition } = get()
    return partitionWithArchiveAt(worldAt(scenario, cursor), topic, partition)
  }
  return {
    selectPartition: (topic, partition) => {
      set((s) => {
        s.topic = topic
        s.partition = partition
        s.selectedOffset = null
        s.logWindow = null
      })
    },
    selectOffset: (offset) => {
      set({ selectedOffset: offset })
    },
    selectStoreJob: (job) => {
      set({ storeJob: job })
    },
    selectCompareStoreJob: (job) => {
      set({ compareStoreJob: job })
    },
    setLogWindow: (window) => {
      set({ logWindow: window })
    },
    zoomLog: (factor, center) => {
      const log = selectedLog()
      if (log !== null) set({ logWindow: zoomedWindow(log, get().logWindow, factor, center) })
    },
    panLog: (delta) => {
      const { logWindow } = get()
      const log = logWindow === null ? null : selectedLog()
      if (log !== null && logWindow !== null)
        set({ logWindow: pannedWindow(log, logWindow, delta) })
    },
  }
}
