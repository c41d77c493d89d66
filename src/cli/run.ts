/**
 * The headless runner: `npm run sim -- <scenario.json> --at <ms> [--events]`.
 * Prints the world at that time as JSON (docs/snapshot-format.md), or the events up to it, one JSON
 * object per line. A bad file or scenario prints one line naming the problem and exits with code 2.
 */
import { readFileSync } from 'node:fs'
import { parseScenarioJson } from '../scenario/parse'
import { describeProblems } from '../scenario/problems'
import { advanceWorld, ignoreEvents, initialWorld, narrate, snapshotWorld } from '../sim'
import type { SimEvent } from '../sim'
import { parseCliArguments } from './arguments'

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
  const scenario = parsed.value
  const at = args.at ?? scenario.durationMs
  if (at > scenario.durationMs)
    return failWith(
      `--at ${at} is after the end of the scenario (durationMs ${scenario.durationMs})`,
    )
  const world = initialWorld(scenario)
  if (args.events) {
    const lines: string[] = []
    const sink = (event: SimEvent): void => {
      lines.push(JSON.stringify({ ...event, text: narrate(event) }))
    }
    advanceWorld(world, scenario, at, sink)
    process.stdout.write(lines.join('\n') + (lines.length > 0 ? '\n' : ''))
  } else {
    advanceWorld(world, scenario, at, ignoreEvents)
    process.stdout.write(JSON.stringify(snapshotWorld(world), null, 2) + '\n')
  }
  return 0
}

function failWith(message: string): number {
  process.stderr.write(`error: ${message}\n`)
  return 2
}

process.exitCode = main(process.argv.slice(2))
