import { useAppStore } from '../store/appStore'
import { invitationAnswered } from '../store/slices/invitation'
import { hasDraft } from './draft'

/** What the app was opened with, as far as the invitation cares. */
export interface Arrival {
  /** The address's fragment and query, without `#` and `?`: a link or a lesson when not empty. */
  readonly fragment: string
  readonly query: string
  readonly hasDraft: boolean
  /** The invitation was answered in this browser before. */
  readonly answered: boolean
}

/**
 * Who is offered the first screen's invitation: a newcomer, with nothing shared with them, nothing
 * kept, and no answer given before (the answer is remembered by store/slices/invitation.ts).
 */
export function isNewcomer(arrival: Arrival): boolean {
  return arrival.fragment === '' && arrival.query === '' && !arrival.hasDraft && !arrival.answered
}

/** Decides at startup, before the address is opened (opening a bad draft moves it aside). */
export function offerInvitationOnArrival(): void {
  const arrival: Arrival = {
    fragment: location.hash.replace(/^#/, ''),
    query: location.search.replace(/^\?/, ''),
    hasDraft: hasDraft(),
    answered: invitationAnswered(),
  }
  useAppStore.getState().offerInvitation(isNewcomer(arrival))
}
