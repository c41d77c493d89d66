import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { openFromStartupAddress } from './app/startup'
import './app/app.css'

const container = document.getElementById('root')
if (container === null) throw new Error('index.html has no #root element')

/** The first render shows the opened link or draft, never a flash of the default scenario. */
async function start(root: HTMLElement): Promise<void> {
  await openFromStartupAddress()
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start(container)
