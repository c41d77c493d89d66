import type { Scenario, ScenarioInput } from '../schema'
import { BROKER_CONFIG_DEFAULTS, TOPIC_CONFIG_DEFAULTS } from '../../sim'

/**
 * The scenario as a link carries it: configs equal to Kafka's defaults, producer ends equal to
 * the scenario's end are left out, since parsing fills them in again. Keeps links short.
 */
export function toWireForm(scenario: Scenario): ScenarioInput {
  return {
    ...scenario,
    broker: withoutDefaults(scenario.broker, BROKER_CONFIG_DEFAULTS),
    topics: scenario.topics.map((t) => ({
      ...t,
      config: withoutDefaults(t.config, TOPIC_CONFIG_DEFAULTS),
    })),
    producers: scenario.producers.map(({ stopMs, ...rest }) =>
      stopMs === scenario.durationMs ? rest : { ...rest, stopMs },
    ),
    // Host affinity is off by default: links of jobs without it read as they did before it existed.
    jobs: scenario.jobs.map(({ 'job.host-affinity.enabled': affinity, ...rest }) =>
      affinity ? { ...rest, 'job.host-affinity.enabled': true } : rest,
    ),
  }
}

/** Own entries of `values` that differ from `defaults`, built field by field (no Object.assign). */
function withoutDefaults<T extends object>(values: T, defaults: T): Partial<T> {
  const out: Partial<T> = {}
  for (const name of Object.keys(values) as (keyof T)[]) {
    if (values[name] !== defaults[name]) out[name] = values[name]
  }
  return out
}
