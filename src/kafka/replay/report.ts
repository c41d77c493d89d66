import type { DifferentialResult } from './differential'
import type { PartitionView } from './views'

/** The replay's report: each partition's prediction beside what the cluster holds, then the differences. */
export function replayReport(
  result: DifferentialResult,
  topicName: (topic: string) => string,
): string {
  const lines: string[] = []
  for (const sim of result.simulated) {
    const real = result.real.find((r) => r.topic === sim.topic && r.partition === sim.partition)
    lines.push(`${topicName(sim.topic)} partition ${String(sim.partition)}`)
    lines.push(row('', 'simulator', 'cluster'))
    lines.push(
      row(
        'log start offset',
        String(sim.logStartOffset),
        show(real, (r) => r.logStartOffset),
      ),
    )
    lines.push(
      row(
        'log end offset',
        String(sim.logEndOffset),
        show(real, (r) => r.logEndOffset),
      ),
    )
    lines.push(
      row(
        'records in the log',
        String(sim.records.length),
        show(real, (r) => r.records.length),
      ),
    )
    lines.push(
      row(
        'size (bytes)',
        String(sim.size ?? '?'),
        show(real, (r) => r.size ?? '?'),
      ),
    )
    lines.push('')
  }
  if (result.simulatedPolls.length > 0) {
    lines.push('consumer polls (simulator | cluster)')
    result.simulatedPolls.forEach((poll, i) => {
      const real = result.realPolls[i]
      lines.push(
        `  ${poll.consumer} at ${String(poll.at)} ms: ${pollText(poll)} | ${real ? pollText(real) : '-'}`,
      )
    })
    lines.push('')
  }
  if (result.differences.length === 0) {
    lines.push('No differences: the cluster did what the simulator predicted.')
  } else {
    lines.push(`${String(result.differences.length)} difference(s):`)
    for (const difference of result.differences) lines.push(`  - ${shorten(difference)}`)
  }
  if (result.leftOut.length > 0) {
    lines.push('', 'Configs not sent to the cluster:')
    for (const why of result.leftOut) lines.push(`  - ${why}`)
  }
  return lines.join('\n')
}

function row(label: string, a: string, b: string): string {
  return `  ${label.padEnd(20)} ${a.padStart(10)} | ${b}`
}

function show(
  view: PartitionView | undefined,
  pick: (v: PartitionView) => number | string,
): string {
  return view ? String(pick(view)) : 'missing'
}

/** What a consumer exception means for the application, said beside its name. */
const EXCEPTION_MEANING: Readonly<Record<string, string>> = {
  NoOffsetForPartitionException:
    'no position and auto.offset.reset=none: the poll throws, reads nothing, and every later poll throws again until the application seeks',
  OffsetOutOfRangeException:
    'the position is out of range and auto.offset.reset=none: the poll throws and the position stays',
}

function pollText(poll: DifferentialResult['simulatedPolls'][number]): string {
  if (poll.error) {
    const meaning = EXCEPTION_MEANING[poll.error]
    return meaning === undefined ? poll.error : `${poll.error} (${meaning})`
  }
  const reset = poll.outOfRange
    ? `out of range at ${String(poll.outOfRange.position)}, reset; `
    : ''
  const got =
    poll.count === 0 ? 'no records' : `${String(poll.count)} from ${String(poll.firstOffset)}`
  return `${reset}${got}`
}

const LONGEST_LINE = 400

/** A difference cut to a readable length (a whole log's records can be long). */
function shorten(text: string): string {
  return text.length <= LONGEST_LINE ? text : `${text.slice(0, LONGEST_LINE)} …`
}
