/**
 * Golden claims: a golden scenario `NN-name.json` may have `NN-name.claims.json` beside it, the
 * facts it exists to show, each checked here on its own (not as part of a whole-world snapshot):
 * `{ "adaptedFrom": string | null, "claims": [Claim…] }`. A claim reads one value of the world
 * snapshot right after a scenario action (`afterAction`, as `--after-action`) or at a time (`at`):
 * `path` walks the snapshot (a string is a field, a number an index, an object picks the element
 * whose fields equal its own); `read: "recordOffsets"` turns a partition into the offsets of all
 * its records; then `equals` (deep) or `absent: true`. `says` is the claim in words, printed when
 * it fails. `adaptedFrom` names the Kafka or Samza test it is adapted from, or null.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from '../scenario/zod'
import { parseScenarioJson } from '../scenario/parse'
import { describeProblems } from '../scenario/problems'
import type { PartitionSnapshot, SimScenario, WorldSnapshot } from '../sim'
import {
  advanceThroughAction,
  advanceWorld,
  ignoreEvents,
  initialWorld,
  snapshotWorld,
} from '../sim'

const dir = join(import.meta.dirname, '__golden__')
const claimFiles = readdirSync(dir).filter((f) => /^\d\d-[\w-]+\.claims\.json$/.test(f))

const wholeFromZero = () => z.number().check(z.int(), z.gte(0))
const pathStep = z.union([z.string(), wholeFromZero(), z.record(z.string(), z.unknown())])
const claim = z
  .strictObject({
    afterAction: z.optional(wholeFromZero()),
    at: z.optional(wholeFromZero()),
    path: z.array(pathStep).check(z.minLength(1)),
    read: z.optional(z.literal('recordOffsets')),
    equals: z.optional(z.unknown()),
    absent: z.optional(z.literal(true)),
    says: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((c) => (c.afterAction === undefined) !== (c.at === undefined), {
      message: 'give afterAction or at',
    }),
    z.refine((c) => (c.absent === true) !== 'equals' in c, { message: 'give equals or absent' }),
  )
const claimsFile = z.strictObject({
  adaptedFrom: z.nullable(z.string().check(z.minLength(1))),
  claims: z.array(claim).check(z.minLength(1)),
})
type Claim = z.output<typeof claim>

function worldFor(scenario: SimScenario, c: Claim): WorldSnapshot {
  const world = initialWorld(scenario)
  if (c.afterAction !== undefined) {
    if (!advanceThroughAction(world, scenario, c.afterAction, ignoreEvents))
      throw new Error(`the scenario has no action ${c.afterAction}`)
  } else advanceWorld(world, scenario, c.at ?? 0, ignoreEvents)
  return snapshotWorld(world)
}

/** The value at `path`, or undefined where the path leads nowhere. */
function valueAt(root: unknown, path: Claim['path']): unknown {
  let here: unknown = root
  for (const step of path) {
    if (typeof step === 'string')
      here = here !== null && typeof here === 'object' ? Reflect.get(here, step) : undefined
    else if (typeof step === 'number') here = Array.isArray(here) ? here[step] : undefined
    else
      here = Array.isArray(here)
        ? here.find(
            (item: unknown) =>
              item !== null &&
              typeof item === 'object' &&
              Object.entries(step).every(([k, v]) => Reflect.get(item, k) === v),
          )
        : undefined
  }
  return here
}

function recordOffsets(partition: unknown): number[] {
  const segments = (partition as PartitionSnapshot).segments
  return segments.flatMap((s) => s.records.map((r) => r.offset))
}

describe('golden claims', () => {
  it('every golden has claims or a whole-world expected file; from 29 on, claims', () => {
    const files = readdirSync(dir)
    const goldens = files.filter((f) => /^\d\d-[\w-]+\.json$/.test(f))
    for (const file of goldens) {
      const claims = file.replace('.json', '.claims.json')
      const expected = file.replace('.json', '.expected.json')
      if (Number(file.slice(0, 2)) >= 29) expect(claimFiles).toContain(claims)
      else expect(files).toContain(expected)
    }
  })

  describe.each(claimFiles)('%s', (file) => {
    const { claims } = claimsFile.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')))
    const parsed = parseScenarioJson(readFileSync(join(dir, file.replace('.claims', '')), 'utf8'))
    if (!parsed.ok) throw new Error(describeProblems(parsed.problems))
    const scenario = parsed.value
    it.each(claims.map((c) => [c.says, c] as const))('%s', (_says, c) => {
      const found = valueAt(worldFor(scenario, c), c.path)
      const value = c.read === 'recordOffsets' ? recordOffsets(found) : found
      if (c.absent) expect(value, c.says).toBeUndefined()
      else expect(value, c.says).toEqual(c.equals)
    })
  })
})
