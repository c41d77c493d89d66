import { create } from 'zustand'

/**
 * Presenter mode, for any scenario (a lesson or not): the stage fills the screen, the text sits
 * in one band, and editing is hidden. It lives apart from the lesson session, so opening the next
 * lesson or leaving one keeps the projector as it is.
 */
interface PresenterState {
  readonly presenting: boolean
  readonly setPresenting: (presenting: boolean) => void
}

export const usePresenterMode = create<PresenterState>()((set) => ({
  presenting: false,
  setPresenting: (presenting) => {
    set({ presenting })
  },
}))
