import { useAppStore } from '../../store/appStore'
import { topicChoicesOf } from '../../derive/simulation'
import type { TopicPurpose } from '../../derive/topicChoices'

const GROUPS: readonly { purpose: TopicPurpose; label: string }[] = [
  { purpose: 'scenario', label: 'Scenario topics' },
  { purpose: 'changelog', label: 'Store changelogs (created by jobs)' },
  { purpose: 'checkpoint', label: 'Checkpoint topics (created by jobs)' },
  { purpose: 'output', label: 'Job outputs (created by jobs)' },
]

/**
 * Chooses which topic partition the log view shows: the scenario's topics and those its jobs create,
 * grouped, so a changelog or checkpoint topic can be opened like any other.
 */
export function PartitionPicker() {
  const scenario = useAppStore((s) => s.scenario)
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const selectPartition = useAppStore((s) => s.selectPartition)
  const choices = topicChoicesOf(scenario)
  const policyOf = (name: string): string =>
    scenario.topics.find((t) => t.name === name)?.config['cleanup.policy'] ?? ''
  return (
    <label className="picker">
      <span>Partition</span>
      <select
        value={`${partition}:${topic}`}
        onChange={(event) => {
          const value = event.target.value
          const colon = value.indexOf(':')
          selectPartition(value.slice(colon + 1), Number(value.slice(0, colon)))
        }}
      >
        {GROUPS.map(({ purpose, label }) => {
          const topics = choices.filter((c) => c.purpose === purpose)
          if (topics.length === 0) return null
          return (
            <optgroup key={purpose} label={label}>
              {topics.map((t) =>
                Array.from({ length: t.partitions }, (_, p) => (
                  <option key={`${t.name}-${p}`} value={`${p}:${t.name}`}>
                    {t.name}-{p} ({purpose === 'scenario' ? policyOf(t.name) : purpose})
                  </option>
                )),
              )}
            </optgroup>
          )
        })}
      </select>
    </label>
  )
}
