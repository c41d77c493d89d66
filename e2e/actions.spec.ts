import { expect, test } from './fixtures'
import { describedValue, partitionLog } from './helpers'

test('an action at the cursor changes the world from there on', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('End')
  const segments = describedValue(partitionLog(page), 'Segments')
  const before = Number(await segments.innerText())
  await page.getByLabel('Action').selectOption({ label: 'Roll the active segment' })
  await page.getByRole('button', { name: /^Do it at/ }).click()
  await expect(segments).toHaveText(String(before + 1))
  await expect(
    page.getByText(/rolled a new active segment .* \(an explicit roll\)/).first(),
  ).toBeVisible()
  await expect(page.getByText('Scenario actions (1)')).toBeVisible()

  // Undo: remove the action again.
  await page.getByText('Scenario actions (1)').click()
  await page.getByRole('button', { name: /^Remove roll at/ }).click()
  await expect(segments).toHaveText(String(before))
})

test('producing a record at the cursor shows it in the log', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('End')
  const end = describedValue(partitionLog(page), 'Log end offset')
  const before = Number(await end.innerText())
  await page.getByLabel('Key', { exact: true }).fill('carol')
  await page.getByLabel('Value', { exact: true }).fill('hello')
  await page.getByRole('button', { name: /^Do it at/ }).click()
  await expect(end).toHaveText(String(before + 1))
  await expect(partitionLog(page).getByRole('cell', { name: 'hello' })).toBeVisible()
})

test('an action the broker refuses says why', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Action').selectOption({ label: 'Delete records (DeleteRecords)' })
  await page.getByLabel('Delete before offset').fill('500')
  await page.getByRole('button', { name: /^Do it at/ }).click()
  await expect(page.getByRole('alert')).toContainText('The broker refused deleteRecords')
  await expect(page.getByText(/The action "deleteRecords" was refused/)).toBeVisible()
})
