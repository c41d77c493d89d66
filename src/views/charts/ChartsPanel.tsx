import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { partitionSeriesSampling } from '../../derive/series'
import { formatSimTime } from '../../derive/scene/format'
import { useFutureHidden } from '../lessons/useFutureHidden'
import { asSeries, Legend } from './Legend'
import { LineChart } from './LineChart'
import { ReadingRun } from './ReadingRun'
import { useSampled } from './useSampled'
import { usePanelRef } from '../shared/panelRegistry'
import { useCursor } from '../shared/HoldWhileUnseen'
import { preloadableLazy } from '../shared/preloadableLazy'
import './charts.css'

// Only scenarios with jobs draw it. It has no Suspense of its own: it arrives with the panels
// around it (the app's boundary), so it never pops in later and shifts what is below it.
const jobLag = preloadableLazy(() => import('./JobLagFigure'))
const JobLagFigure = jobLag.View

/** Loads the jobs' lag chart's code ahead (`preloadViews`). */
export const preloadJobLag = jobLag.preload

/**
 * Throughput and consumer lag of the selected partition, and each job's lag, over the scenario,
 * with the cursor.
 */
export function ChartsPanel() {
  const panelRef = usePanelRef('charts')
  const scenario = useAppStore((s) => s.scenario)
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const cursor = useCursor()
  // While a lesson's prediction is open, lines stop at the cursor: their future is the answer.
  const until = useFutureHidden() ? cursor : undefined
  const sampling = useMemo(
    () => partitionSeriesSampling(scenario, { topic, partition }),
    [scenario, topic, partition],
  )
  const data = useSampled(sampling)
  const name = `${topic}-${partition}`
  // Charts redraw every frame (the cursor line); the series only change with the scenario.
  const lags = useMemo(() => (data === null ? [] : asSeries(data.lag)), [data])

  return (
    <section className="panel charts" ref={panelRef} aria-labelledby="charts-title">
      <h2 id="charts-title">Over time: {name}</h2>
      {until !== undefined && (
        <p className="panel__hint">Drawn up to the cursor: later is hidden until the reveal.</p>
      )}
      <div className="charts__grid">
        <figure>
          <figcaption>
            Throughput (records appended per second
            {data !== null && `, over ${formatSimTime(data.rateWindowMs)}`})
          </figcaption>
          {data === null ? (
            <ReadingRun />
          ) : (
            <LineChart
              label={`Records appended per second to ${name} over the scenario`}
              times={data.times}
              series={[
                { name: 'throughput', values: data.throughput, className: 'chart__line--0' },
              ]}
              durationMs={scenario.durationMs}
              cursor={cursor}
              until={until}
            />
          )}
        </figure>
        <figure>
          <figcaption>
            Consumer lag (log end offset − position)
            <Legend series={lags} />
          </figcaption>
          {data === null ? (
            <ReadingRun />
          ) : lags.length === 0 ? (
            <p className="panel__hint">No consumer reads this partition.</p>
          ) : (
            <LineChart
              label={`Lag of the consumers of ${name} over the scenario`}
              times={data.times}
              series={lags}
              durationMs={scenario.durationMs}
              cursor={cursor}
              until={until}
            />
          )}
        </figure>
        {scenario.jobs.length > 0 && <JobLagFigure cursor={cursor} until={until} />}
      </div>
    </section>
  )
}
