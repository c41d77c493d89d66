import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { partitionSeries } from '../../store/series'
import { formatSimTime } from '../shared/format'
import { LineChart } from './LineChart'

/** Throughput and consumer lag of the selected partition over the scenario, with the cursor. */
export function ChartsPanel() {
  const scenario = useAppStore((s) => s.scenario)
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const cursor = useAppStore((s) => s.cursor)
  const data = useMemo(
    () => partitionSeries(scenario, topic, partition),
    [scenario, topic, partition],
  )
  const name = `${topic}-${partition}`
  const lags = [...data.lag].map(([consumer, values], i) => ({
    name: consumer,
    values,
    className: `chart__line--${i % 4}`,
  }))

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
            {lags.length > 0 && (
              <span className="charts__legend">
                {lags.map((l) => (
                  <span key={l.name} className={`charts__key ${l.className}`}>
                    {l.name}
                  </span>
                ))}
              </span>
            )}
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
      </div>
    </section>
  )
}
