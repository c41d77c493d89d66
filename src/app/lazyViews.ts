import { lazy } from 'react'

// Views below the fold load after first paint, keeping the initial JavaScript within its budget
// (ECOSYSTEM: ≤ 150 KB gzipped). The partition log, narration and time bar stay in the entry chunk.
export const ActionPanel = lazy(() =>
  import('../views/actions/ActionPanel').then((m) => ({ default: m.ActionPanel })),
)
export const ChartsPanel = lazy(() =>
  import('../views/charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })),
)
export const JobsPanel = lazy(() =>
  import('../views/jobs/JobsPanel').then((m) => ({ default: m.JobsPanel })),
)
export const StoreView = lazy(() =>
  import('../views/jobs/StoreView').then((m) => ({ default: m.StoreView })),
)
// Shown only when a scenario has several machines or jobs.
export const ClusterView = lazy(() => import('../views/cluster/ClusterView'))
export const OutputsView = lazy(() => import('../views/outputs/OutputsView'))
// Shown only with two branches on screen.
export const BranchDiffPanel = lazy(() => import('../views/branches/BranchDiffPanel'))
