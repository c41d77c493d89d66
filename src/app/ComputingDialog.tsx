import { useEffect, useRef, useState } from 'react'
import { useAppStore } from '../store/appStore'
import type { Computing } from '../store/opening'
import './computing.css'

/**
 * Shown while a heavy scenario (a link, a file, a lesson) is computed before it opens: how far the
 * simulation has got, and Cancel, which stops it and opens the default scenario. A long link shows
 * it from the start, while the link is read (with no figure yet: its scenario is not known).
 */
export function ComputingDialog() {
  const computing = useAppStore((s) => s.computing)
  return <ComputingBox computing={computing} />
}

/**
 * The dialog a link opened with the page shows alone, before the app is drawn. It stays on screen
 * with the last progress once the computing has ended, until the app drawn after it (a
 * transition, which takes a few frames) replaces it: the page is never blank in between.
 */
export function StartupComputingDialog() {
  const computing = useAppStore((s) => s.computing)
  const [last, setLast] = useState(computing)
  if (computing !== null && computing !== last) setLast(computing)
  return <ComputingBox computing={computing ?? last} ended={computing === null} />
}

/**
 * `ended`: the computing is over and the box is only held on screen: Cancel is disabled, so a
 * click or a key press meant for it cannot replace the scenario just opened.
 */
export function ComputingBox({
  computing,
  ended = false,
}: {
  computing: Computing | null
  ended?: boolean
}) {
  const cancelComputing = useAppStore((s) => s.cancelComputing)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const isOpen = computing !== null
  useEffect(() => {
    if (isOpen) cancelRef.current?.focus()
  }, [isOpen])
  if (computing === null) return null
  const reading = computing.stage === 'reading'
  const percent = reading ? 0 : Math.floor(computing.fraction * 100)
  return (
    <div className="computing" role="presentation">
      <div
        className="computing__box"
        role="dialog"
        aria-modal="true"
        aria-labelledby="computing-title"
        aria-describedby="computing-what"
      >
        <h2 id="computing-title">{reading ? 'Reading the link…' : 'Computing the scenario…'}</h2>
        {reading ? (
          <p id="computing-what">The link is decoded and checked before anything in it runs.</p>
        ) : (
          <p id="computing-what">
            <bdi>{computing.name}</bdi> runs once through its whole time before it opens.
          </p>
        )}
        {reading ? (
          <progress className="computing__bar" aria-label="Link read" />
        ) : (
          <>
            <progress
              className="computing__bar"
              aria-label="Simulated time computed"
              max={100}
              value={percent}
            />
            <p className="computing__figure" aria-hidden="true">
              {percent}%
            </p>
          </>
        )}
        <button
          ref={cancelRef}
          type="button"
          className="button"
          disabled={ended}
          onClick={() => {
            cancelComputing()
          }}
        >
          Cancel and open the default scenario
        </button>
      </div>
    </div>
  )
}
