import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import { useRef } from 'react'
import { formatSimTime } from '../../derive/scene/format'
import { useSize } from '../shared/useSize'
import { cutSeries } from './cutSeries'

const HEIGHT = 120
const MARGIN = { top: 8, right: 8, bottom: 20, left: 44 }

export interface Series {
  readonly name: string
  readonly values: readonly (number | null)[]
  readonly className: string
}

/**
 * A small time chart: lines over the scenario, a y axis, time ticks and the cursor line. With
 * `until`, the lines (and the y axis they set) stop there: nothing later is drawn.
 */
export function LineChart({
  label,
  times,
  series: allSeries,
  durationMs,
  cursor,
  until,
}: {
  readonly label: string
  readonly times: readonly number[]
  readonly series: readonly Series[]
  readonly durationMs: number
  readonly cursor: number
  readonly until?: number | undefined
}) {
  const series = until === undefined ? allSeries : cutSeries(times, allSeries, until)
  const ref = useRef<HTMLDivElement>(null)
  const { width } = useSize(ref)
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)))
  const x = scaleLinear()
    .domain([0, durationMs])
    .range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)])
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(times[i] ?? 0))
    .y((v) => y(v ?? 0))

  return (
    <div ref={ref} className="chart">
      <svg width={width} height={HEIGHT} role="img" aria-label={label}>
        {y.ticks(4).map((tick) => (
          <g key={tick} className="chart__tick">
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 4} y={y(tick) + 4} textAnchor="end">
              {y.tickFormat(4)(tick)}
            </text>
          </g>
        ))}
        {x.ticks(5).map((tick) => (
          <text
            key={tick}
            className="chart__time"
            x={x(tick)}
            y={HEIGHT - 4}
            // The last label would be cut at the right edge if centred on its tick.
            textAnchor={x(tick) > width - MARGIN.right - 24 ? 'end' : 'middle'}
          >
            {formatSimTime(tick)}
          </text>
        ))}
        {series.map((s) => (
          <path key={s.name} className={`chart__line ${s.className}`} d={path(s.values) ?? ''} />
        ))}
        <line
          className="chart__cursor"
          x1={x(cursor)}
          x2={x(cursor)}
          y1={MARGIN.top}
          y2={HEIGHT - MARGIN.bottom}
        />
      </svg>
    </div>
  )
}
