import { preloadableLazy } from '../views/shared/preloadableLazy'

// Views below the fold load after first paint, keeping the initial JavaScript within its budget
// (ECOSYSTEM: ≤ 150 KB gzipped). The partition log, narration and time bar stay in the entry chunk.
const actions = preloadableLazy<object>(() =>
  import('../views/actions/ActionPanel').then((m) => ({ default: m.ActionPanel })),
)
const charts = preloadableLazy<object>(() =>
  import('../views/charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })),
)
const jobs = preloadableLazy<object>(() =>
  import('../views/jobs/JobsPanel').then((m) => ({ default: m.JobsPanel })),
)
const stores = preloadableLazy<object>(() =>
  import('../views/jobs/StoreView').then((m) => ({ default: m.StoreView })),
)
// Shown only when a scenario has several machines or jobs.
const cluster = preloadableLazy<object>(() => import('../views/cluster/ClusterView'))
const outputs = preloadableLazy<object>(() => import('../views/outputs/OutputsView'))
// Shown only with two branches on screen.
const branchDiff = preloadableLazy(() => import('../views/branches/BranchDiffPanel'))

export const ActionPanel = actions.View
export const ChartsPanel = charts.View
export const JobsPanel = jobs.View
export const StoreView = stores.View
export const ClusterView = cluster.View
export const OutputsView = outputs.View
export const BranchDiffPanel = branchDiff.View

/**
 * Loads every panel's code without drawing it, while a heavy scenario computes. Otherwise what only
 * a scenario with jobs shows (jobs, stores, outputs, cluster, the jobs' lag chart) starts loading
 * when the scenario opens; meanwhile the panels' boundary shows "Loading views…" in their place,
 * and they all mount again (in long tasks) just as the user starts dragging the time line.
 */
export async function preloadViews(): Promise<void> {
  const views = [actions, charts, jobs, stores, cluster, outputs, branchDiff]
  await Promise.all([
    ...views.map((view) => view.preload()),
    import('../views/charts/ChartsPanel').then(
      (m) => m.preloadJobLag(),
      () => undefined,
    ),
  ])
}
