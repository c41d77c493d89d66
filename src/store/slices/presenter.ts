import type { AppSlice } from '../appStore'

/**
 * Presenter mode, for any scenario (a lesson or not): the stage fills the screen, the text sits
 * in one band, and editing is hidden. It is apart from the lesson session, so opening the next
 * lesson or leaving one keeps the projector as it is.
 */
export interface PresenterState {
  readonly presenting: boolean
}

export interface PresenterActions {
  setPresenting: (presenting: boolean) => void
}

export const createPresenterSlice: AppSlice<PresenterActions> = (set) => ({
  setPresenting: (presenting) => {
    set({ presenting })
  },
})
