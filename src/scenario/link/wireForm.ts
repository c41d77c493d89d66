import type { Scenario, ScenarioInput } from '../schema'
import { BROKER_CONFIG_DEFAULTS, TOPIC_CONFIG_DEFAULTS } from '../../sim'

/**
 * The scenario as a link carries it: configs equal to Kafka's defaults and producer ends equal to
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
