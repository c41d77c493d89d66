/**
 * The worst valid links of issue #16 opened in Chromium from the production build, as a person
 * opens them: how soon progress shows, how soon the page gives a clear answer (the refusal naming
 * what is expensive, or the world), how long the main thread was blocked on the way (long tasks,
 * over 50 ms each), and how much JavaScript heap the page used. The machine's load is reported
 * beside them: on a shared machine the times grow with it. With `BENCH_PROFILE=<file>` each link's
 * opening is also recorded as a Chromium CPU profile, `<file>` with the link's number before its
 * extension (`h.cpuprofile` gives `h.1.cpuprofile`, `h.2.cpuprofile`). With `BENCH_TRACE=1` each
 * opening is traced, and the largest task by the main thread's own CPU time is reported too: on a
 * loaded machine a task's wall time grows with the time the thread waits for a core, its CPU time
 * far less, so it tells a task that does more work from one that waited longer.
 */
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import type { Browser } from '@playwright/test'
import { cleanerStorm, nearBudgetRecords } from '../src/scenario/hostileScenarios'
import { encodeLink } from '../src/scenario/link/fragment'
import type { Scenario } from '../src/scenario/schema'
import { report } from './report'

const LINKS: readonly [string, () => Scenario][] = [
  ['5,000 cleaner runs over one-record segments', cleanerStorm],
  ['2.9M records, just under the budget', nearBudgetRecords],
]

/** What the page recorded from its first script on (`performance.now()` is since navigation). */
interface Recording {
  readonly progressAt: number | null
  readonly answerAt: number | null
  readonly longTasks: { start: number; duration: number }[]
  readonly heapPeak: number
}

/**
 * Installed before the app's scripts. A string, not a function: tsx names inner functions with a
 * helper that does not exist in the page. The answer is the first moment the progress dialog is
 * gone and the app is drawn (with the refusal, or the world): a link opened with the page shows
 * its progress alone, and the app is drawn after it; heap is sampled every 20 ms and
 * on every change to the page, and `performance.memory` is precise with
 * `--enable-precise-memory-info`.
 */
const recordOpening = `(() => {
  const rec = { progressAt: null, answerAt: null, longTasks: [], heapPeak: 0 }
  window.__hostileLink = rec
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  const sampleHeap = () => {
    rec.heapPeak = Math.max(rec.heapPeak, performance.memory ? performance.memory.usedJSHeapSize : 0)
  }
  setInterval(sampleHeap, 20)
  new MutationObserver(() => {
    sampleHeap()
    const shown = document.querySelector('[role=dialog][aria-labelledby="computing-title"]') !== null
    if (shown && rec.progressAt === null) rec.progressAt = performance.now()
    const drawn = document.querySelector('.app') !== null
    if (!shown && drawn && rec.progressAt !== null && rec.answerAt === null) rec.answerAt = performance.now()
  }).observe(document, { subtree: true, childList: true })
})()`

const REFUSAL = 'needs more simulation work'

interface TraceEvent {
  readonly name: string
  readonly ph: string
  readonly pid: number
  readonly tid: number
  readonly dur?: number
  readonly tdur?: number
  readonly args?: { readonly name?: string }
}

/**
 * The main-thread CPU time of each task (`RunTask`) of the page's renderer in a Chromium trace, in
 * ms: of the renderer main threads in the trace, the one that ran the most.
 */
export function mainThreadTaskCpu(trace: Buffer): number[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents
  const thread = (e: TraceEvent): string => `${String(e.pid)}:${String(e.tid)}`
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread),
  )
  const byThread = new Map<string, number[]>()
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(thread(e))) continue
    byThread.set(thread(e), [...(byThread.get(thread(e)) ?? []), (e.tdur ?? 0) / 1000])
  }
  const sum = (cpu: number[]): number => cpu.reduce((total, ms) => total + ms, 0)
  return [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? []
}

/** `h.cpuprofile` for link 1 is `h.1.cpuprofile`. */
function numbered(path: string, n: number): string {
  const dot = path.lastIndexOf('.')
  return dot <= 0 ? `${path}.${n}` : `${path.slice(0, dot)}.${n}${path.slice(dot)}`
}

export async function benchHostileLinksInBrowser(browser: Browser, origin: string): Promise<void> {
  const profilePath = process.env.BENCH_PROFILE
  const tracing = process.env.BENCH_TRACE === '1'
  for (const [index, [name, make]] of LINKS.entries()) {
    const fragment = await encodeLink({ scenario: make(), cursorMs: 0, view: 'log' })
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.addInitScript(recordOpening)
    const cdp = profilePath === undefined ? null : await context.newCDPSession(page)
    if (cdp !== null) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    if (tracing)
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      })
    const loadBefore = loadavg()[0] ?? NaN
    await page.goto(`${origin}/#${fragment}`)
    await page.waitForFunction(
      () => (window as unknown as { __hostileLink: Recording }).__hostileLink.answerAt !== null,
      undefined,
      { timeout: 600_000, polling: 100 },
    )
    const refused = await page.getByRole('alert').filter({ hasText: REFUSAL }).count()
    if (refused === 0) await page.getByRole('slider', { name: 'Time' }).waitFor()
    const rec = await page.evaluate(
      () => (window as unknown as { __hostileLink: Recording }).__hostileLink,
    )
    if (cdp !== null && profilePath !== undefined) {
      const { profile } = await cdp.send('Profiler.stop')
      writeFileSync(numbered(profilePath, index + 1), JSON.stringify(profile))
      const tasks = rec.longTasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`)
      console.error(`link ${index + 1}: long tasks (start+duration, ms): ${tasks.join(' ')}`)
    }
    const taskCpu = tracing ? mainThreadTaskCpu(await browser.stopTracing()) : []
    const load = (loadBefore + (loadavg()[0] ?? NaN)) / 2
    const longTasks = rec.longTasks.map((t) => t.duration).sort((a, b) => a - b)
    // The task that ends with the answer installs the world and draws it (or the refusal).
    const computing = rec.longTasks
      .filter((t) => t.start + t.duration < (rec.answerAt ?? Infinity) - 5)
      .map((t) => t.duration)
    const label = (what: string): string =>
      `browser: hostile link, ${name} (${refused > 0 ? 'refused' : 'opened'}): ${what}`
    report(label('time to progress shown'), rec.progressAt ?? NaN, 'ms', '<= 1000')
    report(label('time to a clear answer'), rec.answerAt ?? NaN, 'ms', '<= 10000')
    report(label('long tasks'), longTasks.length, 'tasks', 'info')
    report(label('longest task'), longTasks.at(-1) ?? 0, 'ms', '<= 200')
    if (tracing) {
      report(label('largest task by main-thread CPU time'), Math.max(0, ...taskCpu), 'ms', 'info')
    }
    report(label('longest task while computing'), Math.max(0, ...computing), 'ms', 'info')
    report(
      label('main thread blocked (sum of long tasks beyond 50 ms)'),
      longTasks.reduce((sum, d) => sum + d - 50, 0),
      'ms',
      'info',
    )
    report(label('JS heap peak'), rec.heapPeak / 2 ** 20, 'MiB', 'info')
    report(label('machine load average (1 min)'), load, 'load', 'info')
    await context.close()
  }
}
