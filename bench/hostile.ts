/**
 * Worst-case links (issue #16): from opening the link to a clear answer (the refusal naming what
 * is expensive, or the world), as the app does it: decode, estimate, then run under the budget.
 */
import { performance } from 'node:perf_hooks'
import {
  cleanerStorm,
  nearBudgetRecords,
  pollingStorm,
  restartLoop,
} from '../src/scenario/hostileScenarios'
import { defaultScenario } from '../src/scenario/builtin'
import { decodeLink, encodeLink } from '../src/scenario/link/fragment'
import type { Scenario } from '../src/scenario/schema'
import { prepareScenario } from '../src/derive/prepare'
import { percentile, report } from './report'

const LINKS: readonly [string, () => Scenario][] = [
  ['5,000 cleaner runs over one-record segments (the 23.7 KB link)', cleanerStorm],
  ['a container restarting every 0 ms with its only host down', restartLoop],
  ['a consumer polling every 1 ms for 3 hours', pollingStorm],
  ['2.9M records, just under the budget', nearBudgetRecords],
]

export async function benchHostileLinks(): Promise<void> {
  for (const [name, make] of LINKS) {
    const link = await encodeLink({ scenario: make(), cursorMs: 0, view: 'log' })
    const samples: number[] = []
    let answer = ''
    for (let run = 0; run < 3; run++) {
      // A link opened before is in the derive cache: open another scenario so each run starts cold.
      prepareScenario(defaultScenario)
      const start = performance.now()
      const decoded = await decodeLink(link)
      if (!decoded.ok) throw new Error(`${name}: the link does not decode`)
      const prepared = prepareScenario(decoded.value.scenario)
      samples.push(performance.now() - start)
      answer = prepared.ok ? 'opened' : 'refused'
    }
    samples.sort((a, b) => a - b)
    report(
      `hostile link: time to a clear answer (${answer}), ${name}, ${link.length.toLocaleString('en-US')} characters; median of 3`,
      percentile(samples, 0.5),
      'ms',
      '<= 10000',
    )
  }
}
