import type { Page } from '@playwright/test'
import { parseScenario } from '../src/scenario/parse'
import type { Scenario } from '../src/scenario/schema'
import { createTimeline, snapshotWorld, type ScenarioAction } from '../src/sim'
import { expect, test } from './fixtures'
import { actionPanel, chooseAction, doIt, loadScenarioFile, openScenario } from './helpers'

// simple-rewind without its scripted rewind: the user does it from the action form.
const scripted = loadScenarioFile('simple-rewind.json')
const scenario: Scenario = { ...scripted, actions: [] }
const JOB = 'page-counter_1'
const REWIND_AT = 35_000
const CHANGELOG = 'page-counter-changelog-v2'

function jobCard(page: Page) {
  return page.getByRole('region', { name: 'Jobs' }).getByRole('article', { name: JOB })
}

/** The same rewind run by the core in Node: what the page must show. */
function expectedJobAt(actions: readonly ScenarioAction[], t: number) {
  const parsed = parseScenario({ ...scenario, actions })
  if (!parsed.ok) throw new Error('the rewind is not a valid scenario')
  return snapshotWorld(createTimeline(parsed.value).worldAt(t)).jobs[0]!
}

test('stop a job, rewind its checkpoint to the start, restart it with a new changelog: it reprocesses', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await openScenario(page, scenario, REWIND_AT)
  const card = jobCard(page)
  await expect(card.getByText('running', { exact: true })).toBeVisible()

  await chooseAction(page, 'Stop a job (kill-yarn-job.sh)')
  await doIt(page)
  await expect(card.getByText('stopped', { exact: true })).toBeVisible()

  // CheckpointTool --new-offsets: -1 on both input partitions, the form's default.
  await chooseAction(page, 'Edit a checkpoint (CheckpointTool)')
  await expect(actionPanel(page).getByLabel('page-views-0 last processed')).toHaveValue('-1')
  await doIt(page)
  await expect(
    page.getByText(/CheckpointTool wrote a new checkpoint for page-counter_1: page-views-0=-1/),
  ).toBeVisible()
  await expect(card.getByText('last processed = -1 → resumes at 0')).toHaveCount(2)

  // Restart with a new, empty changelog so the counts start again (a rewind with a state reset).
  await chooseAction(page, 'Restart with a renamed changelog')
  await actionPanel(page).getByLabel('New changelog').fill(CHANGELOG)
  await doIt(page)
  // It first restores its store from the changelog, then runs.
  await expect(card.getByText(/^(restoring|running)$/)).toBeVisible()
  await expect(
    page.getByText(
      /page-counter_1 Partition 0 will read page-views-0 from offset 0: the checkpoint says -1/,
    ),
  ).toBeVisible()

  // On screen, as the core computes it: positions back near 0 and nearly the whole input as lag.
  const actions: ScenarioAction[] = [
    { type: 'job.stop', at: REWIND_AT, job: JOB },
    {
      type: 'checkpoint.write',
      at: REWIND_AT,
      job: JOB,
      offsets: [0, 1].map((partition) => ({ topic: 'page-views', partition, offset: -1 })),
      timestamp: null,
    },
    { type: 'job.start', at: REWIND_AT, job: JOB, set: { changelog: CHANGELOG } },
  ]
  const rewound = expectedJobAt(actions, REWIND_AT).tasks[0]!.inputs[0]!
  const before = expectedJobAt([], REWIND_AT).tasks[0]!.inputs[0]!
  expect(rewound.position!).toBeLessThan(before.position!)
  const row = card.getByRole('row').filter({ hasText: 'Partition 0' })
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(rewound.position))
  await expect(row.getByRole('cell').nth(5)).toHaveText(String(rewound.lag))

  // Later it has processed the input again: lag down, and the counts sent a second time.
  await page.keyboard.press('End')
  const later = expectedJobAt(actions, scenario.durationMs).tasks[0]!.inputs[0]!
  expect(later.lag).toBeLessThan(rewound.lag)
  await expect(row.getByRole('cell').nth(5)).toHaveText(String(later.lag))
  await expect(page.getByRole('img', { name: 'Lag of each job over the scenario' })).toBeVisible()
  const outputs = page.getByRole('region', { name: 'Job outputs' })
  await expect(outputs.getByRole('row', { name: /^page-0/ })).toBeVisible()
  const sentAgain = outputs
    .getByRole('row', { name: /^page-0/ })
    .getByRole('cell')
    .nth(2)
  await expect(sentAgain).not.toHaveText('0')
})

test('a checkpoint edit while the job runs is written, with a warning that the next commit overwrites it', async ({
  page,
}) => {
  await openScenario(page, scenario, 20_000)
  await chooseAction(page, 'Edit a checkpoint (CheckpointTool)')
  const warning = actionPanel(page).getByRole('note')
  await expect(warning).toContainText(
    `${JOB} is running at the cursor: the tool writes this checkpoint, but the running job`,
  )
  await expect(warning).toContainText('its next commit (within task.commit.ms) overwrites it')
  await warning.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/checkpoint-running-warning.png' })
  await doIt(page)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Events, newest first' })).toContainText(
    'The job is running: it read its checkpoints when it started and ignores this one',
  )
  await actionPanel(page).getByText('Scenario actions (1)').click()
  await expect(actionPanel(page).getByRole('list', { name: 'Scenario actions' })).not.toContainText(
    'refused',
  )
})

test('a parallel copy of a job starts at the cursor with its own output', async ({ page }) => {
  await openScenario(page, scenario, 20_000)
  await chooseAction(page, 'Start a new job')
  await actionPanel(page)
    .getByRole('button', { name: `Parallel copy of ${JOB}` })
    .click()
  await expect(actionPanel(page).getByLabel('job.id')).toHaveValue('2')
  await doIt(page)
  await expect(
    page.getByRole('region', { name: 'Jobs' }).getByRole('article', { name: 'page-counter_2' }),
  ).toBeVisible()
  await page.keyboard.press('End')
  const outputs = page.getByRole('region', { name: 'Job outputs' })
  await expect(outputs.getByLabel('Output B')).toHaveValue('page-counts-v2')
})

test('a parallel copy into the live output, guarded by input offset, drops its stale writes', async ({
  page,
}) => {
  await openScenario(page, scenario, 20_000)
  await chooseAction(page, 'Start a new job')
  const panel = actionPanel(page)
  await panel.getByRole('button', { name: `Parallel copy of ${JOB}` }).click()
  await panel.getByLabel('Output (blank: none)').fill('page-counts')
  await panel
    .getByLabel(/^Output guard/)
    .selectOption('skip writes from an earlier offset of the same input partition')
  await panel.getByLabel(/^Output guard/).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/output-guard-by-offset.png' })
  await doIt(page)
  const copy = page.getByRole('region', { name: 'Jobs' }).getByRole('article', {
    name: 'page-counter_2',
  })
  await expect(copy).toContainText('newer-input-offset')
  await page.keyboard.press('End')
  await expect(page.getByRole('list', { name: 'Events, newest first' })).toContainText(
    'those keys already hold results of later offsets of the same input partition',
  )
})

test('a crash that stays down fails the job until it is started again', async ({ page }) => {
  await openScenario(page, scenario, 20_000)
  await chooseAction(page, 'Crash a container')
  await actionPanel(page).getByLabel('Then').selectOption('stay down: the job fails')
  const hint = actionPanel(page).getByText('The cluster manager gives up')
  await expect(hint).toBeVisible()
  await hint.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/crash-stay-down.png' })
  await doIt(page)
  await expect(jobCard(page).getByText('stopped', { exact: true })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Events, newest first' })).toContainText(
    'the cluster manager does not restart it, so the job fails',
  )
})

test('on a real date a checkpoint by time takes a UTC date, and the narration prints the date', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const may2024 = 1_714_521_600_000
  await page.setViewportSize({ width: 1280, height: 720 })
  await openScenario(page, { ...scenario, clockStartMs: may2024 }, REWIND_AT)
  await chooseAction(page, 'Stop a job (kill-yarn-job.sh)')
  await doIt(page)
  await chooseAction(page, 'Edit a checkpoint (CheckpointTool)')
  await actionPanel(page).getByLabel('New checkpoint').selectOption('timestamp')
  const field = actionPanel(page).getByLabel('First record at or after (epoch ms, or a UTC date)')
  await field.fill('2024-05-01 00:00:10')
  await expect(actionPanel(page).getByRole('status')).toHaveText(
    'Read as 2024-05-01 00:00:10 UTC (epoch 1714521610000 ms).',
  )
  await field.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/checkpoint-by-date-form.png' })
  await doIt(page)
  const events = page.getByRole('list', { name: 'Events, newest first' })
  await expect(events).toContainText(
    'offsets of the first records at or after 2024-05-01 00:00:10 UTC (epoch 1714521610000 ms), minus one',
  )
  await page.screenshot({ path: 'test-results/checkpoint-by-date-narration.png' })
})
