import { defaultScenario } from '../scenario/builtin'
import { decodeLink, isLinkFragment } from '../scenario/link/fragment'
import { describeLinkProblem } from '../scenario/link/describeLinkProblem'
import { firstPartition, useAppStore } from '../store/appStore'
import { parseLessonLink } from '../store/lessonLink'
import type { Stash } from '../store/lessonSession'
import { currentStash } from '../store/lessonSession'
import { openNewScenario } from '../store/openScenario'
import { readDraft } from './draft'
import { decodeView } from './viewParam'

/** How the fragment arrived: with the page, or changed while the app runs (a click, a paste). */
export type Opening = 'startup' | 'navigation'

/**
 * What the app opens with: the link in the fragment if there is one, else the saved draft, else
 * the default scenario. A bad link opens the default scenario with a message and leaves the draft
 * alone; nothing from the link runs. A lesson link opens the lesson (its code loads on demand).
 */
export async function openFromLocation(fragment: string, opening: Opening = 'navigation') {
  const store = useAppStore.getState()
  const lessonLink = parseLessonLink(fragment)
  if (lessonLink !== null) {
    const { openLessonLink } = await import('../views/lessons/openLessonLink')
    const stash = opening === 'startup' ? draftStash : currentStash
    if (!openLessonLink(lessonLink, stash) && opening === 'startup') openDraft()
    return
  }
  if (isLinkFragment(fragment)) {
    // A scenario link replaces whatever lesson was open.
    const result = await decodeLink(fragment)
    const refused = result.ok
      ? openNewScenario(result.value.scenario, {
          cursor: result.value.cursorMs,
          ...decodeView(result.value.view),
        })
      : describeLinkProblem(result.problem)
    if (refused !== null) {
      store.notify(
        'error',
        `This link could not be opened. ${refused} The default scenario is shown instead; your saved draft is untouched.`,
      )
    }
    return
  }
  openDraft()
}

function openDraft(): void {
  const store = useAppStore.getState()
  const draft = readDraft()
  const refused = draft.kind === 'ok' ? store.load(draft.scenario) : null
  if (draft.kind === 'unreadable') store.notify('error', draft.message)
  else if (refused !== null) store.notify('error', `Your saved draft was not opened: ${refused}`)
}

/** A lesson opened with the page stashes the saved draft (not yet run), or the default scenario. */
function draftStash(): Stash {
  const draft = readDraft()
  if (draft.kind === 'unreadable') useAppStore.getState().notify('error', draft.message)
  const scenario = draft.kind === 'ok' ? draft.scenario : defaultScenario
  return { scenario, cursor: 0, ...firstPartition(scenario) }
}
