import { formatSimTime } from '../../derive/scene/format'
import type { Divergence, ScenarioAction, SimEvent, ReadonlyWorld, WorldDiff } from '../../sim'
import { ACTION_NAMES, narrate } from '../../sim'

/** How one partition, store entry or job compares in the two branches at the cursor. */
export type RowVerdict = 'same' | 'different' | 'missing in A' | 'missing in B'

export interface PartitionRow {
  readonly name: string
  readonly verdict: RowVerdict
  /** "log start 12 vs 40 · 3 records only in A", empty when the same. */
  readonly detail: string
}

/** Every partition either branch has at the cursor, in name order, with how they compare. */
export function partitionRows(a: ReadonlyWorld, b: ReadonlyWorld, diff: WorldDiff): PartitionRow[] {
  const names = new Set<string>()
  for (const world of [a, b]) {
    for (const [topic, state] of world.topics) {
      state.partitions.forEach((_, p) => names.add(`${topic}-${p}`))
    }
  }
  const differing = new Map(diff.partitions.map((p) => [`${p.topic}-${p.partition}`, p]))
  return [...names].sort().map((name) => {
    const d = differing.get(name)
    if (d === undefined) return { name, verdict: 'same', detail: '' }
    const inA = a.topics.get(d.topic)?.partitions[d.partition] !== undefined
    const inB = b.topics.get(d.topic)?.partitions[d.partition] !== undefined
    const parts = [
      d.logStartOffset ? `log start ${pairText(d.logStartOffset)}` : '',
      d.logEndOffset ? `log end ${pairText(d.logEndOffset)}` : '',
      count(d.records.onlyA.length, 'only in A'),
      count(d.records.onlyB.length, 'only in B'),
      count(d.records.different.length, 'different'),
    ]
    const verdict: RowVerdict = !inA ? 'missing in A' : !inB ? 'missing in B' : 'different'
    return { name, verdict, detail: parts.filter((p) => p !== '').join(' · ') }
  })
}

export interface StoreRow {
  readonly name: string
  readonly key: string
  readonly verdict: RowVerdict
  readonly a: string
  readonly b: string
}

/** Every store value that differs at the cursor (a store the same on both sides has none). */
export function storeRows(diff: WorldDiff): StoreRow[] {
  return diff.stores.flatMap((s) =>
    s.entries.map((e) => ({
      name: `${s.job} · ${s.store} · ${s.task}`,
      key: e.key,
      verdict: e.a === null ? 'missing in A' : e.b === null ? 'missing in B' : 'different',
      a: e.a ?? '—',
      b: e.b ?? '—',
    })),
  )
}

function pairText(pair: { a: number | null; b: number | null }): string {
  return `${pair.a ?? '—'} in A, ${pair.b ?? '—'} in B`
}

function count(n: number, what: string): string {
  return n === 0 ? '' : `${n} record${n === 1 ? '' : 's'} ${what}`
}

/** Where the branches part, in words: the first differing action, then the first event. */
export interface DivergenceText {
  readonly headline: string
  readonly input: string
  readonly event: string | null
}

export function describeDivergence(divergence: Divergence | null): DivergenceText {
  if (divergence === null) {
    return {
      headline: 'The branches have not diverged: they are the same run so far.',
      input: 'Neither branch has an action of its own yet.',
      event: null,
    }
  }
  const { input, event } = divergence
  const inputText =
    input.kind === 'structure'
      ? `They differ from the start, in ${input.fields.join(', ')}.`
      : `First differing action, at ${formatSimTime(input.time)}: A ${actionText(input.a)}; B ${actionText(input.b)}.`
  return {
    headline:
      divergence.time === null
        ? 'Their actions differ, but no event differs yet.'
        : `The worlds first differ at ${formatSimTime(divergence.time)}.`,
    input: inputText,
    event:
      event === null
        ? null
        : `First differing event: A ${eventText(event.a)}; B ${eventText(event.b)}.`,
  }
}

function actionText(action: ScenarioAction | null): string {
  return action === null
    ? 'has no action there'
    : `${ACTION_NAMES[action.type]} at ${formatSimTime(action.at)}`
}

function eventText(event: SimEvent | null): string {
  return event === null ? 'has nothing there' : `“${narrate(event)}”`
}
