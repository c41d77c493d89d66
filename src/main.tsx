// The base styles come first so that each view's own stylesheet can refine them.
import './app/app.css'
import './views/shared/records.css'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { StartupComputingDialog } from './app/ComputingDialog'
import { openFromStartupAddress } from './app/startup'
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
 * The first render shows the opened link or draft, never a flash of the default scenario. A heavy
 * one shows its progress and Cancel at once, alone: drawing the whole app behind it (and computing
 * the default scenario for it) took longer than the first slice of the link. The app is drawn once
 * the opening has ended, as a transition, so that drawing it yields to the browser too.
 */
async function start(root: HTMLElement): Promise<void> {
  const computing = whenComputing()
  const opening = openFromStartupAddress()
  const heavy = await Promise.race([opening.then(() => false), computing.started.then(() => true)])
  computing.stop()
  const reactRoot = createRoot(root)
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  )
  if (!heavy) {
    reactRoot.render(app)
    return
  }
  reactRoot.render(
    <StrictMode>
      <StartupComputingDialog />
    </StrictMode>,
  )
  const views = preloadViews()
  await opening
  await computeScenarioOnScreen()
  await views
  startTransition(() => {
    reactRoot.render(app)
  })
}

void start(container)
