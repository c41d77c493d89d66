import type { ActionAtCursor } from '../../../store/appStore'
import { CLEANUP_POLICIES, type AutoOffsetReset, type ScenarioActionType } from '../../../sim'
import type { BuildersFor, FormContext } from '../formContext'
import { schemaNumber } from '../parseField'
import { actionNumber } from '../schemaFields'

/** The log actions' fields, as typed. */
export interface LogFields {
  readonly key: string
  readonly value: string
  readonly tombstone: boolean
  readonly offset: string
  /** A forced pass's first dirty offset; '' means the cleaner checkpoint. */
  readonly firstDirty: string
  /** '' means the scenario's first consumer. */
  readonly consumer: string
  readonly seekTo: 'offset' | 'earliest' | 'latest'
  /** A consumer fetch as one request to the broker rather than a whole poll(). */
  readonly singleRequest: boolean
  /** A restarted consumer's `auto.offset.reset`; '' keeps the declared one. */
  readonly restartReset: '' | AutoOffsetReset
  readonly configName: string
  readonly configValue: string
  readonly periodic: boolean
}

export const LOG_DEFAULTS: LogFields = {
  key: 'user-1',
  value: 'Ada',
  tombstone: false,
  offset: '0',
  firstDirty: '',
  consumer: '',
  seekTo: 'earliest',
  singleRequest: false,
  restartReset: '',
  configName: 'retention.ms',
  configValue: '',
  periodic: false,
}

/** The topic configs the form can change besides `cleanup.policy` (all numbers). */
export const NUMERIC_TOPIC_CONFIGS = [
  'retention.ms',
  'retention.bytes',
  'segment.bytes',
  'segment.ms',
  'delete.retention.ms',
  'min.compaction.lag.ms',
  'max.compaction.lag.ms',
  'min.cleanable.dirty.ratio',
  'local.retention.ms',
  'local.retention.bytes',
] as const

/** The topic's one boolean config the form can change: tiered storage. */
export const REMOTE_STORAGE_CONFIG = 'remote.storage.enable'

type NumericTopicConfig = (typeof NUMERIC_TOPIC_CONFIGS)[number]

export type LogActionType = Extract<
  ScenarioActionType,
  | 'produce'
  | 'roll'
  | 'cleaner.run'
  | 'cleaner.clean'
  | 'cleaner.checkpoint'
  | 'retention.run'
  | 'deleteRecords'
  | 'consumer.fetch'
  | 'consumer.seek'
  | 'consumer.restart'
  | 'topic.config'
  | 'maintenance'
>

/** The form's choices of this family by kind, with their labels, in menu order. */
export const LOG_CHOICES: { readonly [K in LogActionType]: string } = {
  produce: 'Produce a record',
  roll: 'Roll the active segment',
  'cleaner.run': 'Run the log cleaner now',
  'cleaner.clean': 'Force a cleaning pass on this partition',
  'cleaner.checkpoint': 'Set the cleaner checkpoint',
  'retention.run': 'Run a retention check now',
  deleteRecords: 'Delete records (DeleteRecords)',
  'consumer.fetch': 'Consumer: fetch',
  'consumer.seek': 'Consumer: seek',
  'consumer.restart': 'Consumer: restart',
  'topic.config': 'Change a topic config',
  maintenance: 'Pause or resume background tasks',
}

/** The consumer the fields name, or the scenario's first. */
export function chosenConsumer(fields: LogFields, context: FormContext): string {
  return fields.consumer === '' ? (context.consumers[0] ?? '') : fields.consumer
}

function topicConfigAction(fields: LogFields, topic: string): ActionAtCursor | string {
  const name = fields.configName
  if (name === 'cleanup.policy') {
    const policy = CLEANUP_POLICIES.find((p) => p === fields.configValue)
    return policy === undefined
      ? `cleanup.policy must be one of ${CLEANUP_POLICIES.join(', ')}`
      : { type: 'topic.config', topic, set: { 'cleanup.policy': policy } }
  }
  if (name === REMOTE_STORAGE_CONFIG) {
    const value = fields.configValue.trim()
    return value === 'true' || value === 'false'
      ? { type: 'topic.config', topic, set: { [REMOTE_STORAGE_CONFIG]: value === 'true' } }
      : `${REMOTE_STORAGE_CONFIG} must be true or false`
  }
  const numeric = NUMERIC_TOPIC_CONFIGS.find((n) => n === name)
  if (numeric === undefined) return `${name} is not a topic config the form knows`
  const value = schemaNumber(fields.configValue, name, actionNumber('topic.config', 'set', name))
  if (typeof value === 'string') return value
  const set = { [numeric]: value } as Partial<Record<NumericTopicConfig, number>>
  return { type: 'topic.config', topic, set }
}

/** The selected partition, where the log's actions act. */
function selected(context: FormContext) {
  return { topic: context.topic, partition: context.partition }
}

/** An action on the fields' consumer, or the sentence saying the scenario has none. */
function onConsumer(
  build: (consumer: string, fields: LogFields) => ActionAtCursor | string,
): (fields: LogFields, context: FormContext) => ActionAtCursor | string {
  return (fields, context) => {
    const consumer = chosenConsumer(fields, context)
    return consumer === '' ? 'This scenario has no consumer' : build(consumer, fields)
  }
}

/** An action at the selected partition with the offset the fields give. */
function atOffset(type: 'cleaner.checkpoint' | 'deleteRecords') {
  return (fields: LogFields, context: FormContext): ActionAtCursor | string => {
    const offset = schemaNumber(fields.offset, 'The offset', actionNumber(type, 'offset'))
    return typeof offset === 'string' ? offset : { type, ...selected(context), offset }
  }
}

const LOG_BUILDERS: BuildersFor<LogActionType, LogFields> = {
  produce: (fields, context) => ({
    type: 'produce',
    ...selected(context),
    records: [
      {
        key: fields.key === '' ? null : fields.key,
        value: fields.tombstone ? null : fields.value,
      },
    ],
  }),
  roll: (_fields, context) => ({ type: 'roll', ...selected(context) }),
  'cleaner.run': () => ({ type: 'cleaner.run' }),
  'retention.run': () => ({ type: 'retention.run' }),
  'cleaner.clean': (fields, context) => {
    const at = selected(context)
    if (fields.firstDirty.trim() === '')
      return { type: 'cleaner.clean', ...at, firstDirtyOffset: null }
    const firstDirtyOffset = schemaNumber(
      fields.firstDirty,
      'The first dirty offset',
      actionNumber('cleaner.clean', 'firstDirtyOffset'),
    )
    return typeof firstDirtyOffset === 'string'
      ? firstDirtyOffset
      : { type: 'cleaner.clean', ...at, firstDirtyOffset }
  },
  'cleaner.checkpoint': atOffset('cleaner.checkpoint'),
  deleteRecords: atOffset('deleteRecords'),
  'consumer.fetch': onConsumer((consumer, fields) => ({
    type: 'consumer.fetch',
    consumer,
    maxRecords: null,
    ...(fields.singleRequest ? { singleRequest: true } : {}),
  })),
  'consumer.seek': onConsumer((consumer, fields) => {
    if (fields.seekTo !== 'offset')
      return { type: 'consumer.seek', consumer, offset: fields.seekTo }
    const offset = schemaNumber(
      fields.offset,
      'The offset',
      actionNumber('consumer.seek', 'offset'),
    )
    return typeof offset === 'string' ? offset : { type: 'consumer.seek', consumer, offset }
  }),
  'consumer.restart': onConsumer((consumer, fields) =>
    fields.restartReset === ''
      ? { type: 'consumer.restart', consumer, set: {} }
      : { type: 'consumer.restart', consumer, set: { 'auto.offset.reset': fields.restartReset } },
  ),
  'topic.config': (fields, context) => topicConfigAction(fields, context.topic),
  maintenance: (fields) => ({ type: 'maintenance', periodic: fields.periodic }),
}

/** The log action the fields describe at the selected partition, or what is wrong with it. */
export function buildLogAction(
  type: LogActionType,
  fields: LogFields,
  context: FormContext,
): ActionAtCursor | string {
  return LOG_BUILDERS[type](fields, context)
}
