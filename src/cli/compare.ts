import type { ScenarioDocument } from '../scenario/branches'
import { branchScenario } from '../scenario/branches'
import type { Scenario } from '../scenario/schema'
import type { SimEvent, WorldDiff } from '../sim'
import {
  advanceWorld,
  diffWorlds,
  firstDivergence,
  ignoreEvents,
  initialWorld,
  narrate,
} from '../sim'

/** One run of a comparison: where it comes from, and the scenario it runs. */
export interface CompareSide {
  readonly file: string
  /** The branch's name when the run is one branch of a branched file. */
  readonly branch: string | null
  readonly scenario: Scenario
}

/** The two runs `--compare` reads: two plain files, or the two branches of one. */
export function compareSides(
  first: { readonly file: string; readonly document: ScenarioDocument },
  second: { readonly file: string; readonly document: ScenarioDocument } | null,
): { ok: true; sides: [CompareSide, CompareSide] } | { ok: false; message: string } {
  const { branches } = first.document
  if (second === null) {
    if (branches === null)
      return {
        ok: false,
        message: `${first.file} has no branches: give a second scenario file to compare it with`,
      }
    const side = (s: 'a' | 'b'): CompareSide => ({
      file: first.file,
      branch: branches[s].name,
      scenario: branchScenario({ scenario: first.document.scenario, branches }, s),
    })
    return { ok: true, sides: [side('a'), side('b')] }
  }
  const branched = [first, second].find((f) => f.document.branches !== null)
  if (branched)
    return {
      ok: false,
      message: `${branched.file} holds two branches: compare them on their own (--compare ${branched.file})`,
    }
  const plain = (f: typeof first): CompareSide => ({
    file: f.file,
    branch: null,
    scenario: f.document.scenario,
  })
  return { ok: true, sides: [plain(first), plain(second)] }
}

/** How many items of a long list the report prints; it always says how many there are. */
const LISTED = 20

function listed<T>(items: readonly T[]): { readonly count: number; readonly first: readonly T[] } {
  return { count: items.length, first: items.slice(0, LISTED) }
}

function withText(event: SimEvent | null): (SimEvent & { text: string }) | null {
  return event === null ? null : { ...event, text: narrate(event) }
}

/** The comparison as the runner prints it (docs/snapshot-format.md, "Comparing two runs"). */
export function compareReport(a: CompareSide, b: CompareSide, at: number): object {
  const divergence = firstDivergence(a.scenario, b.scenario)
  const worldAt = (scenario: Scenario) => {
    const world = initialWorld(scenario)
    advanceWorld(world, scenario, at, ignoreEvents)
    return world
  }
  const describe = (side: CompareSide) => ({
    file: side.file,
    branch: side.branch,
    name: side.scenario.name,
  })
  return {
    a: describe(a),
    b: describe(b),
    at,
    divergence: divergence && {
      time: divergence.time,
      input: divergence.input,
      event: divergence.event && {
        time: divergence.event.time,
        a: withText(divergence.event.a),
        b: withText(divergence.event.b),
      },
    },
    differences: summarise(diffWorlds(worldAt(a.scenario), worldAt(b.scenario))),
  }
}

/** The differences with each long list cut to its first items and its count. */
function summarise(diff: WorldDiff): object {
  return {
    topics: diff.topics,
    partitions: diff.partitions.map((p) => ({
      ...p,
      records: {
        onlyA: listed(p.records.onlyA),
        onlyB: listed(p.records.onlyB),
        different: listed(p.records.different),
      },
    })),
    jobs: diff.jobs,
    stores: diff.stores.map((s) => ({ ...s, entries: listed(s.entries) })),
    outputs: diff.outputs.map((o) => ({ ...o, rows: listed(o.rows) })),
  }
}
