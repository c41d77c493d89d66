import type { ActionAtCursor } from '../../../store/appStore'
import { CLEANUP_POLICIES, type AutoOffsetReset, type ScenarioActionType } from '../../../sim'
import type { FormContext } from '../formContext'
import { wholeNumber } from '../parseField'

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

export const LOG_ACTIONS: readonly { type: LogActionType; label: string }[] = [
  { type: 'produce', label: 'Produce a record' },
  { type: 'roll', label: 'Roll the active segment' },
  { type: 'cleaner.run', label: 'Run the log cleaner now' },
  { type: 'cleaner.clean', label: 'Force a cleaning pass on this partition' },
  { type: 'cleaner.checkpoint', label: 'Set the cleaner checkpoint' },
  { type: 'retention.run', label: 'Run a retention check now' },
  { type: 'deleteRecords', label: 'Delete records (DeleteRecords)' },
  { type: 'consumer.fetch', label: 'Consumer: fetch' },
  { type: 'consumer.seek', label: 'Consumer: seek' },
  { type: 'consumer.restart', label: 'Consumer: restart' },
  { type: 'topic.config', label: 'Change a topic config' },
  { type: 'maintenance', label: 'Pause or resume background tasks' },
]

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
  const value = Number(fields.configValue.trim())
  if (fields.configValue.trim() === '' || !Number.isFinite(value)) return `${name} must be a number`
  const set = { [numeric]: value } as Partial<Record<NumericTopicConfig, number>>
  return { type: 'topic.config', topic, set }
}

/** The log action the fields describe at the selected partition, or what is wrong with it. */
export function buildLogAction(
  type: LogActionType,
  fields: LogFields,
  context: FormContext,
): ActionAtCursor | string {
  const at = { topic: context.topic, partition: context.partition }
  const consumer = chosenConsumer(fields, context)
  switch (type) {
    case 'produce':
      return {
        type,
        ...at,
        records: [
          {
            key: fields.key === '' ? null : fields.key,
            value: fields.tombstone ? null : fields.value,
          },
        ],
      }
    case 'roll':
      return { type, ...at }
    case 'cleaner.run':
    case 'retention.run':
      return { type }
    case 'cleaner.clean': {
      if (fields.firstDirty.trim() === '') return { type, ...at, firstDirtyOffset: null }
      const firstDirtyOffset = wholeNumber(fields.firstDirty, 'The first dirty offset')
      return typeof firstDirtyOffset === 'string'
        ? firstDirtyOffset
        : { type, ...at, firstDirtyOffset }
    }
    case 'cleaner.checkpoint':
    case 'deleteRecords': {
      const offset = wholeNumber(fields.offset, 'The offset')
      return typeof offset === 'string' ? offset : { type, ...at, offset }
    }
    case 'consumer.fetch':
      return consumer === ''
        ? 'This scenario has no consumer'
        : {
            type,
            consumer,
            maxRecords: null,
            ...(fields.singleRequest ? { singleRequest: true } : {}),
          }
    case 'consumer.seek': {
      if (consumer === '') return 'This scenario has no consumer'
      if (fields.seekTo !== 'offset') return { type, consumer, offset: fields.seekTo }
      const offset = wholeNumber(fields.offset, 'The offset')
      return typeof offset === 'string' ? offset : { type, consumer, offset }
    }
    case 'consumer.restart':
      if (consumer === '') return 'This scenario has no consumer'
      return fields.restartReset === ''
        ? { type, consumer, set: {} }
        : { type, consumer, set: { 'auto.offset.reset': fields.restartReset } }
    case 'topic.config':
      return topicConfigAction(fields, at.topic)
    case 'maintenance':
      return { type, periodic: fields.periodic }
  }
}
