import { readFileSync } from 'node:fs'
import { encodeLink } from '../src/scenario/link/fragment'
import { parseScenarioJson } from '../src/scenario/parse'
import { test } from './fixtures'

function load(file: string) {
  const parsed = parseScenarioJson(readFileSync(`scenarios/${file}`, 'utf8'))
  if (!parsed.ok) throw new Error(file)
  return parsed.value
}

test('screens', async ({ page }) => {
  test.setTimeout(120_000)
  const scenario = load('parallel-rewind.json')
  const multi = { ...scenario, cluster: { brokers: 3, hosts: 2, containerRestartMs: 5_000 }, topics: scenario.topics.map((t) => ({ ...t, replicationFactor: 2 })) }
  await page.goto(`/#${await encodeLink({ scenario: multi, cursorMs: 45_000, view: 'log' })}`)
  await page.getByRole('region', { name: 'Cluster' }).waitFor()
  await page.screenshot({ path: '/tmp/app-top.png' })
  await page.getByRole('region', { name: 'Cluster' }).screenshot({ path: '/tmp/app-cluster.png' })
  await page.getByRole('region', { name: /^Act at/ }).scrollIntoViewIfNeeded()
  await page.getByRole('combobox', { name: 'Action', exact: true }).selectOption({ label: 'Start a new job' })
  await page.getByRole('button', { name: /Parallel copy of page-counter_2/ }).click()
  await page.getByRole('region', { name: /^Act at/ }).screenshot({ path: '/tmp/app-newjob.png' })
  await page.getByRole('combobox', { name: 'Action', exact: true }).selectOption({ label: 'Edit a checkpoint (CheckpointTool)' })
  await page.getByRole('region', { name: /^Act at/ }).screenshot({ path: '/tmp/app-checkpoint.png' })
  await page.getByRole('combobox', { name: 'Action', exact: true }).selectOption({ label: 'Start a stopped job (run-app.sh)' })
  await page.getByRole('region', { name: /^Act at/ }).screenshot({ path: '/tmp/app-start.png' })
  await page.getByRole('region', { name: 'Time controls' }).screenshot({ path: '/tmp/app-timeline.png' })
})
