import { create } from 'zustand'
import { hasDraft } from './draft'

/**
 * The first screen's invitation: someone opening Rewind Lab for the first time (no link, no saved
 * draft) is offered the first lesson or a run of the scenario on screen. Once they choose, or close
 * it, this browser remembers and never offers it again.
 */
const ANSWERED_KEY = 'rewind-lab:first-screen'

/** What the app was opened with, as far as the invitation cares. */
export interface Arrival {
  /** The address's fragment and query, without `#` and `?`: a link or a lesson when not empty. */
  readonly fragment: string
  readonly query: string
  readonly hasDraft: boolean
  /** The invitation was answered in this browser before. */
  readonly answered: boolean
}

/** A newcomer: nothing was shared with them, they kept nothing, and they never answered. */
export function isNewcomer(arrival: Arrival): boolean {
  return arrival.fragment === '' && arrival.query === '' && !arrival.hasDraft && !arrival.answered
}

function wasAnswered(): boolean {
  try {
    return localStorage.getItem(ANSWERED_KEY) !== null
  } catch {
    // Storage blocked: nothing could be remembered either, so the invitation stays away.
    return true
  }
}

interface InvitationState {
  readonly open: boolean
  /** Closes it for good in this browser (a choice made, or "Explore on my own"). */
  readonly answer: () => void
}

export const useInvitation = create<InvitationState>()((set) => ({
  open: false,
  answer: () => {
    set({ open: false })
    try {
      localStorage.setItem(ANSWERED_KEY, 'answered')
    } catch {
      // Storage blocked: it closes for this visit only.
    }
  },
}))

/** Decides at startup, before the address is opened (opening a bad draft moves it aside). */
export function offerInvitationOnArrival(): void {
  const arrival: Arrival = {
    fragment: location.hash.replace(/^#/, ''),
    query: location.search.replace(/^\?/, ''),
    hasDraft: hasDraft(),
    answered: wasAnswered(),
  }
  useInvitation.setState({ open: isNewcomer(arrival) })
}
