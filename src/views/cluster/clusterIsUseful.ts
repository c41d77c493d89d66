interface ClusterShape {
  readonly jobs: readonly unknown[]
  readonly cluster: { readonly brokers: number; readonly hosts: number }
}

/** More than one broker or host: failures can move leadership or containers. */
export function hasSeveralMachines(scenario: ClusterShape): boolean {
  return scenario.cluster.brokers > 1 || scenario.cluster.hosts > 1
}

/** Worth showing: more than one broker or host, or jobs whose containers live on hosts. */
export function clusterIsUseful(scenario: ClusterShape): boolean {
  return hasSeveralMachines(scenario) || scenario.jobs.length > 0
}
