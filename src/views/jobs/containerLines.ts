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
      : `${where}; restored ${String(last.keys)} ${last.keys === 1 ? 'key' : 'keys'} from ${String(last.records)} changelog ${last.records === 1 ? 'record' : 'records'} at ${formatSimTime(last.time)}`
  })
}
