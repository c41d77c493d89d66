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
    if (result.ok) {
      const { scenario, cursorMs, view } = result.value
      store.load(scenario, { cursor: cursorMs, ...decodeView(view) })
    } else {
      store.notify(
        'error',
        `This link could not be opened. ${describeLinkProblem(result.problem)} The default scenario is shown instead; your saved draft is untouched.`,
      )
    }
    return
  }
  const draft = readDraft()
  if (draft.kind === 'ok') store.load(draft.scenario)
  else if (draft.kind === 'unreadable') store.notify('error', draft.message)
}
