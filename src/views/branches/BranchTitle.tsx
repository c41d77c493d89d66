import type { BranchSide } from '../../scenario/branches'
import { UserText } from '../shared/UserText'
import type { BranchState } from '../../store/branchState'

/** `branchTitle` as the page draws it: the user's name isolated, invisible characters shown. */
export function BranchTitle({
  branch,
  side,
}: {
  readonly branch: BranchState
  readonly side: BranchSide
}) {
  const letter = side.toUpperCase()
  const name = branch.names[side]
  if (name === letter) return letter
  return (
    <>
      {letter} · <UserText text={name} />
    </>
  )
}
