/** Two branches of one scenario: the model, and the document (file or link) that holds them. */
export {
  branchScenario,
  DEFAULT_BRANCH_NAMES,
  forkScenario,
  withBranchAction,
  withBranchName,
  withoutBranchAction,
} from './branches'
export type { Branch, BranchedScenario, Branches, BranchSide } from './branches'
export {
  BRANCHED_FORMAT_VERSION,
  documentJson,
  parseScenarioDocument,
  parseScenarioDocumentJson,
} from './document'
export type { ScenarioDocument } from './document'
