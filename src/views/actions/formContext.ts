import type { Scenario } from '../../scenario/schema'
import type { ActionAtCursor } from '../../store/appStore'
import { jobKey, inputTopics, type JobSnapshot, type JobSpec, type ReadonlyWorld } from '../../sim'

/** A job as the action form offers it: its spec, what it is doing, and what it reads. */
export interface JobChoice {
  readonly app: string
  readonly spec: JobSpec
  readonly status: JobSnapshot['status']
  /** The settings of its current (or last) run (a restart takes the declared ones unless changed). */
  readonly settings: JobSpec
  readonly containers: number
  /** Every partition of every input (an enrich table included) at the cursor. */
  readonly inputPartitions: readonly { readonly topic: string; readonly partition: number }[]
}

export interface MachineChoice {
  readonly id: number
  readonly up: boolean
}

/** What the form needs to know about the world at the cursor to offer and build actions. */
export interface FormContext {
  readonly topic: string
  readonly partition: number
  readonly consumers: readonly string[]
  readonly topics: readonly string[]
  readonly jobs: readonly JobChoice[]
  readonly brokers: readonly MachineChoice[]
  readonly hosts: readonly MachineChoice[]
}

function jobChoice(world: ReadonlyWorld, spec: JobSpec): JobChoice {
  const app = jobKey(spec)
  const state = world.jobs.get(app)
  return {
    app,
    spec,
    status: state?.status ?? 'never started',
    settings: { ...spec, ...state?.settings },
    containers: state?.containers.length ?? 0,
    inputPartitions: inputTopics(spec).flatMap((topic) =>
      (world.topics.get(topic)?.partitions ?? []).map((log) => ({
        topic,
        partition: log.partition,
      })),
    ),
  }
}

/** The form's view of `world` (the world at the cursor) and of the scenario's jobs. */
export function formContext(
  world: ReadonlyWorld,
  scenario: Scenario,
  at: { readonly topic: string; readonly partition: number },
): FormContext {
  return {
    ...at,
    consumers: scenario.consumers.map((c) => c.name),
    topics: [...world.topics.keys()],
    jobs: scenario.jobs.map((spec) => jobChoice(world, spec)),
    brokers: world.brokers.map((b, id) => ({ id, up: b.up })),
    hosts: world.hosts.map((h, id) => ({ id, up: h.up })),
  }
}

/**
 * Each form choice of a family mapped to its builder: the action its fields describe at the
 * cursor, or a sentence saying what is wrong. Typed over the family's choices, so a choice without
 * a builder does not compile.
 */
export type BuildersFor<K extends string, F> = {
  readonly [P in K]: (fields: F, context: FormContext) => ActionAtCursor | string
}
