import { readFileSync } from 'node:fs'
import { encodeLink } from '../src/scenario/link/fragment'
import { parseScenarioJson } from '../src/scenario/parse'
import { createTimeline, snapshotWorld } from '../src/sim'
import { expect, test } from './fixtures'
import { sliderValue, timeSlider } from './helpers'

const parsed = parseScenarioJson(readFileSync('scenarios/parallel-rewind.json', 'utf8'))
if (!parsed.ok) throw new Error('scenarios/parallel-rewind.json does not parse')
const scenario = parsed.value

test('the jobs panel and the state store show the core’s jobs at the cursor', async ({ page }) => {
  await page.goto(`/#${await encodeLink({ scenario, cursorMs: 0, view: 'log' })}`)
  const jobs = page.getByRole('region', { name: 'Jobs' })
  const card = (name: string) => jobs.getByRole('article', { name })
  await expect(card('page-counter_2').getByText('never started')).toBeVisible()

  // To the end: the first job is decommissioned, the second has run and checkpointed.
  await page.keyboard.press('End')
  const t = await sliderValue(page)
  const [first, expected] = snapshotWorld(createTimeline(scenario).worldAt(t)).jobs
  await expect(card(first!.job).getByText(first!.status, { exact: true })).toBeVisible()
  const task = expected!.tasks[0]!
  const input = task.inputs[0]!

  const second = card(expected!.job)
  await expect(second.getByText(expected!.status, { exact: true })).toBeVisible()
  const row = second.getByRole('row').filter({ hasText: task.name })
  await expect(row).toContainText(
    `last processed = ${input.checkpointed} → resumes at ${input.checkpointed! + 1}`,
  )
  await expect(row.getByRole('cell').first()).toHaveText(`${input.topic}-${input.partition}`)

  const stores = page.getByRole('region', { name: /^State store/ })
  await stores.getByRole('combobox', { name: 'Job' }).selectOption(expected!.job)
  const [key, value] = task.store[0]!
  const table = stores.getByRole('table', { name: new RegExp(`^${task.name}:`) })
  await expect(table).toContainText(`${task.unflushedKeys} unflushed`)
  await expect(table.getByRole('row', { name: key })).toContainText(value)
  await expect(stores.getByText(expected!.settings.changelog!)).toBeVisible()
})

test('a store or an output with many keys shows its first keys and a count, and all on demand', async ({
  page,
}) => {
  const producers = scenario.producers.map((p) => ({
    ...p,
    recordsPerSecond: 40,
    keys: { count: 200, prefix: 'page-', pick: 'sequential' as const },
  }))
  const manyKeys = { ...scenario, producers }
  await page.goto(`/#${await encodeLink({ scenario: manyKeys, cursorMs: 0, view: 'log' })}`)
  await expect(timeSlider(page)).toHaveAttribute('aria-valuenow', '0')
  await page.keyboard.press('End')
  await expect(timeSlider(page)).toHaveAttribute('aria-valuenow', String(manyKeys.durationMs))
  const world = createTimeline(manyKeys).worldAt(manyKeys.durationMs)
  const job = snapshotWorld(world).jobs[1]!
  const task = job.tasks[0]!
  expect(task.store.length).toBeGreaterThan(60)

  const stores = page.getByRole('region', { name: /^State store/ })
  await stores.getByRole('combobox', { name: 'Job' }).selectOption(job.job)
  const table = stores.getByRole('table', { name: new RegExp(`^${task.name}:`) })
  const keyRows = table.getByRole('row').filter({ has: page.getByRole('rowheader') })
  const more = table.getByRole('row').filter({ hasText: /more keys not shown/ })
  const hidden = Number((await more.innerText()).match(/(\d+) more keys/)![1])
  // Folded: the shown rows and the count add up to the store, which is far longer.
  expect((await keyRows.count()) + hidden).toBe(task.store.length)
  expect(await keyRows.count()).toBeLessThan(task.store.length / 2)
  await expect(table.getByRole('row', { name: task.store.at(-1)![0] })).toHaveCount(0)

  await more.getByRole('button', { name: `Show all ${task.store.length}` }).click()
  await expect(keyRows).toHaveCount(task.store.length)
  await expect(table.getByRole('row', { name: task.store.at(-1)![0] })).toContainText(
    task.store.at(-1)![1],
  )
  await table.getByRole('button', { name: /^Show the first \d+ only$/ }).click()
  await expect(keyRows).toHaveCount(task.store.length - hidden)

  const outputs = page.getByRole('region', { name: 'Job outputs' })
  await expect(outputs.getByRole('button', { name: /^Show all \d+$/ })).toBeVisible()
})
