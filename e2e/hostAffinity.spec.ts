import { expect, test } from './fixtures'
import {
  actionPanel,
  chooseAction,
  doIt,
  loadScenarioFile,
  openDrawer,
  openScenario,
} from './helpers'

/** Lesson 12 (host-affinity): a crash restarted in place at 25.5 s, a move to host 1 after host 0 fails (45.5 s). */

test('a restart in place reopens the store on its host; a move after a host failure replays the whole changelog', async ({
  page,
}) => {
  await page.goto('/#lesson=host-affinity&step=2')
  await expect(page.getByText('Step 2 of 4')).toBeVisible()
  const jobs = page.getByRole('region', { name: 'Jobs' })
  const containers = jobs.getByRole('list', { name: 'Containers of page-counter_1' })
  await expect(containers).toContainText(
    'Container 0 on host 0: running; restored 6 keys from 0 changelog records at 25 s 500 ms, after reopening the store left on this host at OFFSET 23',
  )
  await expect(jobs).toContainText('job.host-affinity.enabled')

  await page.getByRole('button', { name: 'Reveal' }).click()
  await expect(page.getByText('Step 3 of 4')).toBeVisible()
  // Half a second into the move: the restore line and the job's box on the stage say what it replays.
  await expect(jobs.locator('.job-card__restore')).toHaveText(
    'Container 0 has no copy of its store on host 1 to reopen: it replays the whole changelog, 2 of 18 records read, done in 4 s',
  )
  const box = page.locator('.stage-job[data-job="page-counter_1"]')
  await expect(box).toContainText('restoring 18 records, no local copy')
  await expect(box.locator('.stage-job__restore-done')).toBeVisible()

  await openDrawer(page, 'In the real world')
  const real = page.locator('.real-world')
  await expect(real).toContainText('job.host-affinity.enabled=true')
  await expect(real).toContainText('LOGGED_STORE_BASE_DIR')
})

test('the job forms set job.host-affinity.enabled, and say what it does', async ({ page }) => {
  const scenario = { ...loadScenarioFile('simple-rewind.json'), actions: [] }
  await openScenario(page, scenario, 20_000)
  const panel = actionPanel(page)
  const what = /reopens the store copy its last commit left there/

  await chooseAction(page, 'Start a stopped job (run-app.sh)')
  const onStart = panel.getByRole('combobox', { name: 'job.host-affinity.enabled' })
  await expect(onStart).toHaveAccessibleDescription(what)
  await expect(onStart.locator('option')).toHaveText(['as declared (false)', 'true', 'false'])

  await chooseAction(page, 'Start a new job')
  await panel.getByRole('button', { name: 'Parallel copy of page-counter_1' }).click()
  const onNew = panel.getByRole('checkbox', { name: 'job.host-affinity.enabled' })
  await expect(onNew).toHaveAccessibleDescription(what)
  await expect(onNew).not.toBeChecked()
  await onNew.check()
  await doIt(page)
  const copy = page
    .getByRole('region', { name: 'Jobs' })
    .getByRole('article', { name: 'page-counter_2' })
  await expect(copy).toContainText(/job\.host-affinity\.enabled\s*true/)
  await expect(copy).toContainText('no copy of its store on this host')
})
