import type { Scenario } from '../../scenario/schema'
import { jobKey } from '../../sim'
import { resetGroupOffsets, streamsApplicationReset } from './kafkaCommands'
import type { JobSpec } from './samzaJob'
import type { RealWorldSection } from './snippet'
import { BOOTSTRAP, properties, shell } from './snippet'

/**
 * The same rewind done with today's Kafka tools, for comparison (../shared/samza-semantics.md §7,
 * §8.8): a plain consumer group, and a Kafka Streams app whose application.id is the job's name.
 */

type CheckpointWrite = Extract<Scenario['actions'][number], { type: 'checkpoint.write' }>

/** Kafka's `--to-datetime` format, reading simulated ms as epoch ms. */
function datetime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23)
}

/** Reset specs per `--topic` scope: a checkpoint's last processed offset o means next offset o+1. */
function resetSpecs(
  spec: JobSpec,
  write: CheckpointWrite | null,
): { scope: string; spec: string }[] {
  if (write === null) return spec.inputs.map((topic) => ({ scope: topic, spec: '--to-earliest' }))
  if (write.offsets === null)
    return spec.inputs.map((topic) => ({
      scope: topic,
      spec: `--to-datetime ${datetime(write.timestamp ?? 0)}`,
    }))
  return write.offsets.map((o) => ({
    scope: `${o.topic}:${o.partition}`,
    spec: `--to-offset ${o.offset + 1}`,
  }))
}

export function comparisonSection(
  spec: JobSpec,
  write: CheckpointWrite | null,
  id: string,
): RealWorldSection {
  const resets = resetSpecs(spec, write)
  const group = spec['job.name']
  const offsets = write?.offsets ?? null
  // Several partitions with different offsets go in one CSV for the Streams reset tool.
  const perPartitionFile = offsets !== null && offsets.length > 1
  const streamsSpec = perPartitionFile
    ? '--from-file rewind.csv'
    : (resets[0]?.spec ?? '--to-earliest')
  const csv = perPartitionFile
    ? [
        {
          label: 'rewind.csv',
          language: 'shell' as const,
          text: offsets.map((o) => `${o.topic},${o.partition},${o.offset + 1}`).join('\n'),
        },
      ]
    : []
  return {
    id,
    title: `For comparison: the same rewind of ${jobKey(spec)} with Kafka's tools`,
    snippets: [
      shell(
        `A plain consumer app (group ${group}): plan, then apply`,
        ...resets.map((r) => resetGroupOffsets(group, r.scope, r.spec, '--dry-run')),
        ...resets.map((r) => resetGroupOffsets(group, r.scope, r.spec, '--execute')),
      ),
      ...csv,
      shell(
        `A Kafka Streams app (application.id ${group}): plan, reset, then clean local state`,
        streamsApplicationReset(group, spec.inputs, streamsSpec, true),
        streamsApplicationReset(group, spec.inputs, streamsSpec, false),
        `rm -rf /tmp/kafka-streams/${group}   # or KafkaStreams#cleanUp() before start`,
      ),
    ],
    caveats: [
      'These move consumer-group offsets (the next offset to read). A Samza job never commits group offsets, so they do nothing to it: use the checkpoint tool, samza.reset.offset, or a new job.id with samza.offset.default=oldest.',
      'The Streams reset tool deletes the app’s internal changelog topics but leaves output topics and local state alone.',
    ],
  }
}

/** A second job of the same name started at the oldest offset: Kafka Streams' parallel rewind. */
function parallelSection(spec: JobSpec, id: string): RealWorldSection {
  const applicationId = `${spec['job.name']}-v${spec['job.id']}`
  return {
    id,
    title: `For comparison: the parallel rewind ${jobKey(spec)} with Kafka Streams`,
    snippets: [
      properties(`A second Kafka Streams app (${applicationId}.properties)`, [
        `application.id=${applicationId}`,
        `bootstrap.servers=${BOOTSTRAP}`,
        'auto.offset.reset=earliest',
        ...(spec.output === null ? [] : [`# write to a new output topic, e.g. ${spec.output}`]),
      ]),
    ],
    caveats: [
      'A new application.id gives the app a new consumer group, new internal changelog topics and a new state directory, so it starts with empty state from the earliest offset.',
    ],
  }
}

/** Jobs rewound by a checkpoint edit, and jobs started at the oldest offset under a new identity. */
export function comparisonSections(scenario: Scenario): RealWorldSection[] {
  const sections: RealWorldSection[] = []
  scenario.actions.forEach((action, i) => {
    if (action.type !== 'checkpoint.write') return
    const spec = scenario.jobs.find((job) => jobKey(job) === action.job)
    if (spec) sections.push(comparisonSection(spec, action, `compare-${i}`))
  })
  for (const spec of scenario.jobs) {
    if (spec['samza.offset.default'] !== 'oldest') continue
    const id = `compare-${jobKey(spec)}`
    const sibling = scenario.jobs.some(
      (other) => other !== spec && other['job.name'] === spec['job.name'],
    )
    sections.push(sibling ? parallelSection(spec, id) : comparisonSection(spec, null, id))
  }
  return sections
}
