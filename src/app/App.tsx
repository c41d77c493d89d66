import { lazy, Suspense } from 'react'
import { useAppStore } from '../store/appStore'
import { LessonsArea } from '../views/lessons/LessonsArea'
import { panelIsShown } from '../views/lessons/stepPanel'
import { RecordInspector } from '../views/inspect/RecordInspector'
import { NarrationPanel } from '../views/narration/NarrationPanel'
import { PresenterBand } from '../views/presenter/PresenterBand'
import { RealWorldDrawer } from '../views/realWorld/RealWorldDrawer'
import { SimplificationsDrawer } from '../views/about/SimplificationsDrawer'
import { PartitionLogView } from '../views/partitionLog/PartitionLogView'
import { TimelineBar } from '../views/timeline/TimelineBar'
import { DeferredCursor } from '../views/shared/DeferredCursor'
import { HoldWhileUnseen } from '../views/shared/HoldWhileUnseen'
import { BranchBar } from '../views/branches/BranchBar'
import { useBranchPair } from '../views/branches/useBranches'
import { useStepper } from '../views/timeline/useStepper'
import { ComputingDialog } from './ComputingDialog'
import { ErrorBoundary } from './ErrorBoundary'
import { HelpDialog } from './HelpDialog'
import {
  ActionPanel,
  BranchDiffPanel,
  ChartsPanel,
  ClusterView,
  JobsPanel,
  OutputsView,
  StoreView,
} from './lazyViews'
import { Notices } from './Notices'
import { usePlayback } from './playback'
import { PresentButton } from './PresentButton'
import { usePresenterScreen } from './usePresenterScreen'
import { ScenarioFiles } from './ScenarioFiles'
import { ScenarioTitle } from './ScenarioTitle'
import { SkipLink } from './SkipLink'
import { ShareMenu } from './ShareMenu'
import { ThemePicker } from './ThemePicker'
import { UpdatePrompt } from './UpdatePrompt'
import { useShortcuts } from './useShortcuts'
import { useUndoKeys } from './useUndoKeys'
import { ScenarioUndo } from '../views/undo/ScenarioUndo'
import { useUrlSync } from './useUrlSync'
import './presenter.css'
import { followedLesson } from '../store/slices/lessonSession'

// Only a newcomer is offered it; it brings the lessons, which the side loads on demand anyway.
const FirstScreenInvitation = lazy(() => import('./FirstScreenInvitation'))

/**
 * The shell: a header, the views by subject in the middle (the partition log; the jobs, their
 * state stores and outputs when the scenario has jobs; the cluster when it has more than one
 * machine or jobs; actions and charts), lessons and narration at the side, and time at the bottom.
 * Presenter mode keeps only the stage, one band of text beside it (the lesson, or what just
 * happened) and time.
 */
export function App() {
  const setHelpOpen = useAppStore((s) => s.setHelpOpen)
  // The same rules tell a lesson step whether the panel it points at is on screen.
  const hasJobs = useAppStore((s) => panelIsShown('jobs', s.scenario))
  const showCluster = useAppStore((s) => panelIsShown('cluster', s.scenario))
  const branches = useBranchPair()
  const presenting = useAppStore((s) => s.presenting)
  const inLesson = useAppStore((s) => followedLesson(s.lessonSession) !== null)
  const inviting = useAppStore((s) => s.invitationOpen)
  const step = useStepper()
  usePresenterScreen()
  usePlayback()
  useShortcuts(step)
  useUndoKeys()

  return (
    <div className="app">
      <SkipLink />
      <header className="app__header">
        <h1>Rewind Lab</h1>
        <ScenarioTitle />
        <nav className="app__tools" aria-label="Scenario">
          <ScenarioUndo />
          <span className="app__files">
            <ScenarioFiles />
          </span>
          <ShareMenu />
          <PresentButton />
          <ThemePicker />
          <button
            type="button"
            className="button"
            aria-keyshortcuts="?"
            onClick={() => {
              setHelpOpen(true)
            }}
          >
            Keys <kbd>?</kbd>
          </button>
        </nav>
      </header>
      <Notices />
      <UpdatePrompt />
      <ErrorBoundary>
        <main className="app__main">
          <div className="app__views">
            {inviting && !presenting && (
              <Suspense fallback={null}>
                <FirstScreenInvitation />
              </Suspense>
            )}
            {/* The stages carry their branch names; the controls are for the desk, not the room. */}
            {!presenting && <BranchBar />}
            <PartitionLogView />
            {!presenting && (
              <ErrorBoundary what="The panels below the stage could not be shown; the stage, the time line and the lessons still work.">
                <Suspense fallback={<p className="app__loading">Loading views…</p>}>
                  <HoldWhileUnseen>
                    {branches !== null && <BranchDiffPanel pair={branches} />}
                    <DeferredCursor>
                      {hasJobs && (
                        <>
                          <JobsPanel />
                          <StoreView />
                          <OutputsView />
                        </>
                      )}
                      {showCluster && <ClusterView />}
                    </DeferredCursor>
                    <ActionPanel />
                    <ChartsPanel />
                  </HoldWhileUnseen>
                  {/* Inside the boundary: the drawers appear with the panels above them, never
                      before, so a press on their heading cannot be moved away mid-click. */}
                  <RealWorldDrawer />
                  <SimplificationsDrawer />
                </Suspense>
              </ErrorBoundary>
            )}
          </div>
          <aside className="app__side">
            <ErrorBoundary what="The lessons could not be shown.">
              {presenting && !inLesson ? <PresenterBand /> : <LessonsArea />}
            </ErrorBoundary>
            {!presenting && (
              <>
                <RecordInspector />
                <NarrationPanel />
              </>
            )}
          </aside>
        </main>
        <TimelineBar />
      </ErrorBoundary>
      <UrlSync />
      <HelpDialog />
      <ComputingDialog />
    </div>
  )
}

/**
 * Keeps the link in step with the state. A component of its own: the link follows the cursor, and
 * a hook in App would redraw every panel on every step of a drag.
 */
function UrlSync() {
  useUrlSync()
  return null
}
