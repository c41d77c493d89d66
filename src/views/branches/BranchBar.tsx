import { formatSimTime } from '../../derive/scene/format'
import { useAppStore } from '../../store/appStore'
import { SIDES, useBranchPair } from './useBranches'
import './branches.css'
import { BranchTitle } from './BranchTitle'

/**
 * Branches at the top of the views: "Branch from here" with one scenario; with two, which branch
 * the views and the action panel work on, their names (the user's), and keeping one of them.
 */
export function BranchBar() {
  const pair = useBranchPair()
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  const { forkAtCursor, selectBranch, renameBranch, keepOnlyBranch } = useAppStore.getState()
  if (pair === null) {
    return (
      <section className="branch-bar" aria-label="Branches">
        <button type="button" className="button" onClick={forkAtCursor}>
          Branch from here
        </button>
        <p className="branch-bar__hint">
          A second branch from {formatSimTime(cursor)}: try something else, compare side by side.
        </p>
      </section>
    )
  }
  const { branch } = pair
  return (
    <section className="branch-bar branch-bar--two" aria-label="Branches">
      <p className="branch-bar__fork">
        Two branches, forked at <strong>{formatSimTime(branch.forkAtMs)}</strong>. Actions act on:
      </p>
      <div className="branch-bar__sides" role="group" aria-label="Branch the actions act on">
        {SIDES.map((side) => (
          <div
            key={side}
            className={`branch-bar__side branch-bar__side--${side}${branch.selected === side ? ' branch-bar__side--selected' : ''}`}
          >
            <button
              type="button"
              className="button"
              aria-pressed={branch.selected === side}
              onClick={() => {
                selectBranch(side)
              }}
            >
              <BranchTitle branch={branch} side={side} />
            </button>
            <input
              className="branch-bar__name"
              key={branch.names[side]}
              type="text"
              defaultValue={branch.names[side]}
              aria-label={`Name of branch ${side.toUpperCase()}`}
              onBlur={(event) => {
                if (event.target.value !== branch.names[side])
                  renameBranch(side, event.target.value)
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') event.currentTarget.blur()
              }}
            />
          </div>
        ))}
      </div>
      <div className="branch-bar__keep">
        {SIDES.map((side) => (
          <button
            key={side}
            type="button"
            className="button button--quiet"
            onClick={() => {
              keepOnlyBranch(side)
            }}
          >
            Keep only {side.toUpperCase()}
          </button>
        ))}
      </div>
    </section>
  )
}
