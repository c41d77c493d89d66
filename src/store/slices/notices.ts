import type { AppSlice } from '../appStore'

/** A message shown above the page until dismissed (or, about an action, until the next one). */
export interface Notice {
  readonly id: number
  readonly tone: 'info' | 'error'
  readonly text: string
  /** How many times this same message was given while it was shown (said once, counted). */
  readonly times: number
  /**
   * A button the message offers: download the unreadable draft it talks about, or open the user's
   * scenario set aside while a lesson was edited.
   */
  readonly offer?: 'download-held-draft' | 'back-to-scenario-set-aside'
  /** About the user's last action: replaced by what the next action says, so none goes stale. */
  readonly aboutAction?: true
}

export interface NoticesState {
  readonly notices: readonly Notice[]
}

export interface NoticesActions {
  notify: (tone: Notice['tone'], text: string, offer?: Notice['offer']) => void
  /** Says what the user's action did, in place of what was said about the one before. */
  tellAboutAction: (tone: Notice['tone'], text: string | null) => void
  dismissNotice: (id: number) => void
}

let nextNoticeId = 1

/**
 * The notices after `text` is said: the same message again (a burst of bad links) is counted on
 * the one already shown and moves last. For actions that say something in the same change as
 * they do it.
 */
export function withNotice(
  notices: readonly Notice[],
  tone: Notice['tone'],
  text: string,
  offer?: Notice['offer'],
): readonly Notice[] {
  const same = notices.find((n) => n.tone === tone && n.text === text)
  const times = same === undefined ? 1 : same.times + 1
  return [
    ...notices.filter((n) => n !== same),
    { id: nextNoticeId++, tone, text, times, ...(offer ? { offer } : {}) },
  ]
}

export const createNoticesSlice: AppSlice<NoticesActions> = (set, get) => ({
  notify: (tone, text, offer) => {
    set({ notices: withNotice(get().notices, tone, text, offer) })
  },
  tellAboutAction: (tone, text) => {
    set((s) => {
      s.notices = s.notices.filter((n) => n.aboutAction !== true)
      if (text !== null)
        s.notices.push({ id: nextNoticeId++, tone, text, times: 1, aboutAction: true })
    })
  },
  dismissNotice: (id) => {
    set((s) => {
      s.notices = s.notices.filter((n) => n.id !== id)
    })
  },
})
