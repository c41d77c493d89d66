import type { Scenario } from '../../scenario/schema'
import { jobKey } from '../../sim'
import { formatSimTime } from '../../derive/scene/format'
import { actionSection } from './actionCommands'
import { comparisonSections } from './comparison'
import { createTopic, nonDefaultBrokerConfig } from './kafkaCommands'
import { impliedResources, jobProperties, propertiesFile, runApp } from './samzaJob'
import type { RealWorldSection } from './snippet'
import { properties, shell } from './snippet'
import { TIERED_SIZING_NOTE, tieredStorageSnippets } from './tieredStorage'

/**
 * The real configuration and commands a scenario stands for: the cluster and topics, each job's
 * properties, every scripted action in time order, and the Kafka-tools comparison for rewinds.
 */
export function realWorldSections(scenario: Scenario): RealWorldSection[] {
  return [
    clusterSection(scenario),
    ...scenario.jobs.map((spec) => jobSection(scenario, spec)),
    ...scenario.actions.map((action, i) => actionSection(scenario, action, i)),
    ...comparisonSections(scenario),
  ]
}

function clusterSection(scenario: Scenario): RealWorldSection {
  const broker = nonDefaultBrokerConfig(scenario.broker)
  const tiered = tieredStorageSnippets(scenario)
  return {
    id: 'cluster',
    title: `Cluster: ${scenario.cluster.brokers} broker${scenario.cluster.brokers === 1 ? '' : 's'} and the topics`,
    snippets: [
      ...(broker.length > 0 ? [properties('server.properties (every broker)', broker)] : []),
      shell('Create the topics', ...scenario.topics.map(createTopic)),
      ...tiered,
      shell(
        'Or replay the scenario into your cluster (Export it as scenario.json first)',
        'npm run replay -- scenario.json --bootstrap <host:port> --cleanup',
      ),
    ],
    caveats: [
      'Configs at Kafka’s defaults are left out.',
      ...(tiered.length > 0 ? [TIERED_SIZING_NOTE] : []),
      'The replay writes only to topics it creates (rewindlab.<run-id>.<topic>) and prints the real state beside the prediction; jobs are not replayed.',
      ...(scenario.sizeModel === 'records'
        ? [
            'This scenario counts sizes in records (1 unit each); on a real broker segment.bytes and retention.bytes are bytes.',
          ]
        : []),
    ],
  }
}

/** Tasks = the most partitions among the job's inputs (GroupByPartition). */
function taskCount(scenario: Scenario, spec: Scenario['jobs'][number]): number {
  const partitions = spec.inputs.map(
    (name) => scenario.topics.find((t) => t.name === name)?.partitions ?? 1,
  )
  return Math.max(1, ...partitions)
}

function jobSection(scenario: Scenario, spec: Scenario['jobs'][number]): RealWorldSection {
  const started =
    spec.startMs === null
      ? []
      : [shell(`Start it (at ${formatSimTime(spec.startMs)})`, runApp(spec))]
  return {
    id: `job-${jobKey(spec)}`,
    title: `Samza job ${jobKey(spec)}`,
    snippets: [
      properties(propertiesFile(spec), [
        ...jobProperties(spec),
        '',
        ...impliedResources(spec, taskCount(scenario, spec)),
      ]),
      ...started,
    ],
    caveats: [
      'Low-level API on YARN. The task class names are illustrative: the simulator runs built-in processors.',
    ],
  }
}
