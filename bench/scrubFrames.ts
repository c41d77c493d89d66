/**
 * Scrub smoothness as the screen sees it: while the time line is dragged, every interval between
 * animation frames and every long task (over 50 ms of main-thread work) is recorded in the page,
 * not only the app's own marks. With `BENCH_PROFILE=<file>` the drag is also recorded as a
 * Chromium CPU profile (open it in DevTools' Performance panel, or summarise it with
 * `bench/profileSummary.ts`). With `BENCH_TRACE=1` it is traced, for each task's main-thread CPU
 * time: on a loaded machine a task's wall time (the long tasks) counts the time it waits for a
 * core, its CPU time far less.
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
}

/**
 * Starts recording in the page. A string, not a function: tsx names inner functions with a helper
 * that does not exist in the page.
 */
const startRecording = `(() => {
  const rec = { intervals: [], longTasks: [], running: true }
  window.__scrubFrames = rec
  new PerformanceObserver((list) => {
    if (rec.running) for (const e of list.getEntries()) rec.longTasks.push(e.duration)
  }).observe({ type: 'longtask' })
  let last = performance.now()
  requestAnimationFrame(function tick(t) {
    if (!rec.running) return
    rec.intervals.push(t - last)
    last = t
    requestAnimationFrame(tick)
  })
})()`

const stopRecording = `(() => {
  const rec = window.__scrubFrames
  rec.running = false
  return { intervals: rec.intervals.slice(1), longTasks: rec.longTasks }
})()`

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
  const recorded = await page.evaluate<{ intervals: number[]; longTasks: number[] }>(stopRecording)
  const taskCpu = tracing ? mainThreadTaskCpu(await browser.stopTracing()) : []
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
  }
}
