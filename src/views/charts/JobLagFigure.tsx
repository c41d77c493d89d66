import { useMemo } from 'react'
import { useAppStore } from '../../store/appStore'
import { jobLagSampling } from '../../derive/jobLagSeries'
import { asSeries, Legend } from './Legend'
import { LineChart } from './LineChart'
import { ReadingRun } from './ReadingRun'
import { useSampled } from './useSampled'

/** Each job's lag summed over its tasks: a rewind shows as a jump, catching up as the fall. */
export default function JobLagFigure({
  cursor,
  until,
}: {
  readonly cursor: number
  readonly until: number | undefined
}) {
  const scenario = useAppStore((s) => s.scenario)
  const series = useSampled(useMemo(() => jobLagSampling(scenario), [scenario]))
  // Charts redraw every frame (the cursor line); the series only change with the scenario.
  const lags = useMemo(() => (series === null ? [] : asSeries(series.lag)), [series])
  return (
    <figure>
      <figcaption>
        Job lag (input records behind the log ends, all tasks)
        <Legend series={lags} />
      </figcaption>
      {series === null ? (
        <ReadingRun />
      ) : (
        <LineChart
          label="Lag of each job over the scenario"
          times={series.times}
          series={lags}
          durationMs={scenario.durationMs}
          cursor={cursor}
          until={until}
        />
      )}
    </figure>
  )
}
