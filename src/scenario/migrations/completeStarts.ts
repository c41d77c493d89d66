import { timeOrder } from '../actionOrder'

/**
 * Migration to format 3. Up to format 2, a `job.start`'s `set` stuck: it changed the job's settings
 * for that run and every later one. From format 3 a start runs exactly the job's declared settings
 * plus its own `set`, as a Samza deployment does. So each start of an older file is given every
 * change its job's earlier starts made, in time order, and the file reaches the same worlds.
 *
 * One case it cannot see without running the file: a start the simulator refused (the job was
 * already running, or its changelog had the wrong partition count) did not change the settings,
 * but its `set` is carried into later starts here.
 */
export function completeStarts(document: Record<string, unknown>): Record<string, unknown> {
  const actions = document['actions']
  if (!Array.isArray(actions)) return document
  const carried = new Map<unknown, Record<string, unknown>>()
  const migrated: unknown[] = (actions as unknown[]).slice()
  for (const i of timeOrder(actions)) {
    const action: unknown = actions[i]
    if (!isObject(action) || action['type'] !== 'job.start') continue
    const set = action['set'] ?? {}
    if (!isObject(set)) continue
    const settings = { ...carried.get(action['job']), ...set }
    carried.set(action['job'], settings)
    migrated[i] = { ...action, set: settings }
  }
  return { ...document, actions: migrated }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
