/**
 * `npm run bench`: prints one JSON object per figure, `{"name", "value", "unit", "target"}`.
 * Timings are for this machine; compare runs on the same machine only.
 */
import { performance } from 'node:perf_hooks'
import { advanceWorld, createTimeline, ignoreEvents, initialWorld } from '../src/sim'
import type { EventSink, SimEvent, World } from '../src/sim'
import type { Scenario } from '../src/scenario/schema'
import { benchHostileLinks } from './hostile'
import { benchBranchSeeks } from './branches'
import { percentile, report, seekTimes } from './report'
import { compactedMillion, pipelineMillion } from './scenarios'

function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  )
}

/**
 * Runs the scenario to its end `runs` times; the median wall time, the median CPU time this process
 * spent (user + system: on a loaded machine the wall time also counts the waits for a CPU), and the
 * last world.
 */
function timedRuns(
  scenario: Scenario,
  runs: number,
  sink: EventSink = ignoreEvents,
): { ms: number; cpuMs: number; world: World } {
  const samples: number[] = []
  const cpuSamples: number[] = []
  let world = initialWorld(scenario)
  for (let run = 0; run < runs; run++) {
    world = initialWorld(scenario)
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    advanceWorld(world, scenario, scenario.durationMs, sink)
    const cpu = process.cpuUsage(cpuStart)
    samples.push(performance.now() - start)
    cpuSamples.push((cpu.user + cpu.system) / 1000)
  }
  return { ms: median(samples), cpuMs: median(cpuSamples), world }
}

function benchCompactedThroughput(): void {
  const runs = 5
  let appended = 0
  let cleaned = 0
  const { ms } = timedRuns(compactedMillion(), runs, (event: SimEvent): void => {
    if (event.type === 'record.appended') appended++
    else if (event.type === 'cleaner.pass') cleaned += event.recordsRead
  })
  report(
    'log: records appended+cleaned per second (1M-record compacted topic, median of 5)',
    appended / runs / (ms / 1000),
    'records/s',
    '>= 2000000',
  )
  report('log: records appended', appended / runs, 'records', '1000000')
  report('log: records read by cleaner passes', cleaned / runs, 'records', 'info')
}

function benchWorldAt(): void {
  const scenario = compactedMillion()
  const timeline = createTimeline(scenario)
  const buildStart = performance.now()
  timeline.worldAt(scenario.durationMs)
  report('timeline: first full build (1M records)', performance.now() - buildStart, 'ms', 'info')
  report('timeline: keyframes', timeline.keyframeCount, 'keyframes', 'info')

  const seeks = seekTimes(1000, scenario.durationMs)
  const seekMs = seeks
    .map((t) => {
      const start = performance.now()
      timeline.worldAt(t)
      return performance.now() - start
    })
    .sort((a, b) => a - b)
  report(
    'timeline: worldAt p50 (1M records, 1000 random seeks)',
    percentile(seekMs, 0.5),
    'ms',
    'info',
  )
  report(
    'timeline: worldAt p95 (1M records, 1000 random seeks)',
    percentile(seekMs, 0.95),
    'ms',
    '<= 4',
  )
  report(
    'timeline: worldAt p99 (1M records, 1000 random seeks)',
    percentile(seekMs, 0.99),
    'ms',
    'info',
  )

  const replayMs = seekTimes(20, scenario.durationMs).map((t) => {
    const start = performance.now()
    advanceWorld(initialWorld(scenario), scenario, t, ignoreEvents)
    return performance.now() - start
  })
  const meanReplay = replayMs.reduce((a, b) => a + b, 0) / replayMs.length
  const meanSeek = seekMs.reduce((a, b) => a + b, 0) / seekMs.length
  report(
    'timeline: worldAt speed-up over replay from 0 (mean)',
    meanReplay / meanSeek,
    'x',
    '>= 100',
  )
}

/** Input records through the whole pipeline (producers, two jobs, changelogs, cleaner, retention). */
function benchPipeline(): void {
  const { ms, cpuMs, world } = timedRuns(pipelineMillion(), 3)
  const produced = world.producers.reduce((sum, p) => sum + p.sent, 0)
  const sent = [...world.jobs.values()].reduce(
    (sum, job) => sum + job.tasks.reduce((s, t) => s + t.sent, 0),
    0,
  )
  report(
    'pipeline: input records per second (1M records, 2 jobs, compaction, retention; median of 3)',
    produced / (ms / 1000),
    'records/s',
    // Issue #15: a large scenario opens in a second (ECOSYSTEM.md asks 200k of the pipeline).
    '>= 1000000',
  )
  report(
    'pipeline: input records per CPU second (the same runs; less sensitive to machine load)',
    produced / (cpuMs / 1000),
    'records/s',
    '>= 1000000',
  )
  report('pipeline: output messages sent by both jobs', sent, 'messages', 'info')
  report('pipeline: full run', ms, 'ms', 'info')
}

benchCompactedThroughput()
benchWorldAt()
benchPipeline()
benchBranchSeeks()
await benchHostileLinks()
