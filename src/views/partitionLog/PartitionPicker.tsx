import { useAppStore } from '../../store/appStore'

/** Chooses which topic partition the log view shows. */
export function PartitionPicker() {
  const topics = useAppStore((s) => s.scenario.topics)
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const selectPartition = useAppStore((s) => s.selectPartition)
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
        {topics.map((t) =>
          Array.from({ length: t.partitions }, (_, p) => (
            <option key={`${t.name}-${p}`} value={`${p}:${t.name}`}>
              {t.name}-{p} ({t.config['cleanup.policy']})
            </option>
          )),
        )}
      </select>
    </label>
  )
}
