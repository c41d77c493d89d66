/** The stage's scene model: what the stage draws, and what changes between two times. */
export { scene, WHOLE_SCENE } from './scene'
export type { SceneOptions, SceneSelection } from './scene'
export { transition } from './transition'
export type { LeavingCell, MarkerMove, SceneTransition, StoreChange } from './transition'
export type * from './types'
export { deletionWhy, GHOST_MS } from './ghosts'
export { labelRowHeight, labelWidth, MONO_CHAR_EM } from './labelLayout'
export { cellLabelPx, MAX_CELL_PX, offsetCellPx } from './lane'
export { NEWEST_PREFIX } from './newestRow'
export {
  archiveSpanAt,
  ease,
  eventsBetween,
  hasMotion,
  laneShiftAt,
  laneXAt,
  storeValueAt,
} from './motion'
