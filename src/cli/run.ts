/**
 * The headless runner: `npm run sim -- <scenario.json> [--at <ms>,…] [--after-action <n>,…] [--events]`
 * (docs/snapshot-format.md). A bad file or scenario prints one line naming the problem and exits
 * with code 2; a reader that closes early (`| head`) ends the run quietly.
 */
import { readFileSync } from 'node:fs'
import { parseScenarioJson } from '../scenario/parse'
import { describeProblems } from '../scenario/problems'
import { SimulationBudgetError } from '../sim'
import { parseCliArguments } from './arguments'
import { OutputClosed, writeStdout } from './output'
import { writeReport } from './report'
import { planStops } from './stops'

function main(argv: readonly string[]): number {
  const args = parseCliArguments(argv)
  if (!args.ok) return failWith(args.message)
  let text: string
  try {
    text = readFileSync(args.file, 'utf8')
  } catch (error) {
    return failWith(
      `cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const parsed = parseScenarioJson(text)
  if (!parsed.ok) return failWith(`${args.file}: ${describeProblems(parsed.problems)}`)
  const plan = planStops(parsed.value, args)
  if (!plan.ok) return failWith(plan.message)
  const document = args.afterActions.length === 0 && args.at.length <= 1
  try {
    writeReport(parsed.value, plan.stops, { events: args.events, document }, writeStdout)
  } catch (error) {
    if (error instanceof OutputClosed) return 0
    if (error instanceof SimulationBudgetError) return failWith(`${args.file}: ${error.message}`)
    throw error
  }
  return 0
}

function failWith(message: string): number {
  process.stderr.write(`error: ${message}\n`)
  return 2
}

process.exitCode = main(process.argv.slice(2))
