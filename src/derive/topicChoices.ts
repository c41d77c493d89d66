import type { SimEvent } from '../sim'
import type { Scenario } from '../scenario/schema'

export type TopicPurpose = 'scenario' | 'changelog' | 'checkpoint' | 'output'

export interface TopicChoice {
  readonly name: string
  readonly partitions: number
  readonly purpose: TopicPurpose
}

/**
 * Every topic the scenario ever has: its own, then those its jobs create (changelogs, checkpoint
 * topics, outputs) in the order they appear, so a learner can open a changelog like any topic.
 */
export function topicChoices(scenario: Scenario, events: readonly SimEvent[]): TopicChoice[] {
  const choices: TopicChoice[] = scenario.topics.map((t) => ({
    name: t.name,
    partitions: t.partitions,
    purpose: 'scenario',
  }))
  const seen = new Set(choices.map((c) => c.name))
  for (const event of events) {
    if (event.type !== 'topic.created' || seen.has(event.topic)) continue
    seen.add(event.topic)
    choices.push({ name: event.topic, partitions: event.partitions, purpose: event.purpose })
  }
  return choices
}

/** Whether `topic`-`partition` exists at some time in the scenario. */
export function hasPartition(
  choices: readonly TopicChoice[],
  topic: string,
  partition: number,
): boolean {
  const choice = choices.find((c) => c.name === topic)
  return (
    choice !== undefined &&
    Number.isInteger(partition) &&
    partition >= 0 &&
    partition < choice.partitions
  )
}
