import { lazy } from 'react'
import { LazyDrawer } from '../shared/LazyDrawer'

const RealWorldPanel = lazy(() => import('./RealWorldPanel'))

/** "In the real world": the real config and commands the scenario stands for. */
export function RealWorldDrawer() {
  return (
    <LazyDrawer
      title="In the real world: Kafka and Samza config and commands"
      className="real-world-drawer"
      Content={RealWorldPanel}
    />
  )
}
