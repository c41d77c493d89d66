/** Worth showing: more than one broker or host, or jobs whose containers live on hosts. */
export function clusterIsUseful(scenario: {
  readonly jobs: readonly unknown[]
  readonly cluster: { readonly brokers: number; readonly hosts: number }
}): boolean {
  return scenario.cluster.brokers > 1 || scenario.cluster.hosts > 1 || scenario.jobs.length > 0
}
