import type { Scenario } from '../../scenario/schema'
import { isTiered } from '../../sim'
import { alterTopicConfig } from './kafkaCommands'
import type { Snippet } from './snippet'
import { properties, shell } from './snippet'

type TopicSpec = Scenario['topics'][number]

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * What tiered storage (KIP-405) takes on a real cluster when a scenario tiers a topic: the brokers
 * must turn the remote tier on and load a remote storage plugin (Kafka ships none for an object
 * store), then `kafka-configs` tiers a topic that already exists, with the scenario's own limits.
 */
export function tieredStorageSnippets(scenario: Scenario): Snippet[] {
  const tiered = scenario.topics.filter((topic) => isTiered(topic.config))
  if (tiered.length === 0) return []
  return [
    properties('server.properties for tiered storage (every broker)', [
      'remote.log.storage.system.enable=true',
      '# the plugin that writes segments to your object store (S3, GCS, Azure, HDFS…)',
      'remote.log.storage.manager.class.name=<RemoteStorageManager class of the plugin>',
      'remote.log.storage.manager.class.path=<the plugin’s jars>',
      '# the default metadata manager keeps its records in an internal topic, via this listener',
      'remote.log.metadata.manager.listener.name=PLAINTEXT',
    ]),
    shell(
      'Tier a topic that already exists (the limits of this scenario)',
      ...tiered.map((topic) => alterTopicConfig(topic.name, tieredSettings(topic))),
    ),
  ]
}

/** The settings that make a topic tiered, as the scenario sets them. */
function tieredSettings(topic: TopicSpec) {
  const { config } = topic
  return {
    'remote.storage.enable': true,
    'local.retention.ms': config['local.retention.ms'],
    'retention.ms': config['retention.ms'],
    ...(config['local.retention.bytes'] === -2
      ? {}
      : { 'local.retention.bytes': config['local.retention.bytes'] }),
  }
}

/** The sizing note: why a cluster keeps its history in an archive at all. */
export const TIERED_SIZING_NOTE = `Sizing: an activity stream kept long enough to rewind a job over one or two weeks of history is terabytes per topic. With tiered storage the brokers’ disks hold only the newest part (local.retention.ms of hours to a day, ${DAY_MS} ms), the archive holds the rest up to retention.ms (one or two weeks: ${7 * DAY_MS}–${14 * DAY_MS} ms), and a rewind into the archive reads it back more slowly than from disk. Compacted topics cannot be tiered.`
