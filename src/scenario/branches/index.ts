/**
 * Two branches of one scenario: the model, and the document (file or link) that holds them. This
 * index brings the scenario schemas with it: code of the first screen imports what it needs from
 * branches.ts and scenarioDocument.ts, and the readers (document.ts) when it reads.
 */
export {
  branchScenario,
  DEFAULT_BRANCH_NAMES,
  forkScenario,
  withBranchName,
  withoutBranchAction,
} from './branches'
export { withBranchAction } from './branchAction'
export type { Branch, BranchedScenario, Branches, BranchSide } from './branches'
export { BRANCHED_FORMAT_VERSION, documentJson } from './scenarioDocument'
export type { ScenarioDocument } from './scenarioDocument'
export { parseScenarioDocument, parseScenarioDocumentJson } from './document'
