import type { EventSink } from '../events'
import type { TopicConfig, TopicConfigOverrides } from '../log/config'
import { TOPIC_CONFIG_DEFAULTS, withOverrides } from '../log/config'
import type { ColumnsCapacity } from '../log/recordColumns'
import type { JobSpec } from '../simScenario'
import type { TopicState, World } from '../world'
import { addTopic } from '../world'

/**
 * The topics Samza creates for a job, with the configs it gives them
 * (`KafkaConfig.getChangelogKafkaProperties`, `getCheckpointTopicProperties`), and the broker's
 * auto-creation of an output topic that does not exist yet.
 */

/** Samza's changelog properties; min.compaction.lag.ms is set because transactional state is on. */
const CHANGELOG_CONFIG: TopicConfigOverrides = {
  'cleanup.policy': 'compact',
  'segment.bytes': 536_870_912,
  'delete.retention.ms': 86_400_000,
  'min.compaction.lag.ms': 14_400_000,
}

const CHECKPOINT_CONFIG: TopicConfigOverrides = {
  'cleanup.policy': 'compact',
  'segment.bytes': 26_214_400,
}

export function changelogConfig(spec: JobSpec): TopicConfig {
  const config = withOverrides(
    withOverrides(TOPIC_CONFIG_DEFAULTS, CHANGELOG_CONFIG),
    spec.changelogConfig,
  )
  // A user's lower max lag must still hold: Kafka requires max ≥ min.
  return config['max.compaction.lag.ms'] < config['min.compaction.lag.ms']
    ? { ...config, 'min.compaction.lag.ms': config['max.compaction.lag.ms'] }
    : config
}

/** Samza's defaults: `stores.*.changelog.replication.factor` 2, checkpoint topic 3; Kafka's 1. */
export const REPLICATION_FACTOR = { changelog: 2, checkpoint: 3, output: 1 } as const

export const CHECKPOINT_TOPIC_CONFIG: TopicConfig = withOverrides(
  TOPIC_CONFIG_DEFAULTS,
  CHECKPOINT_CONFIG,
)

/** Mutates `world`: creates the topic when it is missing; returns it either way. */
export function ensureTopic(
  world: World,
  sink: EventSink,
  request: {
    readonly name: string
    readonly partitions: number
    readonly config: TopicConfig
    readonly by: string
    readonly purpose: 'changelog' | 'checkpoint' | 'output'
    /** Room each partition's first segment reserves (see `reservedRoom`), when known. */
    readonly room?: ColumnsCapacity | undefined
  },
): TopicState {
  const existing = world.topics.get(request.name)
  if (existing) return existing
  const room = request.room
  const topic = addTopic(
    world,
    {
      name: request.name,
      partitions: request.partitions,
      replicationFactor: REPLICATION_FACTOR[request.purpose],
      config: request.config,
    },
    room && (() => room),
  )
  sink({
    type: 'topic.created',
    time: world.now,
    topic: request.name,
    partitions: request.partitions,
    by: request.by,
    purpose: request.purpose,
  })
  return topic
}
