import { actionSchema, jobSchema } from '../../scenario/schema'
import { z } from '../../scenario/zod'
import type { ActionKind } from './actionKind'

/**
 * The form's number fields as the scenario format declares them, so a field's kind (whole or not)
 * and bounds are read from the one declaration the scenario is validated by, never restated.
 */

/** `schema` without the wrappers that only say how it may be left out (default, null, absent). */
function unwrapped(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodOptional
    ? unwrapped(schema.unwrap() as z.ZodType)
    : schema
}

/** The schema at `path` under `schema`: object fields by name, array elements by any segment. */
function at(schema: z.ZodType, path: readonly string[]): z.ZodType {
  const [head, ...rest] = path
  if (head === undefined) return unwrapped(schema)
  const inner = unwrapped(schema)
  if (inner instanceof z.ZodArray) return at(inner.element as z.ZodType, rest)
  const field =
    inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>)[head] : undefined
  if (field === undefined) throw new Error(`the scenario format has no field ${head}`)
  return at(field, rest)
}

/** The number `schema` declares, alone or as one choice of several (a seek's offset or `latest`). */
function asNumber(schema: z.ZodType, where: string): z.ZodNumber {
  if (schema instanceof z.ZodNumber) return schema
  const choice =
    schema instanceof z.ZodUnion
      ? (schema.options as readonly z.ZodType[]).find((o) => o instanceof z.ZodNumber)
      : undefined
  if (choice instanceof z.ZodNumber) return choice
  throw new Error(`${where} is not a number in the scenario format`)
}

/** A number field of an action kind, by its path (`['set', 'retention.ms']`). */
export function actionNumber(kind: ActionKind, ...path: readonly string[]): z.ZodNumber {
  const option = actionSchema.options.find((o) => o.shape.type.safeParse(kind).success)
  if (option === undefined) throw new Error(`the scenario format has no action ${kind}`)
  return asNumber(at(option, path), `${kind} ${path.join('.')}`)
}

/** A number field of a job's declaration (`task.commit.ms`, `job.container.count`…). */
export function jobNumber(field: keyof typeof jobSchema.shape): z.ZodNumber {
  return asNumber(at(jobSchema, [field]), field)
}

/** The value a job gets for `field` when its declaration leaves it out (Samza's default). */
export function jobDefault<K extends keyof typeof jobSchema.shape>(
  field: K,
): z.output<(typeof jobSchema.shape)[K]> {
  return jobSchema.shape[field].parse(undefined) as z.output<(typeof jobSchema.shape)[K]>
}
