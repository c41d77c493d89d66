import {
  advanceThroughAction,
  advanceWorld,
  assertWithinEstimate,
  createWorkMeter,
  DEFAULT_WORK_BUDGET,
  initialWorld,
  narrate,
  snapshotWorld,
  withEpochTimestamps,
} from '../sim'
import type { AfterEvent, EventSink, SimEvent, SimScenario } from '../sim'
import type { Stop } from './stops'

/**
 * Runs one simulation through `stops` and writes what the runner prints, piece by piece, so a
 * reader that stops early (`| head`) stops the run: with `events`, every event up to the last stop,
 * one JSON line each; otherwise the world at each stop, as one indented document when `document`
 * (a single `--at`), else as JSON Lines. The run has the app's own work budget: what a browser tab
 * refuses (`SimulationBudgetError`, naming what is expensive), so does the runner.
 */
export function writeReport(
  scenario: SimScenario,
  stops: readonly Stop[],
  mode: { readonly events: boolean; readonly document: boolean },
  write: (text: string) => void,
): void {
  assertWithinEstimate(scenario, DEFAULT_WORK_BUDGET)
  const meter = createWorkMeter(scenario, DEFAULT_WORK_BUDGET)
  const charge: AfterEvent = (w, handled) => {
    meter.charge(w, handled)
  }
  const world = initialWorld(scenario)
  const lines: string[] = []
  const flush = (): void => {
    if (lines.length > 0) write(lines.join('\n') + '\n')
    lines.length = 0
  }
  const sink: EventSink = mode.events
    ? (event: SimEvent) => {
        meter.see(event)
        const shown = withEpochTimestamps(event, world.clockStartMs)
        lines.push(JSON.stringify({ ...shown, text: narrate(event) }))
        if (lines.length >= 1000) flush()
      }
    : (event: SimEvent) => {
        meter.see(event)
      }
  for (const stop of stops) {
    if (stop.kind === 'time') advanceWorld(world, scenario, stop.time, sink, charge)
    else advanceThroughAction(world, scenario, stop.index, sink, charge)
    if (mode.events) continue
    const snapshot = snapshotWorld(world)
    if (mode.document) write(JSON.stringify(snapshot, null, 2) + '\n')
    else {
      const line = stop.kind === 'afterAction' ? { afterAction: stop.index, ...snapshot } : snapshot
      write(JSON.stringify(line) + '\n')
    }
  }
  flush()
}
