import { lazy, Suspense, useState } from 'react'
import './realWorldDrawer.css'

const RealWorldPanel = lazy(() => import('./RealWorldPanel'))

/**
 * "In the real world": closed by default; opening it loads the panel (kept out of the initial
 * bundle) with the real config and commands.
 */
export function RealWorldDrawer() {
  const [open, setOpen] = useState(false)
  return (
    <details
      className="panel real-world-drawer"
      open={open}
      onToggle={(e) => {
        setOpen(e.currentTarget.open)
      }}
    >
      <summary>
        <h2 id="real-world-title">In the real world: Kafka and Samza config and commands</h2>
      </summary>
      {open && (
        <Suspense fallback={<p className="panel__hint">Loading…</p>}>
          <RealWorldPanel />
        </Suspense>
      )}
    </details>
  )
}
