import { defaultScenario } from '../scenario/builtin'
import { decodeLink, isLinkFragment, readFragmentFields } from '../scenario/link/fragment'
import { describeLinkProblem } from '../scenario/link/describeLinkProblem'
import { useAppStore, currentStash } from '../store/appStore'
import { firstPartition } from '../store/slices/selection'
import { parseLessonLink } from '../store/lessonLink'
import { openDocument } from '../store/branchActions'
import { branchStateOf } from '../store/branchState'
import type { DraftRead } from './draft'
import { readDraft } from './draft'
import { offerInvitationOnArrival } from './firstScreen'
import { decodeView } from './viewParam'
import type { Stash } from '../store/slices/lessonSession'

/**
 * Opens the app from its address at startup. A scenario in the query (`?s=…`, an old or
 * hand-edited form: the query is sent to the server, the fragment never is) is moved into the
 * fragment and opened from there, and the app says so instead of silently opening the draft.
 */
export async function openFromStartupAddress(): Promise<void> {
  offerInvitationOnArrival()
  const query = location.search.replace(/^\?/, '')
  if (location.hash.replace(/^#/, '') === '' && /(^|&)(s|lesson)=/.test(query)) {
    history.replaceState(null, '', `${location.pathname}#${query}`)
    await openFromLocation(location.hash, 'startup')
    useAppStore
      .getState()
      .notify(
        'info',
        'This address had the scenario after “?”, where Rewind Lab links never put it (that part is sent to the server). It was opened from there, and the address now keeps it after “#”, which stays in your browser.',
      )
    return
  }
  await openFromLocation(location.hash, 'startup')
}

/** How the fragment arrived: with the page, or changed while the app runs (a click, a paste). */
export type Opening = 'startup' | 'navigation'

/**
 * What the app opens with: the link in the fragment if there is one, else the saved draft, else
 * the default scenario. A bad link opens the default scenario with a message and leaves the draft
 * alone; nothing from the link runs. A lesson link opens the lesson (its code loads on demand).
 */
export async function openFromLocation(fragment: string, opening: Opening = 'navigation') {
  const store = useAppStore.getState()
  if (readFragmentFields(fragment.replace(/^#/, '')).has('L')) {
    // A whole lesson in the link: decoded and checked in the lessons' lazily loaded code.
    const { openLessonDocumentLink } = await import('../views/lessons/lessonFiles')
    const stash = opening === 'startup' ? draftStash : currentStash
    if (!(await openLessonDocumentLink(fragment, stash)) && opening === 'startup') await openDraft()
    return
  }
  const lessonLink = parseLessonLink(fragment)
  if (lessonLink !== null) {
    const { openLessonLink } = await import('../views/lessons/openLessonLink')
    const stash = opening === 'startup' ? draftStash : currentStash
    if (!(await openLessonLink(lessonLink, stash)) && opening === 'startup') await openDraft()
    return
  }
  if (isLinkFragment(fragment)) {
    // A scenario link replaces whatever lesson was open.
    const result = await decodeLink(fragment)
    let opened: Awaited<ReturnType<typeof openDocument>>
    if (result.ok) {
      const { scenario, branches, cursorMs, view } = result.value
      opened = await openDocument(
        { scenario, branches: branches ?? null },
        { cursor: cursorMs, ...decodeView(view) },
      )
    } else opened = { refused: describeLinkProblem(result.problem) }
    if (typeof opened === 'object') {
      // With the page, nothing was open yet; a link pasted into an open tab leaves what was shown.
      const shown =
        opening === 'startup'
          ? 'The default scenario is shown instead'
          : 'The scenario you had open stays on screen'
      store.notify(
        'error',
        `This link could not be opened. ${opened.refused} ${shown}; your saved draft is untouched.`,
      )
    }
    return
  }
  await openDraft()
}

async function openDraft(): Promise<void> {
  const store = useAppStore.getState()
  const draft = readDraft()
  if (draft.kind === 'unreadable') notifyUnreadable(draft)
  if (draft.kind !== 'ok') return
  const { document } = draft
  // A draft of two branches opens both; a plain one opens as before (a lesson stays open).
  const result =
    document.branches === null ? await store.load(document.scenario) : await openDocument(document)
  if (typeof result === 'object') {
    store.notify('error', `Your saved draft was not opened: ${result.refused}`)
  }
}

function notifyUnreadable(draft: Extract<DraftRead, { kind: 'unreadable' }>): void {
  useAppStore
    .getState()
    .notify('error', draft.message, draft.held ? 'download-held-draft' : undefined)
}

/**
 * A lesson opened with the page stashes the saved draft (not yet run), both branches of it if it
 * has two, or the default scenario.
 */
function draftStash(): Stash {
  const draft = readDraft()
  if (draft.kind === 'unreadable') notifyUnreadable(draft)
  if (draft.kind !== 'ok') {
    return {
      scenario: defaultScenario,
      branch: null,
      cursor: 0,
      ...firstPartition(defaultScenario),
    }
  }
  const { scenario, branches } = draft.document
  const both =
    branches === null ? { scenario, branch: null } : branchStateOf({ scenario, branches })
  return { ...both, cursor: 0, ...firstPartition(both.scenario) }
}
