import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { jobLagSeries } from '../../store/jobLagSeries'
import { partitionSeries } from '../../store/series'
import { formatSimTime } from '../shared/format'
import { LineChart, type Series } from './LineChart'

/**
 * Throughput and consumer lag of the selected partition, and each job's lag, over the scenario,
 * with the cursor.
 */
export function ChartsPanel() {
  const scenario = useAppStore((s) => s.scenario)
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const cursor = useAppStore((s) => s.cursor)
  const data = useMemo(
    () => partitionSeries(scenario, topic, partition),
    [scenario, topic, partition],
  )
  const jobs = useMemo(
    () => (scenario.jobs.length === 0 ? null : jobLagSeries(scenario)),
    [scenario],
  )
  const name = `${topic}-${partition}`
  const lags = asSeries(data.lag)

  return (
    <section className="panel charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Over time: {name}</h2>
      <div className="charts__grid">
        <figure>
          <figcaption>
            Throughput (records appended per second, over {formatSimTime(data.rateWindowMs)})
          </figcaption>
          <LineChart
            label={`Records appended per second to ${name} over the scenario`}
            times={data.times}
            series={[{ name: 'throughput', values: data.throughput, className: 'chart__line--0' }]}
            durationMs={scenario.durationMs}
            cursor={cursor}
          />
        </figure>
        <figure>
          <figcaption>
            Consumer lag (log end offset − position)
            <Legend series={lags} />
          </figcaption>
          {lags.length === 0 ? (
            <p className="panel__hint">No consumer reads this partition.</p>
          ) : (
            <LineChart
              label={`Lag of the consumers of ${name} over the scenario`}
              times={data.times}
              series={lags}
              durationMs={scenario.durationMs}
              cursor={cursor}
            />
          )}
        </figure>
        {jobs && <JobLagFigure times={jobs.times} lags={asSeries(jobs.lag)} cursor={cursor} />}
      </div>
    </section>
  )
}

function asSeries(values: ReadonlyMap<string, readonly (number | null)[]>): Series[] {
  return [...values].map(([name, line], i) => ({
    name,
    values: line,
    className: `chart__line--${i % 4}`,
  }))
}

function Legend({ series }: { readonly series: readonly Series[] }) {
  if (series.length === 0) return null
  return (
    <span className="charts__legend">
      {series.map((l) => (
        <span key={l.name} className={`charts__key ${l.className}`}>
          {l.name}
        </span>
      ))}
    </span>
  )
}

/** Each job's lag summed over its tasks: a rewind shows as a jump, catching up as the fall. */
function JobLagFigure({
  times,
  lags,
  cursor,
}: {
  readonly times: readonly number[]
  readonly lags: readonly Series[]
  readonly cursor: number
}) {
  const durationMs = useAppStore((s) => s.scenario.durationMs)
  return (
    <figure>
      <figcaption>
        Job lag (input records behind the log ends, all tasks)
        <Legend series={lags} />
      </figcaption>
      <LineChart
        label="Lag of each job over the scenario"
        times={times}
        series={lags}
        durationMs={durationMs}
        cursor={cursor}
      />
    </figure>
  )
}
