// The base styles come first so that each view's own stylesheet can refine them.
import './app/app.css'
import './views/shared/records.css'
import { startTransition, StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { StartupComputingDialog } from './app/ComputingDialog'
import { openFromStartupAddress, startupLinkIsLong } from './app/startup'
import { preloadViews } from './app/lazyViews'
import { browserPacing, prepareInSlices, SLICE_MS, startPreparation } from './derive/prepare'
import { useAppStore } from './store/appStore'

const container = document.getElementById('root')
if (container === null) throw new Error('index.html has no #root element')

/** Resolves when a scenario being opened turns out heavy enough to show its progress. */
function whenComputing(): { started: Promise<void>; stop: () => void } {
  let stop = (): void => undefined
  const started = new Promise<void>((resolve) => {
    stop = useAppStore.subscribe((state) => {
      if (state.computing !== null) resolve()
    })
  })
  return { started, stop }
}

/**
 * Computes the scenario on screen, in slices, unless it is computed already: after a heavy link
 * was refused it is the default scenario, never computed, which the app's first render would
 * otherwise compute in the same task as it draws everything. Its first slice is a short one in a
 * task of its own: the task that ended the link's opening (its last slice and the refusal) has
 * had its share, and the progress dialog stays up meanwhile.
 */
async function computeScenarioOnScreen(): Promise<void> {
  const { scenario } = useAppStore.getState()
  const nothingToShow = (): void => undefined
  const pacing = browserPacing(nothingToShow, () => false)
  await pacing.yieldToBrowser()
  await prepareInSlices(startPreparation(scenario), pacing, SLICE_MS)
}

/**
 * The app is drawn even when its opening failed: a part of it loaded on demand (the checks of a
 * link, of the saved draft or of the user's own lessons) could not be fetched, say after the site
 * was updated under an open tab. The default scenario is shown instead, and the draft is kept.
 */
function sayOpeningFailed(error: unknown): void {
  const store = useAppStore.getState()
  store.stopReading()
  const why = error instanceof Error ? error.message : String(error)
  store.notify(
    'error',
    `The app could not finish opening (${why}). The default scenario is shown. Reload the page to try again before you change anything: your saved draft and lessons are still stored in this browser, and an edit here would replace the draft.`,
  )
}

/**
 * Resolves once the browser has drawn a frame (after what was just rendered), or after 100 ms in
 * a tab that draws none (hidden): work that follows does not hold back the first paint of progress.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0)
    })
    setTimeout(resolve, 100)
  })
}

/**
 * The first render shows the opened link or draft, never a flash of the default scenario. A heavy
 * one shows its progress and Cancel at once, alone: drawing the whole app behind it (and computing
 * the default scenario for it) took longer than the first slice of the link. A long link shows it
 * before it is even read (decoding and checking it takes tens of ms). The progress is rendered in
 * the task that finds it is needed, before any slice of the scenario runs, and the panels' code
 * loads once it is drawn. The app is drawn once the opening has ended, as a transition, so that
 * drawing it yields to the browser too.
 */
async function start(root: HTMLElement): Promise<void> {
  const reactRoot = createRoot(root)
  const showProgress = (): void => {
    flushSync(() => {
      reactRoot.render(
        <StrictMode>
          <StartupComputingDialog />
        </StrictMode>,
      )
    })
  }
  const long = startupLinkIsLong()
  if (long) {
    // In a task of its own: the modules' evaluation, just ended, is the longest task of the start.
    await new Promise((resolve) => setTimeout(resolve, 0))
    useAppStore.getState().startReading()
    showProgress()
    await afterPaint()
  }
  const computing = whenComputing()
  const opening = openFromStartupAddress().catch(sayOpeningFailed)
  const heavy =
    long || (await Promise.race([opening.then(() => false), computing.started.then(() => true)]))
  computing.stop()
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  )
  if (!heavy) {
    reactRoot.render(app)
    return
  }
  if (!long) showProgress()
  await afterPaint()
  const views = preloadViews()
  await opening
  await computeScenarioOnScreen()
  await views
  startTransition(() => {
    reactRoot.render(app)
  })
}

void start(container)
