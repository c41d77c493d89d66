import { expect, test } from './fixtures'
import { chooseAction, describedValue, doIt, partitionLog } from './helpers'

test('an edit is undone and redone with the buttons and the keys, and the world follows', async ({
  page,
}) => {
  await page.goto('/')
  await page.keyboard.press('End')
  const segments = describedValue(partitionLog(page), 'Segments')
  const before = Number(await segments.innerText())
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled()

  await chooseAction(page, 'Roll the active segment')
  await doIt(page)
  await expect(segments).toHaveText(String(before + 1))
  const undo = page.getByRole('button', { name: /^Undo: add segment roll of user-profiles-0 at / })
  await expect(undo).toBeEnabled()

  await undo.click()
  await expect(segments).toHaveText(String(before))
  await expect(page.getByText(/^Scenario actions/)).toHaveCount(0)
  const redo = page.getByRole('button', { name: /^Redo: add segment roll of user-profiles-0/ })
  await redo.click()
  await expect(segments).toHaveText(String(before + 1))

  // The same with the keys, from the page (not from a form field).
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(segments).toHaveText(String(before))
  await page.keyboard.press('Control+Shift+z')
  await expect(segments).toHaveText(String(before + 1))
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+y')
  await expect(segments).toHaveText(String(before + 1))
})

test('the undo keys are left to a form field being typed in', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('End')
  const segments = describedValue(partitionLog(page), 'Segments')
  const before = Number(await segments.innerText())
  await chooseAction(page, 'Roll the active segment')
  await doIt(page)
  await expect(segments).toHaveText(String(before + 1))

  await chooseAction(page, 'Produce a record')
  const key = page.getByLabel('Key', { exact: true })
  await key.fill('carol')
  await key.press('Control+z')
  // The scenario's edit is still there: the key went to the field.
  await expect(segments).toHaveText(String(before + 1))
  await expect(page.getByRole('button', { name: /^Undo: add segment roll/ })).toBeEnabled()
})

test('Scenario actions names each action in words, not by its type', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('End')
  await chooseAction(page, 'Run the log cleaner now')
  await doIt(page)
  await page.getByText('Scenario actions (1)').click()
  const list = page.getByRole('list', { name: 'Scenario actions' })
  await expect(list).toContainText('cleaner run')
  await expect(list).not.toContainText('cleaner.run')
})
