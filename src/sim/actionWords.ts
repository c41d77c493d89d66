import type { ScenarioAction, ScenarioActionType } from './simScenario'

/**
 * An action in words, in one place for every kind: its name in narration and messages, its short
 * label in lists and undo buttons, and what it is about. Typed over every kind, so a new kind
 * without its words does not compile.
 */

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

/**
 * Each action type as a short name a person reads in lists and undo buttons ("cleaner run"); the
 * scenario file keeps the type (`cleaner.run`) and narration its sentence form (ACTION_NAMES).
 */
export const ACTION_LABELS: Readonly<Record<ScenarioActionType, string>> = {
  produce: 'produce',
  roll: 'segment roll',
  'cleaner.run': 'cleaner run',
  'cleaner.clean': 'forced cleaning pass',
  'cleaner.checkpoint': 'cleaner checkpoint',
  'retention.run': 'retention check',
  deleteRecords: 'DeleteRecords',
  'consumer.fetch': 'consumer fetch',
  'consumer.seek': 'consumer seek',
  'consumer.restart': 'consumer restart',
  'topic.config': 'topic config change',
  maintenance: 'background tasks switch',
  'job.start': 'job start',
  'job.stop': 'job stop',
  'job.crash': 'container crash',
  'job.decommission': 'job decommission',
  'checkpoint.write': 'checkpoint edit',
  'topic.delete': 'topic deletion',
  'broker.fail': 'broker failure',
  'broker.recover': 'broker recovery',
  'host.fail': 'host failure',
  'host.recover': 'host recovery',
}

/** The action in a few words: its name and what it is about ("segment roll of user-profiles-0"). */
export function describeAction(action: ScenarioAction): string {
  const target = actionTarget(action)
  return target === '' ? ACTION_LABELS[action.type] : `${ACTION_LABELS[action.type]} of ${target}`
}

/** What an action is about, for the list of scenario actions ('' when it is the whole broker). */
export function actionTarget(action: ScenarioAction): string {
  switch (action.type) {
    case 'produce':
      return action.partition === null ? action.topic : `${action.topic}-${action.partition}`
    case 'roll':
    case 'deleteRecords':
    case 'cleaner.clean':
    case 'cleaner.checkpoint':
      return `${action.topic}-${action.partition}`
    case 'topic.config':
    case 'topic.delete':
      return action.topic
    case 'consumer.fetch':
    case 'consumer.seek':
    case 'consumer.restart':
      return action.consumer
    case 'job.start':
    case 'job.stop':
    case 'job.crash':
    case 'job.decommission':
    case 'checkpoint.write':
      return action.job
    case 'broker.fail':
    case 'broker.recover':
      return `broker ${action.broker}`
    case 'host.fail':
    case 'host.recover':
      return `host ${action.host}`
    case 'cleaner.run':
    case 'retention.run':
    case 'maintenance':
      return ''
  }
}
