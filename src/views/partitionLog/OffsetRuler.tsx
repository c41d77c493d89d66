import { scaleLinear } from 'd3-scale'
import type { PartitionLogModel } from './partitionLogModel'

const WIDTH = 1000
const HEIGHT = 56
const MARGIN_X = 8
const BAND_Y = 18
const BAND_HEIGHT = 20
const RUN_INSET = 5

interface Marker {
  readonly name: string
  readonly offset: number
  readonly className: string
}

/**
 * A ruler of the partition's offsets: segments as bands, offsets that hold records as dark runs
 * (so gaps left by the cleaner show as light stretches), and markers for the log start offset,
 * the cleaner checkpoint and the log end offset.
 */
export function OffsetRuler({
  model,
  label,
}: {
  readonly model: PartitionLogModel
  readonly label: string
}) {
  const first = model.segments[0]?.baseOffset ?? model.logStartOffset
  const last = Math.max(model.logEndOffset, first + 1)
  const x = scaleLinear()
    .domain([first, last])
    .range([MARGIN_X, WIDTH - MARGIN_X])

  const markers: Marker[] = [
    { name: 'log start', offset: model.logStartOffset, className: 'ruler__marker--start' },
    { name: 'log end', offset: model.logEndOffset, className: 'ruler__marker--end' },
  ]
  if (model.cleanerCheckpoint !== null) {
    markers.push({
      name: 'checkpoint',
      offset: model.cleanerCheckpoint,
      className: 'ruler__marker--checkpoint',
    })
  }
  const description =
    `${label}: ${markers.map((marker) => `${marker.name} ${marker.offset}`).join(', ')}; ` +
    `${model.recordCount} records in ${model.runs.length} runs of consecutive offsets`

  return (
    <svg className="ruler" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
      {model.segments.map((segment) => (
        <rect
          key={segment.baseOffset}
          className={segment.active ? 'ruler__segment ruler__segment--active' : 'ruler__segment'}
          x={x(segment.baseOffset)}
          y={BAND_Y}
          width={Math.max(0, x(segment.endOffset) - x(segment.baseOffset))}
          height={BAND_HEIGHT}
        />
      ))}
      {model.runs.map((run) => (
        <rect
          key={run.from}
          className="ruler__run"
          x={x(run.from)}
          y={BAND_Y + RUN_INSET}
          width={Math.max(1, x(run.to + 1) - x(run.from))}
          height={BAND_HEIGHT - 2 * RUN_INSET}
        />
      ))}
      {markers.map((marker) => {
        const at = x(marker.offset)
        const anchor = at > WIDTH * 0.85 ? 'end' : at < WIDTH * 0.15 ? 'start' : 'middle'
        const isBelow = marker.className !== 'ruler__marker--checkpoint'
        return (
          <g key={marker.name} className={`ruler__marker ${marker.className}`}>
            <line x1={at} x2={at} y1={BAND_Y - 4} y2={BAND_Y + BAND_HEIGHT + 4} />
            <text
              x={at}
              y={isBelow ? HEIGHT - 2 : BAND_Y - 7}
              textAnchor={anchor}
            >{`${marker.name} ${marker.offset}`}</text>
          </g>
        )
      })}
    </svg>
  )
}
