import type { ActionAtCursor } from '../../store/appStore'
import { CLEANUP_POLICIES, type ScenarioActionType } from '../../sim'

/** The fields of the action form, as typed. */
export interface ActionFields {
  readonly key: string
  readonly value: string
  readonly tombstone: boolean
  readonly offset: string
  readonly consumer: string
  readonly seekTo: 'offset' | 'earliest' | 'latest'
  readonly configName: string
  readonly configValue: string
  readonly periodic: boolean
}

export const EMPTY_FIELDS: ActionFields = {
  key: 'user-1',
  value: 'Ada',
  tombstone: false,
  offset: '0',
  consumer: '',
  seekTo: 'earliest',
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
] as const

type NumericTopicConfig = (typeof NUMERIC_TOPIC_CONFIGS)[number]

/** Every action the engine takes, with what the form calls it. */
/** The actions this form builds; jobs, brokers and hosts get theirs with the views that show them. */
export type FormActionType = Extract<
  ScenarioActionType,
  | 'produce'
  | 'roll'
  | 'cleaner.run'
  | 'retention.run'
  | 'deleteRecords'
  | 'consumer.fetch'
  | 'consumer.seek'
  | 'topic.config'
  | 'maintenance'
>

export const ACTION_TYPES: readonly { type: FormActionType; label: string }[] = [
  { type: 'produce', label: 'Produce a record' },
  { type: 'roll', label: 'Roll the active segment' },
  { type: 'cleaner.run', label: 'Run the log cleaner now' },
  { type: 'retention.run', label: 'Run a retention check now' },
  { type: 'deleteRecords', label: 'Delete records (DeleteRecords)' },
  { type: 'consumer.fetch', label: 'Consumer: fetch' },
  { type: 'consumer.seek', label: 'Consumer: seek' },
  { type: 'topic.config', label: 'Change a topic config' },
  { type: 'maintenance', label: 'Pause or resume background tasks' },
]

function wholeNumber(text: string, what: string): number | string {
  return /^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : `${what} must be a whole number`
}

/** The action the form describes at the selected partition, or what is wrong with it. */
export function buildAction(
  type: FormActionType,
  fields: ActionFields,
  at: { topic: string; partition: number },
): ActionAtCursor | string {
  switch (type) {
    case 'produce':
      return {
        type,
        topic: at.topic,
        partition: at.partition,
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
    case 'deleteRecords': {
      const offset = wholeNumber(fields.offset, 'The offset')
      return typeof offset === 'string' ? offset : { type, ...at, offset }
    }
    case 'consumer.fetch':
      return fields.consumer === ''
        ? 'This scenario has no consumer'
        : { type, consumer: fields.consumer, maxRecords: null }
    case 'consumer.seek': {
      if (fields.consumer === '') return 'This scenario has no consumer'
      if (fields.seekTo !== 'offset')
        return { type, consumer: fields.consumer, offset: fields.seekTo }
      const offset = wholeNumber(fields.offset, 'The offset')
      return typeof offset === 'string' ? offset : { type, consumer: fields.consumer, offset }
    }
    case 'topic.config': {
      const name = fields.configName
      if (name === 'cleanup.policy') {
        const policy = CLEANUP_POLICIES.find((p) => p === fields.configValue)
        return policy === undefined
          ? `cleanup.policy must be one of ${CLEANUP_POLICIES.join(', ')}`
          : { type, topic: at.topic, set: { 'cleanup.policy': policy } }
      }
      const numeric = NUMERIC_TOPIC_CONFIGS.find((n) => n === name)
      if (numeric === undefined) return `${name} is not a topic config the form knows`
      const value = Number(fields.configValue.trim())
      if (fields.configValue.trim() === '' || !Number.isFinite(value))
        return `${name} must be a number`
      const set = { [numeric]: value } as Partial<Record<NumericTopicConfig, number>>
      return { type, topic: at.topic, set }
    }
    case 'maintenance':
      return { type, periodic: fields.periodic }
  }
}
