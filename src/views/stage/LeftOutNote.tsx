import type { FittedSelection } from './fitSelection'

/** The height the note takes under the picture, in px (one line of presenter mode's type). */
export const NOTE_PX = 30

/**
 * Under a stage too small for all of it (presenter mode), what was left out: the room sees that
 * the picture is a part, and which lanes the desk view (Esc) still shows.
 */
export function LeftOutNote({ fitted }: { readonly fitted: FittedSelection }) {
  const parts = [...fitted.lanesLeftOut, ...(fitted.jobsLeftOut ? ['the jobs'] : [])]
  const text = `Not drawn, for room: ${parts.join(' · ')}`
  return (
    <p className="stage__left-out" title={`${text} (Esc shows the whole stage)`}>
      {text}
    </p>
  )
}
