/** In place of a chart whose samples are still being read (`useSampled`): the chart's own height. */
export function ReadingRun() {
  return <p className="panel__hint chart--reading">Reading the run for this chart…</p>
}
