/** Comparing two runs: where they part, and how two worlds differ at one time. */
export { firstDifferingInput, structuralDifferences } from './inputs'
export type { InputDifference } from './inputs'
export { firstDivergence } from './divergence'
export type { Divergence, DivergenceOptions, EventDifference } from './divergence'
export { diffWorlds, isEmptyDiff } from './worldDiff'
export type {
  JobDifference,
  OutputDifference,
  PartitionDifference,
  TopicDifference,
  WorldDiff,
} from './worldDiff'
export type { Pair } from './pair'
export { diffPartitionRecords } from './records'
export type { RecordDifferences } from './records'
export type { StoreDifference } from './stores'
export {
  asCount,
  compareOutputs,
  contentsOfTallies,
  outputContents,
  outputContentsKey,
  outputTopics,
} from './outputs'
export { tallyPartition, tallyStillHolds } from './outputTally'
export type { PartitionTally } from './outputTally'
export type { ComparisonRow, KeyOutput, OutputContents, Side, Verdict } from './outputs'
