import type { JobSnapshot, SimEvent } from '../../sim'
import { formatSimTime } from '../../derive/scene/format'

type Restored = Extract<SimEvent, { type: 'job.restored' }>

/**
 * One line per container of a started job: where it runs, what it is doing, and what its last
 * finished restore read (`restored`: the job's `job.restored` events up to now, in time order), so that a
 * container moved to another host shows the host and the changelog it rebuilt its store from.
 */
export function containerLines(job: JobSnapshot, restored: readonly SimEvent[]): string[] {
  return job.containers.map((c) => {
    const last = restored
      .filter((e): e is Restored => e.type === 'job.restored' && e.job === job.job)
      .findLast((e) => e.container === c.index)
    const where = `Container ${String(c.index)} on host ${String(c.host)}: ${c.status}`
    // While restoring, the card's restore line says what is being read; an older restore is stale.
    return last === undefined || c.status === 'restoring'
      ? where
      : `${where}; restored ${String(last.keys)} ${last.keys === 1 ? 'key' : 'keys'} from ${String(last.records)} changelog ${last.records === 1 ? 'record' : 'records'} at ${formatSimTime(last.time)}${reopenedText(job, c.index)}`
  })
}

/** With host affinity: whether the last restore reopened the store left on the host, or had none. */
function reopenedText(job: JobSnapshot, container: number): string {
  if (job.settings['job.host-affinity.enabled'] !== true) return ''
  const offsets = reopenedOffsets(job, container)
  return offsets.length === 0
    ? ', the whole changelog: no copy of its store on this host'
    : `, after reopening the store left on this host at OFFSET ${offsets.join(', ')}`
}

/** The OFFSETs of the store copies the container's tasks reopened at its last restore. */
export function reopenedOffsets(job: JobSnapshot, container: number): number[] {
  return job.tasks.flatMap((t) =>
    t.container === container && typeof t.reopenedOffset === 'number' ? [t.reopenedOffset] : [],
  )
}
