import { useAppStore } from '../../store/appStore'
import { partitionWithArchiveAt } from '../../derive/partitionAt'
import { worldAt } from '../../derive/simulation'
import type { PartitionSnapshot } from '../../sim'
import { fullRange, panRange, zoomRange, type OffsetRange } from '../../derive/scene/stripModel'

/** The offsets on screen: the zoom window kept inside the log (its archive included), or all of it. */
export function visibleRange(
  partition: PartitionSnapshot,
  window: OffsetRange | null,
): OffsetRange {
  const full = fullRange(partition)
  if (window === null || window.to - window.from >= full.to - full.from) return full
  return panRange(window, full, 0)
}

/** Zooms the selected partition's log by `factor` around `center` (the middle by default). */
export function zoomLog(factor: number, center?: number): void {
  const { scenario, cursor, topic, partition, logWindow, setLogWindow } = useAppStore.getState()
  const snapshot = partitionWithArchiveAt(worldAt(scenario, cursor), topic, partition)
  if (snapshot === null) return
  const full = fullRange(snapshot)
  const range = visibleRange(snapshot, logWindow)
  const next = zoomRange(range, full, factor, center ?? (range.from + range.to) / 2)
  setLogWindow(next.from <= full.from && next.to >= full.to ? null : next)
}

/** Moves the selected partition's zoom window by `delta` offsets (nothing to pan when unzoomed). */
export function panLog(delta: number): void {
  const { scenario, cursor, topic, partition, logWindow, setLogWindow } = useAppStore.getState()
  if (logWindow === null) return
  const snapshot = partitionWithArchiveAt(worldAt(scenario, cursor), topic, partition)
  if (snapshot === null) return
  setLogWindow(panRange(visibleRange(snapshot, logWindow), fullRange(snapshot), delta))
}
