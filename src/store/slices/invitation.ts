import type { AppSlice } from '../appStore'

/**
 * The first screen's invitation (start the first lesson, or watch the scenario run), offered to a
 * newcomer once. Like the theme, it belongs to this browser: never in the scenario, a link or undo.
 */
export interface InvitationState {
  readonly invitationOpen: boolean
}

export interface InvitationActions {
  /** Set at startup from what the app was opened with (app/firstScreen.ts decides). */
  offerInvitation: (open: boolean) => void
  /** Closes it for good in this browser (a choice made, or "Explore on my own"). */
  answerInvitation: () => void
}

const ANSWERED_KEY = 'rewind-lab:first-screen'

/** Whether this browser answered the invitation before. */
export function invitationAnswered(): boolean {
  try {
    return localStorage.getItem(ANSWERED_KEY) !== null
  } catch {
    // Storage blocked: nothing could be remembered either, so the invitation stays away.
    return true
  }
}

export const createInvitationSlice: AppSlice<InvitationActions> = (set) => ({
  offerInvitation: (invitationOpen) => {
    set({ invitationOpen })
  },
  answerInvitation: () => {
    set({ invitationOpen: false })
    try {
      localStorage.setItem(ANSWERED_KEY, 'answered')
    } catch {
      // Storage blocked: it closes for this visit only.
    }
  },
})
