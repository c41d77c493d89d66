import { CHECKPOINT_TOPIC_PREFIX, type ReadonlyWorld } from '../../sim'
import type { LaneRole } from './types'

export interface LaneChoice {
  readonly topic: string
  readonly partition: number
  readonly role: LaneRole
  readonly writers: readonly string[]
  readonly readers: readonly string[]
}

export interface LanesInPlay {
  /** In stage order: topics no job writes first, then each job's changelog and output. */
  readonly lanes: readonly LaneChoice[]
  readonly collapsed: readonly { readonly topic: string; readonly hidden: number }[]
}

export interface LaneOptions {
  /** The partition the user is looking at: always on the stage. */
  readonly focus: { readonly topic: string; readonly partition: number } | null
  /** A topic with more partitions than this shows this many lanes and "and N more". */
  readonly maxLanesPerTopic: number
  /** Topics whose partitions are all shown ("and N more" was opened). */
  readonly expanded: ReadonlySet<string>
}

/**
 * Every partition of the topics in play as a lane. Checkpoint topics are Samza's bookkeeping and
 * stay off the stage unless one is the focus (a lesson step about a commit names its messages).
 * A topic one lane over the limit shows all, since "and 1 more" saves nothing.
 */
export function lanesInPlay(world: ReadonlyWorld, options: LaneOptions): LanesInPlay {
  const writers = new Map<string, string[]>()
  const readers = new Map<string, string[]>()
  const roles = new Map<string, LaneRole>()
  const add = (map: Map<string, string[]>, topic: string, app: string): void => {
    map.set(topic, [...(map.get(topic) ?? []), app])
  }
  for (const job of world.jobs.values()) {
    const { changelog, output } = job.settings
    if (changelog !== null) {
      roles.set(changelog, 'changelog')
      add(writers, changelog, job.app)
    }
    if (output !== null) {
      roles.set(output, 'output')
      add(writers, output, job.app)
    }
    for (const topic of new Set(job.tasks.flatMap((t) => t.inputs.map((i) => i.topic)))) {
      add(readers, topic, job.app)
      if (!roles.has(topic)) roles.set(topic, 'input')
    }
  }
  const names = [...world.topics.keys()].filter(
    (t) => !t.startsWith(CHECKPOINT_TOPIC_PREFIX) || t === options.focus?.topic,
  )
  const written = (t: string): boolean => roles.get(t) === 'changelog' || roles.get(t) === 'output'
  const ordered = [...names.filter((t) => !written(t)), ...names.filter(written)]

  const lanes: LaneChoice[] = []
  const collapsed: { topic: string; hidden: number }[] = []
  for (const topic of ordered) {
    const count = world.topics.get(topic)?.partitions.length ?? 0
    const shown = shownPartitions(topic, count, options)
    for (const partition of shown) {
      lanes.push({
        topic,
        partition,
        role: roles.get(topic) ?? 'topic',
        writers: writers.get(topic) ?? [],
        readers: readers.get(topic) ?? [],
      })
    }
    if (shown.length < count) collapsed.push({ topic, hidden: count - shown.length })
  }
  return { lanes, collapsed }
}

function shownPartitions(topic: string, count: number, options: LaneOptions): number[] {
  const all = Array.from({ length: count }, (_, p) => p)
  if (options.expanded.has(topic) || count <= options.maxLanesPerTopic + 1) return all
  const shown = all.slice(0, options.maxLanesPerTopic)
  const focus = options.focus
  if (focus?.topic === topic && focus.partition >= shown.length) {
    shown[shown.length - 1] = focus.partition
  }
  return shown
}
