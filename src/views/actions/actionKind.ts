import type { ScenarioAction, ScenarioActionType } from '../../sim'

/** Every kind of scenario action (`produce`, `job.stop`, `broker.fail`…). */
export type ActionKind = ScenarioActionType

/**
 * The scenario action of kind `K`. `Extract` alone would miss the kinds that share one shape
 * (`broker.fail` and `broker.recover`), so the shape is narrowed to the one kind.
 */
export type ActionOf<K extends ActionKind> = ScenarioAction extends infer A
  ? A extends { readonly type: infer T }
    ? K extends T
      ? A & { readonly type: K }
      : never
    : never
  : never
