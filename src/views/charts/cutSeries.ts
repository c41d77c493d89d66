import type { Series } from './LineChart'

/**
 * The series with every value sampled after `until` left out (null), so a chart is drawn only up
 * to the cursor: what a lesson shows while a prediction is open, since a line ahead of the cursor
 * tells what will happen.
 */
export function cutSeries(
  times: readonly number[],
  series: readonly Series[],
  until: number,
): Series[] {
  return series.map((s) => ({
    ...s,
    values: s.values.map((v, i) => ((times[i] ?? Infinity) <= until ? v : null)),
  }))
}
