import type { ScenarioActionType } from './simScenario'

/** Each scripted action in plain words, for narration and messages (scenario files use the type). */
export const ACTION_NAMES: Readonly<Record<ScenarioActionType, string>> = {
  produce: 'producing records',
  roll: 'rolling the active segment',
  'cleaner.run': 'running the log cleaner',
  'cleaner.clean': 'forcing a cleaning pass',
  'cleaner.checkpoint': 'setting the cleaner checkpoint',
  'retention.run': 'running a retention check',
  deleteRecords: 'DeleteRecords',
  'consumer.fetch': 'the consumer’s fetch',
  'consumer.seek': 'the consumer’s seek',
  'consumer.restart': 'restarting the consumer',
  'topic.config': 'changing the topic config',
  maintenance: 'switching the background tasks',
  'job.start': 'starting the job',
  'job.stop': 'stopping the job',
  'job.crash': 'crashing the container',
  'job.decommission': 'decommissioning the job',
  'checkpoint.write': 'editing the checkpoint',
  'topic.delete': 'deleting the topic',
  'broker.fail': 'failing the broker',
  'broker.recover': 'recovering the broker',
  'host.fail': 'failing the host',
  'host.recover': 'recovering the host',
}
