import type { StepPanel } from '../../lessons'
import type { Scenario } from '../../scenario/schema'
import { clusterIsUseful } from '../cluster/clusterIsUseful'

/** Whether the app shows `panel` for `scenario` (the rules of App's middle column). */
export function panelIsShown(panel: StepPanel, scenario: Scenario): boolean {
  switch (panel) {
    case 'jobs':
    case 'store':
    case 'outputs':
      return scenario.jobs.length > 0
    case 'cluster':
      return clusterIsUseful(scenario)
    case 'log':
    case 'charts':
      return true
  }
}
