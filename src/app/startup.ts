import { decodeLink, isLinkFragment } from '../scenario/link/fragment'
import { describeLinkProblem } from '../scenario/link/describeLinkProblem'
import { useAppStore } from '../store/appStore'
import { readDraft } from './draft'
import { decodeView } from './viewParam'

/**
 * What the app opens with: the link in the fragment if there is one, else the saved draft, else
 * the default scenario. A bad link opens the default scenario with a message and leaves the draft
 * alone; nothing from the link runs.
 */
export async function openFromLocation(fragment: string): Promise<void> {
  const store = useAppStore.getState()
  if (isLinkFragment(fragment)) {
    const result = await decodeLink(fragment)
    const refused = result.ok
      ? store.load(result.value.scenario, {
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
  const draft = readDraft()
  const refused = draft.kind === 'ok' ? store.load(draft.scenario) : null
  if (draft.kind === 'unreadable') store.notify('error', draft.message)
  else if (refused !== null) store.notify('error', `Your saved draft was not opened: ${refused}`)
}
