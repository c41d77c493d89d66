import { useEffect, useRef } from 'react'
import { documentJson } from '../scenario/branches/scenarioDocument'
import { encodeLink, LINK_LIMITS } from '../scenario/link/fragment'
import { useAppStore } from '../store/appStore'
import { branchedOf } from '../store/branchState'
import { formatLessonLink } from '../store/lessonLink'
import { writeDraft } from './draft'
import { openFromLocation } from './startup'
import { encodeView } from './viewParam'
import { followedLesson } from '../store/slices/lessonSession'

const SAVE_PROBLEMS = {
  refused: 'This browser refused to save your draft; use Copy link or Export.',
  held: 'Your edits are not saved in this browser while the unreadable draft waits to be downloaded; use Copy link or Export meanwhile.',
} as const
const saidAboutSaving = new Set<keyof typeof SAVE_PROBLEMS>()

const URL_DELAY_MS = 400
const DRAFT_DELAY_MS = 500

/** The link for the current state (fragment without `#`): a followed lesson's is its step. */
export async function currentLink(): Promise<string> {
  const lesson = followedLesson(useAppStore.getState().lessonSession)
  if (lesson !== null) {
    const { ownLessonLink } = await import('../views/lessons/ownLessonLink')
    return (
      (await ownLessonLink(lesson.lessonId, lesson.step + 1)) ??
      formatLessonLink(lesson.lessonId, lesson.step + 1)
    )
  }
  const { scenario, branch, cursor, topic, partition } = useAppStore.getState()
  const view = encodeView(topic, partition)
  if (branch === null) return encodeLink({ scenario, cursorMs: cursor, view })
  // Two branches travel as format 2; the link opens them with the same branch selected.
  return encodeLink({ ...branchedOf(scenario, branch), cursorMs: cursor, view })
}

/**
 * Keeps the fragment in step with the state (debounced, not while playing), saves the draft after
 * the user's own edits outside lessons, and opens a link pasted into the address bar of this tab.
 */
export function useUrlSync(): void {
  const scenario = useAppStore((s) => s.scenario)
  const cursor = useAppStore((s) => Math.floor(s.cursor))
  const playing = useAppStore((s) => s.playing)
  const topic = useAppStore((s) => s.topic)
  const partition = useAppStore((s) => s.partition)
  const editCount = useAppStore((s) => s.editCount)
  const branch = useAppStore((s) => s.branch)
  const selectedBranch = branch?.selected ?? null
  const lesson = useAppStore((s) => followedLesson(s.lessonSession))
  const lessonStep = lesson === null ? null : `${lesson.lessonId}/${String(lesson.step)}`
  const written = useRef<string | null>(null)
  const isFirst = useRef(true)

  useEffect(() => {
    // The state the app opened with is already what the address bar says.
    if (isFirst.current) {
      isFirst.current = false
      return
    }
    if (playing) return
    let cancelled = false
    // A link pasted into the address bar meanwhile is the user's: it is opened, never overwritten.
    const addressNow = location.hash
    const timer = setTimeout(() => {
      void currentLink().then((fragment) => {
        if (cancelled || location.hash !== addressNow) return
        if (fragment.length > LINK_LIMITS.fragmentChars) return
        written.current = `#${fragment}`
        history.replaceState(null, '', written.current)
      })
    }, URL_DELAY_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [scenario, branch, cursor, playing, topic, partition, lessonStep])

  useEffect(() => {
    // Changes to a lesson's scenario stay in the link: the user's own draft is kept until they
    // choose to replace it ("Keep as my scenario").
    // So do changes to a lesson's own scenario while the lesson is edited over it.
    const { lessonSession, lessonDraft, scenarioSetAside } = useAppStore.getState()
    const overLessonScenario = lessonDraft !== null && scenarioSetAside !== null
    if (editCount === 0 || lessonSession !== null || overLessonScenario) return
    // The edited scenario, even if a lesson opens before the timer fires.
    const { scenario: edited, branch: editedBranch } = useAppStore.getState()
    const document = editedBranch === null ? edited : documentJson(branchedOf(edited, editedBranch))
    const timer = setTimeout(() => {
      const outcome = writeDraft(document)
      // Each problem is said once, not on every edit; a save that works clears the slate.
      if (outcome === 'saved') saidAboutSaving.clear()
      else if (!saidAboutSaving.has(outcome)) {
        saidAboutSaving.add(outcome)
        useAppStore.getState().notify('error', SAVE_PROBLEMS[outcome])
      }
    }, DRAFT_DELAY_MS)
    return () => {
      clearTimeout(timer)
    }
    // Picking the other branch is no edit, but once the branches are the user's own (edited), the
    // draft keeps which one is on screen, as the link does.
  }, [editCount, selectedBranch])

  useEffect(() => {
    const onHashChange = (): void => {
      if (location.hash !== written.current) void openFromLocation(location.hash)
    }
    window.addEventListener('hashchange', onHashChange)
    return () => {
      window.removeEventListener('hashchange', onHashChange)
    }
  }, [])
}
