import { expect, test } from './fixtures'
import { defaultScenario } from '../src/scenario/builtin'
import { builtinScenario } from '../src/scenario/builtinScenario'
import {
  chooseAction,
  describedValue,
  doIt,
  openListing,
  openScenario,
  partitionLog,
} from './helpers'

test('an action at the cursor changes the world from there on', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('End')
  const segments = describedValue(partitionLog(page), 'Segments')
  const before = Number(await segments.innerText())
  await chooseAction(page, 'Roll the active segment')
  await doIt(page)
  await expect(segments).toHaveText(String(before + 1))
  await expect(
    page.getByText(/rolled a new active segment .* \(an explicit roll\)/).first(),
  ).toBeVisible()
  await expect(page.getByText('Scenario actions (1)')).toBeVisible()

  // Undo: remove the action again.
  await page.getByText('Scenario actions (1)').click()
  await page.getByRole('button', { name: /^Remove segment roll of user-profiles-0 at/ }).click()
  await expect(segments).toHaveText(String(before))
})

test('producing a record at the cursor shows it in the log', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('End')
  const end = describedValue(partitionLog(page), 'Log end offset')
  const before = Number(await end.innerText())
  await page.getByLabel('Key', { exact: true }).fill('carol')
  await page.getByLabel('Value', { exact: true }).fill('hello')
  await doIt(page)
  await expect(end).toHaveText(String(before + 1))
  // The listing is folded under the stage: open it to read the record's row.
  await openListing(page)
  await expect(partitionLog(page).getByRole('cell', { name: 'hello' })).toBeVisible()
})

test('a field the form cannot read is named under its button until the form changes', async ({
  page,
}) => {
  await page.goto('/')
  await chooseAction(page, 'Delete records (DeleteRecords)')
  const offset = page.getByLabel('Delete before offset')
  await offset.fill('ten')
  await doIt(page)
  const doItButton = page.getByRole('button', { name: /^Do it at/ })
  await expect(doItButton).toHaveAccessibleDescription('The offset must be a whole number.')
  // Said once, beside the form: not also as a notice, and nothing joined the scenario.
  await expect(page.getByRole('alert')).toHaveCount(1)
  await expect(page.getByText(/^Scenario actions \(/)).toHaveCount(0)
  await offset.fill('1')
  await expect(page.getByText('The offset must be a whole number.')).toHaveCount(0)
})

test('an action the broker refuses says why', async ({ page }) => {
  await page.goto('/')
  await chooseAction(page, 'Delete records (DeleteRecords)')
  await page.getByLabel('Delete before offset').fill('500')
  await doIt(page)
  await expect(page.getByRole('alert')).toContainText(
    'The broker refused DeleteRecords: offset 500 is above the log end offset',
  )
  await expect(page.getByText(/Refused DeleteRecords/)).toBeVisible()
  await page.getByText('Scenario actions (1)').click()
  await expect(page.getByRole('list', { name: 'Scenario actions' })).toContainText(
    'DeleteRecords of user-profiles-0 refused:',
  )
})

test('an action that changes nothing says why; the next one replaces what was said', async ({
  page,
}) => {
  await page.goto('/')
  await chooseAction(page, 'Delete records (DeleteRecords)')
  await page.getByLabel('Delete before offset').fill('500')
  await doIt(page)
  await expect(page.getByRole('alert')).toContainText('The broker refused DeleteRecords')

  // At 0 ms nothing is old enough for retention: the check runs, deletes nothing, and says why.
  await chooseAction(page, 'Run a retention check now')
  await doIt(page)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'changed nothing' })).toContainText(
    'Running a retention check at 0 ms changed nothing: no segment was due for deletion',
  )
})

test('of two identical actions at one time, only the one refused is shown as refused', async ({
  page,
}) => {
  const fail = { type: 'broker.fail' as const, at: 2_000, broker: 0 }
  await openScenario(page, { ...defaultScenario, actions: [fail, fail] }, 2_000)
  await page.getByText('Scenario actions (2)').click()
  const items = page.getByRole('list', { name: 'Scenario actions' }).getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.nth(1)).toContainText('refused: broker 0 is already down')
  await expect(items.nth(0)).toContainText('broker 0')
  await expect(items.nth(0)).not.toContainText('refused')
})

test('a consumer seek and a topic config change act from the cursor on', async ({ page }) => {
  await page.goto('/')
  // End may arrive before the app listens for keys: wait until the cursor is at the end.
  await expect(async () => {
    await page.keyboard.press('End')
    await expect(page.getByRole('button', { name: /^Do it at 3 min/ })).toBeVisible({
      timeout: 1_000,
    })
  }).toPass()
  await chooseAction(page, 'Consumer: seek')
  await page.getByRole('combobox', { name: 'Seek to' }).selectOption('latest')
  await doIt(page)
  await expect(page.getByText('Consumer profile-reader seeked to offset 90.')).toBeVisible()
  await expect(page.getByText('profile-reader at 90')).toBeVisible()

  await page
    .getByRole('combobox', { name: 'Partition' })
    .selectOption({ label: 'page-views-0 (delete)' })
  const start = describedValue(partitionLog(page), 'Log start offset')
  await page.keyboard.press('Home')
  const before = await start.innerText()
  await chooseAction(page, 'Change a topic config')
  await page.getByRole('combobox', { name: 'Config' }).selectOption('retention.ms')
  await page.getByRole('textbox', { name: 'Value' }).fill('1000')
  await doIt(page)
  await expect(
    page.getByText('The configuration of page-views changed: retention.ms=1000.'),
  ).toBeVisible()
  await page.keyboard.press('End')
  await expect(start).not.toHaveText(before)
  await expect(partitionLog(page).getByText('cleanup.policy=delete')).toBeVisible()
})

/** A consumer at offset 1 after DeleteRecords moved the log start to 3. */
const behindLogStart = builtinScenario({
  version: 3,
  name: 'a consumer behind the log start',
  durationMs: 10_000,
  periodicMaintenance: false,
  topics: [{ name: 'events' }],
  consumers: [{ name: 'slow', topic: 'events', 'auto.offset.reset': 'earliest' }],
  actions: [
    {
      type: 'produce',
      at: 0,
      topic: 'events',
      records: ['a', 'b', 'c', 'd'].map((key) => ({ key, value: 'v' })),
    },
    { type: 'consumer.seek', at: 1_000, consumer: 'slow', offset: 1 },
    { type: 'deleteRecords', at: 2_000, topic: 'events', offset: 3 },
  ],
})

test('a consumer fetch as one request shows OFFSET_OUT_OF_RANGE, then the reset, as two steps', async ({
  page,
}) => {
  await openScenario(page, behindLogStart, 3_000)
  await chooseAction(page, 'Consumer: fetch')
  await page.getByLabel(/^One request/).check()
  await doIt(page)
  await expect(
    page.getByText(/Consumer slow's Fetch for offset 1 got OFFSET_OUT_OF_RANGE; it marks/).first(),
  ).toBeVisible()
  await expect(page.getByText('slow at 1 (below log start) · awaiting reset').first()).toBeVisible()
  await doIt(page)
  await expect(
    page
      .getByText(
        /Consumer slow asked the broker for the earliest offset \(ListOffsets\) and moved from 1 to 3/,
      )
      .first(),
  ).toBeVisible()
  await expect(page.getByText('slow at 3').first()).toBeVisible()
})

test('a consumer restarted with another auto.offset.reset starts where the new setting says', async ({
  page,
}) => {
  await openScenario(page, behindLogStart, 3_000)
  await chooseAction(page, 'Consumer: restart')
  await page.getByLabel('auto.offset.reset').selectOption('latest')
  await doIt(page)
  await expect(
    page.getByText(/Consumer slow restarted with auto\.offset\.reset=latest/).first(),
  ).toBeVisible()
  await chooseAction(page, 'Consumer: fetch')
  await doIt(page)
  await expect(
    page
      .getByText('Consumer slow had no position, so auto.offset.reset placed it at offset 4.')
      .first(),
  ).toBeVisible()
})
