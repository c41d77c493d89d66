import { defaultScenario } from '../scenario/builtin'
import {
  decodeLink,
  isLinkFragment,
  readableFragment,
  readFragmentFields,
} from '../scenario/link/fragment'
import { describeLinkProblem } from '../scenario/link/describeLinkProblem'
import { useAppStore, currentStash } from '../store/appStore'
import { firstPartition } from '../store/slices/selection'
import { parseLessonLink } from '../store/lessonLink'
import type { LoadResult } from '../store/opening'
import { openingGeneration } from '../store/opening'
import { branchStateOf } from '../store/branchState'
import type { DraftRead } from './draft'
import { readDraft } from './draft'
import { offerInvitationOnArrival } from './firstScreen'
import { loadMyLessons } from '../views/lessons/myLessons'
import { decodeView } from './viewParam'
import type { Stash } from '../store/slices/lessonSession'

/**
 * Opens the app from its address at startup. A link in the query (`?s=…`, `?lesson=…`, `?L=…`: an
 * old or hand-edited form; the query is sent to the server, the fragment never is) is moved into
 * the fragment and opened from there, and the app says so instead of silently opening the draft.
 * A link there that cannot be opened gets the same refusal as in the fragment, and nothing more.
 */
export async function openFromStartupAddress(): Promise<void> {
  offerInvitationOnArrival()
  // Before any link: a link to one of the user's own lessons finds it among them.
  await loadMyLessons()
  const query = location.search.replace(/^\?/, '')
  const field = /(?:^|&)(s|lesson|L)=/.exec(query)?.[1]
  if (location.hash.replace(/^#/, '') === '' && field !== undefined) {
    history.replaceState(null, '', `${location.pathname}#${query}`)
    if (!(await openFromLocation(location.hash, 'startup'))) return
    const what = field === 's' ? 'scenario' : 'lesson'
    useAppStore
      .getState()
      .notify(
        'info',
        `This address had the ${what} after “?”, where Rewind Lab links never put it (that part is sent to the server). It was opened from there, and the address now keeps it after “#”, which stays in your browser.`,
      )
    return
  }
  await openFromLocation(location.hash, 'startup')
}

/**
 * A scenario link's `s` longer than this takes a noticeable time to read: decoding and checking a
 * scenario of thousands of actions (issue #16's cleaner storm, 20k characters, took 50-100 ms), so
 * its progress is shown before. The shipped scenarios' links are under 1,000 characters.
 */
const LONG_LINK_CHARS = 4_000

/**
 * Whether the page's address holds a scenario link long enough that reading it shows progress
 * first (see `LONG_LINK_CHARS`): in the fragment, or in the query (`?s=…`) it is moved from.
 */
export function startupLinkIsLong(): boolean {
  const address = location.hash.replace(/^#/, '') || location.search.replace(/^\?/, '')
  const fields = readFragmentFields(readableFragment(address))
  return !fields.has('L') && (fields.get('s')?.length ?? 0) > LONG_LINK_CHARS
}

/** How the fragment arrived: with the page, or changed while the app runs (a click, a paste). */
export type Opening = 'startup' | 'navigation'

/**
 * What the app opens with: the link in the fragment if there is one, else the saved draft, else
 * the default scenario. A bad link opens the default scenario with a message and leaves the draft
 * alone; nothing from the link runs. A lesson link opens the lesson (its code loads on demand).
 * True when the link was opened (or there was none).
 */
export async function openFromLocation(
  address: string,
  opening: Opening = 'navigation',
): Promise<boolean> {
  const store = useAppStore.getState()
  const fragment = readableFragment(address)
  if (readFragmentFields(fragment).has('L')) {
    // A whole lesson in the link: decoded and checked in the lessons' lazily loaded code.
    const { openLessonDocumentLink } = await import('../views/lessons/lessonFiles')
    const stash = opening === 'startup' ? draftStash : currentStash
    const opened = await openLessonDocumentLink(fragment, stash)
    if (!opened && opening === 'startup') await openDraft()
    return opened
  }
  const lessonLink = parseLessonLink(fragment)
  if (lessonLink !== null) {
    const { openLessonLink } = await import('../views/lessons/openLessonLink')
    const stash = opening === 'startup' ? draftStash : currentStash
    const opened = await openLessonLink(lessonLink, stash)
    if (!opened && opening === 'startup') await openDraft()
    return opened
  }
  if (isLinkFragment(fragment)) {
    // A scenario link replaces whatever lesson was open.
    const reading = store.computing?.stage === 'reading'
    const generation = openingGeneration()
    const result = await decodeLink(fragment)
    // Cancel while the link was read (`startReading`) opened the default scenario instead.
    if (reading && openingGeneration() !== generation) return false
    let opened: LoadResult
    if (result.ok) {
      const { scenario, branches, cursorMs, view } = result.value
      opened = await store.openDocument(
        { scenario, branches: branches ?? null },
        { cursor: cursorMs, ...decodeView(view) },
      )
    } else {
      store.stopReading()
      opened = { refused: describeLinkProblem(result.problem) }
    }
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
      return false
    }
    return true
  }
  await openDraft()
  return true
}

async function openDraft(): Promise<void> {
  const store = useAppStore.getState()
  const draft = await readDraft()
  if (draft.kind === 'unreadable') notifyUnreadable(draft)
  if (draft.kind !== 'ok') return
  const { document } = draft
  // A draft of two branches opens both; a plain one opens as before (a lesson stays open).
  const result =
    document.branches === null
      ? await store.load(document.scenario)
      : await store.openDocument(document)
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
async function draftStash(): Promise<Stash> {
  const draft = await readDraft()
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
