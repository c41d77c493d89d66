import { Fragment } from 'react'
import { NEWEST_PREFIX, type NewestRow } from '../../derive/scene'

/**
 * An output lane's foot: the newest value per key, each key with its colour's swatch; an entry
 * the last step changed stays highlighted, as changed store values do.
 */
export function StageNewest({
  row,
  changed,
}: {
  readonly row: NewestRow
  readonly changed: ReadonlySet<string>
}) {
  const { baseline } = row
  return (
    <g className="stage-newest" data-newest="">
      <title>{row.title}</title>
      <text className="stage-newest__prefix" x={0} y={baseline}>
        {NEWEST_PREFIX}
      </text>
      {row.entries.map((entry) => (
        <Fragment key={entry.key}>
          <rect
            className="stage-newest__swatch"
            x={entry.x}
            y={row.swatchY}
            width={row.swatchPx}
            height={row.swatchPx}
            fill={entry.color}
          />
          <text
            className={`stage-newest__entry${changed.has(entry.id) ? ' stage-newest__entry--changed' : ''}`}
            x={entry.textX}
            y={baseline}
          >
            {entry.text}
          </text>
        </Fragment>
      ))}
      {row.more && (
        <text className="stage-newest__prefix" x={row.moreX} y={baseline}>
          …
        </text>
      )}
    </g>
  )
}
