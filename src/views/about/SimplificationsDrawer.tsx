import { lazy } from 'react'
import { LazyDrawer } from '../shared/LazyDrawer'

const SimplificationsPanel = lazy(() => import('./SimplificationsPanel'))

/** "What the simulator simplifies", closed until asked for. */
export function SimplificationsDrawer() {
  return (
    <LazyDrawer
      title="What this simulator simplifies"
      className="simplifications-drawer"
      Content={SimplificationsPanel}
    />
  )
}
