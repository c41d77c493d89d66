import type { EventSink } from '../events'
import { crashContainer } from '../jobs/lifecycle'
import { loseLocalStores } from '../jobs/localStores'
import type { SimScenario } from '../simScenario'
import type { World } from '../world'

/**
 * Hosts run job containers (YARN NodeManagers). Losing one kills its containers; the cluster manager
 * starts each again on a host that is up, where the tasks restore their stores from the changelogs.
 * The failed host's disk is lost with it: the store copies host affinity would reopen there are gone
 * (the changelogs, on the brokers, are not).
 */

/** Mutates `world`. */
export function failHost(
  world: World,
  scenario: SimScenario,
  sink: EventSink,
  host: number,
): string | null {
  const state = world.hosts[host]
  if (!state) return `there is no host ${host}`
  if (!state.up) return `host ${host} is already down`
  state.up = false
  loseLocalStores(world, host)
  sink({ type: 'host.failed', time: world.now, host })
  for (const job of world.jobs.values()) {
    if (job.status !== 'running') continue
    for (const container of job.containers) {
      if (container.host === host && container.status !== 'waiting' && container.status !== 'down')
        crashContainer(world, scenario, sink, job, container.index, 'host failure')
    }
  }
  return null
}

/** Mutates `world`: the host takes containers again (waiting ones get it at their next retry). */
export function recoverHost(world: World, sink: EventSink, host: number): string | null {
  const state = world.hosts[host]
  if (!state) return `there is no host ${host}`
  if (state.up) return `host ${host} is up`
  state.up = true
  sink({ type: 'host.recovered', time: world.now, host })
  return null
}
