/**
 * The headless runner: `npm run sim -- <scenario.json> [--at <ms>,…] [--after-action <n>,…] [--events]`,
 * or `npm run sim -- --compare <a.json> [<b.json>] [--at <ms>]` (docs/snapshot-format.md). A bad file or scenario prints one line naming the problem and exits
 * with code 2; a reader that closes early (`| head`) ends the run quietly.
 */
import { readFileSync } from 'node:fs'
import type { ScenarioDocument } from '../scenario/branches'
import { parseScenarioDocumentJson } from '../scenario/branches'
import { describeProblems } from '../scenario/problems'
import { assertWithinEstimate, DEFAULT_WORK_BUDGET, SimulationBudgetError } from '../sim'
import type { CliOptions } from './arguments'
import { parseCliArguments } from './arguments'
import { compareReport, compareSides } from './compare'
import { OutputClosed, writeStdout } from './output'
import { writeReport } from './report'
import { planStops } from './stops'

function main(argv: readonly string[]): number {
  const args = parseCliArguments(argv)
  if (!args.ok) return failWith(args.message)
  const read = readDocument(args.file)
  if (!read.ok) return failWith(read.message)
  if (args.compare) return compare(args, read.document, args.compare.other)
  if (read.document.branches !== null)
    return failWith(
      `${args.file} holds two branches: compare them with --compare ${args.file}, or export one branch`,
    )
  const scenario = read.document.scenario
  const plan = planStops(scenario, args)
  if (!plan.ok) return failWith(plan.message)
  const document = args.afterActions.length === 0 && args.at.length <= 1
  return print(args.file, () => {
    writeReport(scenario, plan.stops, { events: args.events, document }, writeStdout)
  })
}

function readDocument(
  file: string,
): { ok: true; document: ScenarioDocument } | { ok: false; message: string } {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return {
      ok: false,
      message: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
  const parsed = parseScenarioDocumentJson(text)
  return parsed.ok
    ? { ok: true, document: parsed.value }
    : { ok: false, message: `${file}: ${describeProblems(parsed.problems)}` }
}

function compare(args: CliOptions, document: ScenarioDocument, other: string | null): number {
  let second = null
  if (other !== null) {
    const read = readDocument(other)
    if (!read.ok) return failWith(read.message)
    second = { file: other, document: read.document }
  }
  const pair = compareSides({ file: args.file, document }, second)
  if (!pair.ok) return failWith(pair.message)
  const [a, b] = pair.sides
  const end = Math.min(a.scenario.durationMs, b.scenario.durationMs)
  const at = args.at[0] ?? end
  if (at > end)
    return failWith(`--at ${at} is after the end of the shorter run (durationMs ${end})`)
  return print(args.file, () => {
    // The app's budget, checked before anything runs, for each of the two runs.
    for (const side of pair.sides) assertWithinEstimate(side.scenario, DEFAULT_WORK_BUDGET)
    writeStdout(JSON.stringify(compareReport(a, b, at), null, 2) + '\n')
  })
}

/** Runs `write`; a reader that closed early is not an error, a run over the budget is one. */
function print(file: string, write: () => void): number {
  try {
    write()
  } catch (error) {
    if (error instanceof OutputClosed) return 0
    if (error instanceof SimulationBudgetError) return failWith(`${file}: ${error.message}`)
    throw error
  }
  return 0
}

function failWith(message: string): number {
  process.stderr.write(`error: ${message}\n`)
  return 2
}

process.exitCode = main(process.argv.slice(2))
