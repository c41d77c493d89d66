import type { Series } from './LineChart'

/** Named lines coloured in series order. */
export function asSeries(values: ReadonlyMap<string, readonly (number | null)[]>): Series[] {
  return [...values].map(([name, line], i) => ({
    name,
    values: line,
    className: `chart__line--${i % 4}`,
  }))
}

/** The lines' names in their colours. */
export function Legend({ series }: { readonly series: readonly Series[] }) {
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
