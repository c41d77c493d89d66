import type { Page } from '@playwright/test'
import type { Scenario } from '../src/scenario/schema'
import { expect, test } from './fixtures'
import {
  actionPanel,
  chooseAction,
  describedValue,
  doIt,
  loadScenarioFile,
  openScenario,
} from './helpers'

const simple = loadScenarioFile('simple-rewind.json')
// Three brokers, two replicas per page-views partition: a broker failure moves leadership.
const replicated: Scenario = {
  ...simple,
  cluster: { ...simple.cluster, brokers: 3 },
  topics: simple.topics.map((t) => ({ ...t, replicationFactor: 2 })),
}

function broker(page: Page, id: number) {
  return page
    .getByRole('region', { name: 'Cluster' })
    .getByRole('listitem', { name: `Broker ${id}` })
}

/** The replica chip of page-views partition `p` on a broker, named by its role. */
function replica(page: Page, id: number, p: number) {
  return describedValue(broker(page, id), 'page-views').getByLabel(new RegExp(`^partition ${p},`))
}

test('failing a broker moves its partitions’ leadership to an in-sync follower', async ({
  page,
}) => {
  await openScenario(page, replicated, 10_000)
  // Replica i of partition p of the first topic is on broker (p + i) mod 3.
  await expect(replica(page, 0, 0)).toHaveAccessibleName('partition 0, leader')
  await expect(replica(page, 1, 0)).toHaveAccessibleName('partition 0, in the ISR')
  await expect(broker(page, 0).getByText('up', { exact: true })).toBeVisible()
  const leaderStat = page.locator('.partition-log .stat', { hasText: 'Leader · ISR' })
  await expect(leaderStat).toContainText(/broker 0 · \[0, 1\]/)

  await chooseAction(page, 'Fail a broker')
  await actionPanel(page)
    .getByRole('combobox', { name: 'Broker', exact: true })
    .selectOption({ label: 'broker 0 (up)' })
  await doIt(page)

  await expect(broker(page, 0).getByText('down', { exact: true })).toBeVisible()
  await expect(replica(page, 0, 0)).toHaveAccessibleName('partition 0, out of the ISR')
  await expect(replica(page, 1, 0)).toHaveAccessibleName('partition 0, leader')
  await expect(leaderStat).toContainText(/broker 1 · \[1\]/)
  // Said in the narration, and shown in the lane's title on the stage.
  await expect(page.getByText('Broker 1 is now the leader of page-views-0').first()).toBeVisible()
  await expect(
    page.locator('svg text', { hasText: 'page-views-0' }).filter({ hasText: 'leader 1, ISR [1]' }),
  ).toBeVisible()

  // Recovering it brings it back into the ISR, without taking leadership back.
  await chooseAction(page, 'Recover a broker')
  await actionPanel(page)
    .getByRole('combobox', { name: 'Broker', exact: true })
    .selectOption({ label: 'broker 0 (down)' })
  await doIt(page)
  await expect(replica(page, 0, 0)).toHaveAccessibleName('partition 0, in the ISR')
  await expect(replica(page, 1, 0)).toHaveAccessibleName('partition 0, leader')
})

test('hosts show the job’s container and its tasks', async ({ page }) => {
  await openScenario(page, simple, 10_000)
  const host = page
    .getByRole('region', { name: 'Cluster' })
    .getByRole('listitem', { name: 'Host 0' })
  await expect(host).toContainText('page-counter_1 container 0 (running): Partition 0, Partition 1')
})

test('the A/B view sets the live job’s output against the rewound job’s', async ({ page }) => {
  await openScenario(page, loadScenarioFile('parallel-rewind.json'), 35_000)
  const outputs = page.getByRole('region', { name: 'Job outputs' })
  await expect(outputs.getByLabel('Output A')).toHaveValue('page-counts')
  await expect(outputs.getByLabel('Output B')).toHaveValue('page-counts-v2')
  const table = outputs.getByRole('table', { name: 'A/B comparison per key' })
  // The rewound job started at 30 s from the oldest offset and is still catching up.
  await expect(table.getByRole('cell', { name: /^higher in A/ }).first()).toBeVisible()

  // Later the live job is decommissioned while the new one goes on: B is now ahead.
  await openScenario(page, loadScenarioFile('parallel-rewind.json'), 75_000)
  await expect(table.getByRole('cell', { name: /^higher in B/ }).first()).toBeVisible()
  await expect(table.getByRole('cell', { name: /^higher in A/ })).toHaveCount(0)
})
