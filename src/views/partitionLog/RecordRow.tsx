import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { useAppStore } from '../../store/appStore'
import { formatSimTime } from '../../derive/scene/format'
import { showInvisibles } from '../../sim'
import { UserText } from '../shared/UserText'
import { KeySwatch } from './KeySwatch'
import type { SegmentRow } from './partitionLogModel'

type RecordRowModel = Extract<SegmentRow, { kind: 'record' }>

/**
 * One record of a segment's listing: its offset (a button to inspect it), key and value. A key or
 * value too long for its column is cut short, and "more" shows both in full, wrapped, in a row of
 * the segment's whole width below it.
 */
export function RecordRow({ row }: { readonly row: RecordRowModel }) {
  const selected = useAppStore((s) => s.selectedOffset === row.offset)
  const selectOffset = useAppStore((s) => s.selectOffset)
  const [full, setFull] = useState(false)
  const fullId = `record-full-${useId()}`
  const rowRef = useRef<HTMLTableRowElement>(null)
  const cutShort = useCutShort(rowRef, `${row.key ?? ''}\n${row.value ?? ''}`)
  const classes = ['record', row.isTombstone && 'record--tombstone', selected && 'record--selected']
  return (
    <>
      <tr ref={rowRef} className={classes.filter(Boolean).join(' ')} aria-selected={selected}>
        <th scope="row">
          <button
            type="button"
            className="record__offset"
            title={`Inspect offset ${row.offset} (timestamp ${formatSimTime(row.timestamp)})`}
            aria-pressed={selected}
            onClick={() => {
              selectOffset(selected ? null : row.offset)
            }}
          >
            {row.offset}
          </button>
        </th>
        <td>
          {row.key === null ? (
            <span className="null-key">no key</span>
          ) : (
            <KeySwatch keyText={row.key} />
          )}
        </td>
        <td>
          {row.value === null ? (
            <span className="tombstone" title="A null value: deletes this key when compacted">
              tombstone
            </span>
          ) : (
            <span className="text" title={showInvisibles(row.value)}>
              <UserText text={row.value} />
            </span>
          )}
          {(cutShort || full) && (
            <button
              type="button"
              className="record__more"
              aria-expanded={full}
              aria-controls={full ? fullId : undefined}
              aria-label={`Show ${full ? 'less' : 'more'} of offset ${String(row.offset)}`}
              onClick={() => {
                setFull(!full)
              }}
            >
              {full ? 'less' : 'more'}
            </button>
          )}
        </td>
      </tr>
      {full && (
        <tr id={fullId} className="record__full">
          <td colSpan={3}>
            <dl>
              <dt>key</dt>
              <dd>{row.key === null ? <i>no key</i> : <UserText text={row.key} />}</dd>
              <dt>value</dt>
              <dd>{row.value === null ? <i>tombstone</i> : <UserText text={row.value} />}</dd>
            </dl>
          </td>
        </tr>
      )}
    </>
  )
}

/**
 * Whether a key or value in the row is cut short by its column (measured once its text is laid
 * out; a row's texts never change, and its columns have a fixed width).
 */
function useCutShort(rowRef: RefObject<HTMLElement | null>, texts: string): boolean {
  const [cutShort, setCutShort] = useState(false)
  useLayoutEffect(() => {
    const shown = rowRef.current?.querySelectorAll<HTMLElement>('.text') ?? []
    setCutShort([...shown].some((text) => text.scrollWidth > text.clientWidth))
  }, [rowRef, texts])
  return cutShort
}
