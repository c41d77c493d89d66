import type { Scenario } from '../../../scenario/schema'
import type { ActionKind, ActionOf } from '../../actions/actionKind'
import type { DescribedAction } from '../snippet'

/** What each kind in `K` stands for on a real cluster: one family's share of the registry. */
export type CommandsFor<K extends ActionKind> = {
  readonly [P in K]: (action: ActionOf<P>, scenario: Scenario) => DescribedAction
}
