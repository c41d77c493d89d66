import { actionSchema, jobSchema } from '../../scenario/schema'
import { z } from '../../scenario/zod'
import type { ActionKind } from './actionKind'

/**
 * The form's number fields as the scenario format declares them, so a field's kind (whole or not)
 * and bounds are read from the one declaration the scenario is validated by, never restated.
 */

type Schema = z.core.$ZodType

/** `schema` without the wrappers that only say how it may be left out (default, null, absent). */
function unwrapped(schema: Schema): Schema {
  return schema instanceof z.core.$ZodDefault ||
    schema instanceof z.core.$ZodNullable ||
    schema instanceof z.core.$ZodOptional
    ? unwrapped(schema._zod.def.innerType)
    : schema
}

/** The schema at `path` under `schema`: object fields by name, array elements by any segment. */
function at(schema: Schema, path: readonly string[]): Schema {
  const [head, ...rest] = path
  if (head === undefined) return unwrapped(schema)
  const inner = unwrapped(schema)
  if (inner instanceof z.core.$ZodArray) return at(inner._zod.def.element, rest)
  const field = inner instanceof z.core.$ZodObject ? inner._zod.def.shape[head] : undefined
  if (field === undefined) throw new Error(`the scenario format has no field ${head}`)
  return at(field, rest)
}

/** The number `schema` declares, alone or as one choice of several (a seek's offset or `latest`). */
function asNumber(schema: Schema, where: string): z.core.$ZodNumber {
  if (schema instanceof z.core.$ZodNumber) return schema
  const choice =
    schema instanceof z.core.$ZodUnion
      ? schema._zod.def.options.find((o) => o instanceof z.core.$ZodNumber)
      : undefined
  if (choice instanceof z.core.$ZodNumber) return choice
  throw new Error(`${where} is not a number in the scenario format`)
}

/** A number field of an action kind, by its path (`['set', 'retention.ms']`). */
export function actionNumber(kind: ActionKind, ...path: readonly string[]): z.core.$ZodNumber {
  const option = actionSchema._zod.def.options.find((o) => o.shape.type.safeParse(kind).success)
  if (option === undefined) throw new Error(`the scenario format has no action ${kind}`)
  return asNumber(at(option, path), `${kind} ${path.join('.')}`)
}

/** A number field of a job's declaration (`task.commit.ms`, `job.container.count`…). */
export function jobNumber(field: keyof typeof jobSchema.shape): z.core.$ZodNumber {
  return asNumber(at(jobSchema, [field]), field)
}

/** The value a job gets for `field` when its declaration leaves it out (Samza's default). */
export function jobDefault<K extends keyof typeof jobSchema.shape>(
  field: K,
): z.output<(typeof jobSchema.shape)[K]> {
  return jobSchema.shape[field].parse(undefined) as z.output<(typeof jobSchema.shape)[K]>
}
