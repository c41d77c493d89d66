import { hasLeader } from '../cluster/brokers'
import type { RowRefs } from '../log/fetch'
import { emptyRowRefs, fetchRowRefs, pushRowRef, releaseRowRefs } from '../log/fetch'
import { offsetAt } from '../log/recordColumns'
import type { World } from '../world'
import type { TaskInput } from './state'

/**
 * The records one task run processes, in order: rows of its inputs' logs, each with the input it
 * was read from. One batch (and one list of rows per input) is reused by every run: a task runs
 * hundreds of thousands of times in a long scenario, often for one or two records, and the arrays
 * and objects a run made were a large share of a long run's allocations. Runs never overlap, and
 * `releaseInputBatch` empties the batch after each.
 */
export interface InputBatch extends RowRefs {
  readonly inputs: (TaskInput | undefined)[]
}

const batch: InputBatch = { ...emptyRowRefs(), inputs: [] }
const fetched: RowRefs[] = []

/**
 * Mutates the inputs' positions: takes up to `limit` records from the inputs in turn (Samza's
 * round-robin chooser) and moves each input past what was taken from it.
 */
export function takeInputBatch(
  world: World,
  inputs: readonly TaskInput[],
  limit: number,
): InputBatch {
  const only = inputs.length === 1 ? inputs[0] : undefined
  if (only) {
    // One input (the usual task): its rows as fetched, at most `limit` of them.
    fetchInput(world, only, limit, batch)
    for (let i = 0; i < batch.length; i++) batch.inputs[i] = only
    movePastLast(only, batch)
    return batch
  }
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]
    const rows = (fetched[i] ??= emptyRowRefs())
    if (input) fetchInput(world, input, limit, rows)
  }
  for (let round = 0; batch.length < limit; round++) {
    let took = false
    for (let i = 0; i < inputs.length && batch.length < limit; i++) {
      const rows = fetched[i]
      const columns = rows?.columns[round]
      const input = inputs[i]
      if (!rows || !input || round >= rows.length || !columns) continue
      batch.inputs[batch.length] = input
      pushRowRef(batch, columns, rows.rows[round] ?? 0)
      input.position = offsetAt(columns, rows.rows[round] ?? 0) + 1
      took = true
    }
    if (!took) break
  }
  for (let i = 0; i < inputs.length; i++) {
    const rows = fetched[i]
    if (rows) releaseRowRefs(rows)
  }
  return batch
}

/** Mutates the batch: empties it, dropping its references to storage and inputs. */
export function releaseInputBatch(taken: InputBatch): void {
  for (let i = 0; i < taken.length; i++) taken.inputs[i] = undefined
  releaseRowRefs(taken)
}

/** Mutates `input`: its position moves one past the last row of `rows`, when there is one. */
function movePastLast(input: TaskInput, rows: RowRefs): void {
  const last = rows.length - 1
  const columns = rows.columns[last]
  if (last >= 0 && columns) input.position = offsetAt(columns, rows.rows[last] ?? 0) + 1
}

/**
 * Mutates `rows`: appends up to `limit` rows from the input's position; past a gap with nothing
 * left, moves the position on.
 */
function fetchInput(world: World, input: TaskInput, limit: number, rows: RowRefs): void {
  // One topic lookup for both the leader and the log (this runs on every task run).
  const topic = world.topics.get(input.topic)
  if (!topic || !hasLeader(topic, input.partition)) return
  const log = topic.partitions[input.partition]
  if (!log || input.position === null) return
  const before = rows.length
  const read = fetchRowRefs(log, input.position, limit, rows)
  if (read.ok && rows.length === before) input.position = read.nextOffset
}
