import type { Scene } from '../../derive/scene'
import { labelRowHeight, storeValueAt } from '../../derive/scene'
import { useAppStore } from '../../store/appStore'
import type { StageMotion } from './useSceneMotion'
import { isolate } from '../../sim'
import { fitJobTitle } from './fitJobTitle'
import { fitStoreEntry, STORE_ARROW } from './fitStoreEntry'

/**
 * Each job as a box: name, status and lag, its store (key → value), and a restore bar while a
 * container rebuilds the store from its changelog; thin links from its tasks' positions in the
 * lanes above and down to the lanes it writes. Store values that changed in the last step tick
 * to their new value and stay highlighted. Among several jobs, the one viewed (a lesson step's
 * `view.job`, the store view's pick, or a click on its box) is marked selected, as the store
 * view shows it (the first job when none is picked).
 */
export function StageJobs({
  scene,
  labelPx,
  motion,
}: {
  readonly scene: Scene
  readonly labelPx: number
  readonly motion: StageMotion
}) {
  const row = labelRowHeight(labelPx)
  const viewed = useAppStore((s) => s.storeJob)
  const selectJob = useAppStore((s) => s.selectStoreJob)
  const selected =
    scene.jobs.length < 2
      ? null
      : (scene.jobs.find((j) => j.id === viewed) ?? scene.jobs[0] ?? null)?.id
  /** A store value that changed in this step ticks from its old value to its new one. */
  const valueAt = (id: string, value: string): string => {
    const change = motion.transition?.store.find((c) => c.id === id)
    return change === undefined ? value : (storeValueAt(change, motion.progress) ?? '')
  }
  return (
    <g className="stage-jobs">
      {scene.jobs.map((job) => {
        const { x, y, width, height } = job.box
        const centre = x + width / 2
        const reads = scene.lanes.flatMap((lane) =>
          lane.markers
            .filter((m) => m.kind === 'task' && m.owner === job.id)
            .map((m) => ({ id: m.id, x: m.x, y: lane.bandY + lane.bandHeight })),
        )
        const writes = scene.lanes
          .filter((l) => job.outputLanes.includes(l.id) || job.changelogLanes.includes(l.id))
          .map((l) => ({ id: l.id, x: (l.logEndOffset - l.range.from) * l.perOffset, y: l.bandY }))
        return (
          <g
            key={job.id}
            className={`stage-job stage-job--${job.status.replace(' ', '-')}${job.id === selected ? ' stage-job--selected' : ''}`}
            data-job={job.id}
            aria-current={job.id === selected ? 'true' : undefined}
            onClick={() => {
              selectJob(job.id)
            }}
          >
            {reads.map((r) => (
              <line key={r.id} className="stage-job__link" x1={r.x} y1={r.y} x2={centre} y2={y} />
            ))}
            {writes.map((w) => (
              <line
                key={w.id}
                className="stage-job__link stage-job__link--out"
                x1={centre}
                y1={y + height}
                x2={w.x}
                y2={w.y}
              />
            ))}
            <rect className="stage-job__box" x={x} y={y} width={width} height={height} rx={6} />
            <text className="stage-job__title" x={x + 8} y={y + row}>
              <title>{`${job.id} · ${job.status} · lag ${String(job.lag)}`}</title>
              {fitJobTitle(job, width - 16, labelPx)}
            </text>
            {job.restoring !== null && (
              <g className="stage-job__restore">
                <rect
                  x={x + 8}
                  y={y + row + 4}
                  width={width - 16}
                  height={6}
                  className="stage-job__restore-track"
                />
                <rect
                  x={x + 8}
                  y={y + row + 4}
                  width={(width - 16) * job.restoring}
                  height={6}
                  className="stage-job__restore-done"
                />
              </g>
            )}
            {job.store.map((entry, i) => (
              <g
                key={entry.id}
                className={`stage-store-entry${motion.changed.has(entry.id) ? ' stage-store-entry--changed' : ''}${entry.restoring ? ' stage-store-entry--restoring' : ''}`}
                data-store={entry.id}
              >
                <rect
                  className="stage-store-entry__mark"
                  x={x + 4}
                  y={y + row * (i + 1.5) + 2}
                  width={width - 8}
                  height={row}
                />
                <rect
                  x={x + 8}
                  y={y + row * (i + 1.5) + 4}
                  width={labelPx * 0.8}
                  height={labelPx * 0.8}
                  fill={entry.color}
                />
                <StoreEntryText
                  x={x + 8 + labelPx}
                  y={y + row * (i + 2.2) + 4}
                  maxPx={width - 16 - labelPx}
                  labelPx={labelPx}
                  storeKey={entry.key}
                  value={valueAt(entry.id, entry.value)}
                />
              </g>
            ))}
            <text className="stage-job__more" x={x + 8} y={y + height - 6}>
              {job.restoreNote ??
                (job.storeSize === 0
                  ? 'store empty'
                  : `store: ${job.storeSize} key${job.storeSize === 1 ? '' : 's'}${job.storeSize > job.store.length ? ` (${job.store.length} shown)` : ''}`)}
            </text>
          </g>
        )
      })}
    </g>
  )
}

/** One "key → value" line of a job's store, cut to the box; its tooltip holds it in full. */
function StoreEntryText({
  x,
  y,
  maxPx,
  labelPx,
  storeKey,
  value,
}: {
  readonly x: number
  readonly y: number
  readonly maxPx: number
  readonly labelPx: number
  readonly storeKey: string
  readonly value: string
}) {
  const fitted = fitStoreEntry(storeKey, value, maxPx, labelPx)
  return (
    <text x={x} y={y}>
      <title>{`${isolate(storeKey)}${STORE_ARROW}${isolate(value)}`}</title>
      {isolate(fitted.key)}
      {STORE_ARROW}
      {isolate(fitted.value)}
    </text>
  )
}
