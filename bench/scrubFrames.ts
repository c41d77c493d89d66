/**
 * Scrub smoothness as the screen sees it: while the time line is dragged, every interval between
 * animation frames and every long task (over 50 ms of main-thread work) is recorded in the page,
 * not only the app's own marks. With `BENCH_PROFILE=<file>` the drag is also recorded as a
 * Chromium CPU profile (open it in DevTools' Performance panel, or summarise it with
 * `bench/profileSummary.ts`). With `BENCH_TRACE=1` it is traced, for each task's main-thread CPU
 * time: on a loaded machine a task's wall time (the long tasks) counts the time it waits for a
 * core, its CPU time far less; `BENCH_TRACE_FILE=<file>` keeps that trace. With `BENCH_FRAMES=1`
 * each frame over 50 ms is printed with the input it followed (the press, the n-th move, the
 * release) and the long tasks in it. With `BENCH_SETTLE=1` recording goes on for a second after
 * the release, while the panels held during the drag catch up.
 */
import { writeFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { mainThreadTaskCpu } from './hostileBrowser'

export interface ScrubFrames {
  /** Intervals between animation frames during the drag, ascending, ms. */
  readonly intervals: number[]
  /** Durations of the long tasks during the drag, ascending, ms. */
  readonly longTasks: number[]
  /** The app's input-to-frame marks (`?perf=1`), ascending, ms. */
  readonly inputToFrame: number[]
  /** With `BENCH_TRACE=1`: each task's main-thread CPU time during the drag, ascending, ms. */
  readonly taskCpu: number[]
  /** With `BENCH_TRACE=1`: the main-thread CPU time of the task that handled the press, ms. */
  readonly pressCpu: number | null
}

interface TraceEvent {
  readonly name: string
  readonly ph: string
  readonly pid: number
  readonly tid: number
  readonly ts: number
  readonly dur?: number
  readonly tdur?: number
  readonly args?: { readonly data?: { readonly type?: string } }
}

/** The CPU time of the task (`RunTask`) in which the page handled the pointerdown, in ms. */
function pressTaskCpu(trace: Buffer): number | null {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents
  const press = events.find(
    (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown',
  )
  if (press === undefined) return null
  const task = events.find(
    (e) =>
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      e.pid === press.pid &&
      e.tid === press.tid &&
      e.ts <= press.ts &&
      e.ts + (e.dur ?? 0) >= press.ts,
  )
  return task === undefined ? null : (task.tdur ?? 0) / 1000
}

/**
 * Starts recording in the page. A string, not a function: tsx names inner functions with a helper
 * that does not exist in the page.
 */
const startRecording = `(() => {
  const rec = { intervals: [], frameAt: [], longTasks: [], longTaskAt: [], inputs: [], running: true }
  window.__scrubFrames = rec
  new PerformanceObserver((list) => {
    if (rec.running) for (const e of list.getEntries()) {
      rec.longTasks.push(e.duration)
      rec.longTaskAt.push([e.startTime, e.duration])
    }
  }).observe({ type: 'longtask' })
  for (const type of ['pointerdown', 'pointermove', 'pointerup'])
    window.addEventListener(type, (e) => { if (rec.running) rec.inputs.push([type, e.timeStamp]) }, true)
  let last = performance.now()
  requestAnimationFrame(function tick(t) {
    if (!rec.running) return
    rec.intervals.push(t - last)
    rec.frameAt.push(t)
    last = t
    requestAnimationFrame(tick)
  })
})()`

const stopRecording = `(() => {
  const rec = window.__scrubFrames
  rec.running = false
  return { intervals: rec.intervals.slice(1), frameAt: rec.frameAt, longTasks: rec.longTasks, longTaskAt: rec.longTaskAt, inputs: rec.inputs }
})()`

interface Recorded {
  readonly intervals: number[]
  readonly frameAt: number[]
  readonly longTasks: number[]
  readonly longTaskAt: [number, number][]
  readonly inputs: [string, number][]
}

/**
 * With \`BENCH_FRAMES=1\`: each frame over 50 ms, which input it followed (the press, the n-th
 * move, the release) and the long tasks within it, so a slow frame can be told from the others.
 */
function printSlowFrames(rec: Recorded): void {
  const downAt = rec.inputs.find(([type]) => type === 'pointerdown')?.[1] ?? 0
  const ms = (t: number): string => `${(t - downAt).toFixed(0)} ms`
  for (let i = 1; i < rec.frameAt.length; i++) {
    const from = rec.frameAt[i - 1] ?? 0
    const to = rec.frameAt[i] ?? 0
    if (to - from <= 50) continue
    const moves = rec.inputs.filter(([type, t]) => type === 'pointermove' && t < to).length
    const last = rec.inputs.filter(([, t]) => t < to).at(-1)
    const tasks = rec.longTaskAt
      .filter(([start, duration]) => start < to && start + duration > from)
      .map(([start, duration]) => `${duration.toFixed(0)} ms at ${ms(start)}`)
    console.error(
      `frame ${String(i)}: ${(to - from).toFixed(0)} ms ending ${ms(to)}, after ${last?.[0] ?? 'nothing'} ` +
        `(${String(moves)} moves before it); long tasks: ${tasks.join(', ') || 'none'}`,
    )
  }
}

/** Drags the time line from its start to its end in `steps` moves, one input per frame. */
export async function measureScrubFrames(
  browser: Browser,
  page: Page,
  steps: number,
): Promise<ScrubFrames> {
  const box = await page.getByRole('slider', { name: 'Time' }).boundingBox()
  if (box === null) throw new Error('no time slider')
  const y = box.y + box.height - 10
  await page.mouse.move(box.x + 10, y)
  await page.evaluate(() => {
    performance.clearMeasures('scrub')
  })
  const profilePath = process.env.BENCH_PROFILE
  const cdp = profilePath === undefined ? null : await page.context().newCDPSession(page)
  if (cdp !== null) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
  }
  const tracing = process.env.BENCH_TRACE === '1'
  if (tracing)
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    })
  await page.evaluate(startRecording)
  await page.mouse.down()
  for (let i = 0; i <= steps; i++) {
    await page.mouse.move(box.x + 10 + ((box.width - 20) * i) / steps, y)
    // One input per frame, as a person's drag delivers them.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
  }
  await page.mouse.up()
  // Frames after the release until the page settles (hidden panels catch up).
  if (process.env.BENCH_SETTLE === '1') await page.waitForTimeout(1_000)
  const recorded = await page.evaluate<Recorded>(stopRecording)
  if (process.env.BENCH_FRAMES === '1') printSlowFrames(recorded)
  const trace = tracing ? await browser.stopTracing() : null
  if (trace !== null && process.env.BENCH_TRACE_FILE !== undefined)
    writeFileSync(process.env.BENCH_TRACE_FILE, trace)
  const taskCpu = trace === null ? [] : mainThreadTaskCpu(trace)
  const pressCpu = trace === null ? null : pressTaskCpu(trace)
  if (cdp !== null && profilePath !== undefined) {
    const { profile } = await cdp.send('Profiler.stop')
    writeFileSync(profilePath, JSON.stringify(profile))
  }
  const inputToFrame = await page.evaluate(() =>
    performance.getEntriesByName('scrub').map((e) => e.duration),
  )
  const ascending = (values: number[]): number[] => values.sort((a, b) => a - b)
  return {
    intervals: ascending(recorded.intervals),
    longTasks: ascending(recorded.longTasks),
    inputToFrame: ascending(inputToFrame),
    taskCpu: ascending(taskCpu),
    pressCpu,
  }
}
