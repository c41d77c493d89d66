// The base styles come first so that each view's own stylesheet can refine them.
import './app/app.css'
import './views/shared/records.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { openFromStartupAddress } from './app/startup'
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
 * The first render shows the opened link or draft, never a flash of the default scenario; a heavy
 * one renders at once instead, with its progress and Cancel over the default scenario.
 */
async function start(root: HTMLElement): Promise<void> {
  const computing = whenComputing()
  await Promise.race([openFromStartupAddress(), computing.started])
  computing.stop()
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start(container)
