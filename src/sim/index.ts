/** The public surface of the simulation core. */
export { createTimeline } from './timeline'
export {
  DEFAULT_WORK_BUDGET,
  GENEROUS_WORK_BUDGET,
  SimulationBudgetError,
} from './budget/workBudget'
export type { BudgetRefusal, WorkBudget, WorkCause } from './budget/workBudget'
export { createWorkMeter } from './budget/workMeter'
export { estimateWork, assertWithinEstimate, foreseeableWork } from './budget/estimate'
export { describeBudgetRefusal, formatDuration, formatNumber } from './budget/describeWork'
export type { AheadProgress, Timeline, TimelineOptions } from './timeline'
export { advanceThroughAction, advanceWorld, initialWorld } from './engine'
export type { AfterEvent, HandledEvent } from './engine'
export { cloneWorld } from './world'
export type { World, TopicState, ConsumerState, Refusal } from './world'
export type { DeepReadonly, ReadonlyJob, ReadonlyWorld } from './readonlyWorld'
export { cleaningOf, snapshotJob, snapshotWorld } from './snapshot'
export { epochDateText, toEpochTimestamp, withEpochTimestamps } from './epoch'
export type * from './snapshot'
export { narrate } from './narration'
export { ACTION_LABELS, ACTION_NAMES, actionTarget, describeAction } from './actionWords'
export { ignoreEvents } from './events'
export type { SimEvent, SimEventType, EventSink } from './events'
export type * from './simScenario'
export { OUTPUT_GUARDS } from './simScenario'
export {
  TOPIC_CONFIG_DEFAULTS,
  BROKER_CONFIG_DEFAULTS,
  LONG_MAX,
  CLEANUP_POLICIES,
  offsetMapCapacity,
  withOverrides,
} from './log/config'
export type { TopicConfig, TopicConfigOverrides, BrokerConfig, CleanupPolicy } from './log/config'
export { isTiered, localRetentionMs, tieredConfigProblem } from './log/tiered'
export type { SizeModel } from './log/sizeModel'
export { recordSize } from './log/sizeModel'
export type { TombstoneRule } from './log/cleaner'
export { logToClean } from './log/cleanable'
export {
  appName,
  checkpointTopicName,
  CHECKPOINT_TOPIC_PREFIX,
  inputTopics,
  jobKey,
} from './jobs/naming'
export { taskLag } from './jobs/state'
export { jobLag, storePreview, type StorePreview } from './jobs/preview'
export { segmentRecords, segmentRows, type SegmentRows } from './log/segment'
export * from './compare'
export { FSI, PDI, isolate, showInvisibles } from './userText'
