import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseScenarioJson } from '../scenario/parse'
import { eventsOf } from './simulation'
import { hasPartition, topicChoices } from './topicChoices'

function scenarioFile(path: string) {
  const parsed = parseScenarioJson(readFileSync(path, 'utf8'))
  if (!parsed.ok) throw new Error(`${path} does not parse`)
  return parsed.value
}

describe('topic choices', () => {
  test('list the scenario topics first, then the changelog, checkpoint and output topics jobs create', () => {
    const scenario = scenarioFile('scenarios/parallel-rewind.json')
    const choices = topicChoices(scenario, eventsOf(scenario))
    const own = scenario.topics.map((t) => t.name)
    expect(choices.slice(0, own.length).map((c) => c.name)).toEqual(own)
    const created = choices.slice(own.length)
    expect(new Set(created.map((c) => c.purpose))).toEqual(
      new Set(['changelog', 'checkpoint', 'output']),
    )
    for (const choice of created) {
      const event = eventsOf(scenario).find(
        (e) => e.type === 'topic.created' && e.topic === choice.name,
      )
      expect(event).toMatchObject({ partitions: choice.partitions, purpose: choice.purpose })
    }
    expect(new Set(choices.map((c) => c.name)).size).toBe(choices.length)
  })

  test('know which partitions exist at some time', () => {
    const scenario = scenarioFile('scenarios/parallel-rewind.json')
    const choices = topicChoices(scenario, eventsOf(scenario))
    const changelog = choices.find((c) => c.purpose === 'changelog')!
    expect(hasPartition(choices, changelog.name, changelog.partitions - 1)).toBe(true)
    expect(hasPartition(choices, changelog.name, changelog.partitions)).toBe(false)
    expect(hasPartition(choices, changelog.name, -1)).toBe(false)
    expect(hasPartition(choices, 'no-such-topic', 0)).toBe(false)
  })
})
