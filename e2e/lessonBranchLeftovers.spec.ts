import { editor, leaveFields, write } from './authoringHelpers'
import { forkWithOneRecordInB } from './branchHelpers'
import { expect, test } from './fixtures'

test('steps recorded on a branch that was dropped are moved or deleted from the refusal', async ({
  page,
}) => {
  await forkWithOneRecordInB(page)
  await page.getByRole('button', { name: 'New lesson' }).click()
  await write(page, 'Lesson title', 'One branch left')
  // Step 1 on B at the fork; step 2 on A at the end.
  await leaveFields(page)
  await editor(page)
    .getByRole('button', { name: /^Add a step at 30 s$/ })
    .click()
  await page.getByRole('button', { name: 'A', exact: true }).click()
  await leaveFields(page)
  await page.keyboard.press('End')
  await editor(page)
    .getByRole('button', { name: /^Add a step at 3 min$/ })
    .click()
  await page.getByRole('button', { name: 'Keep only A' }).click()

  const save = editor(page).getByRole('button', { name: 'Save to Your lessons' })
  const refusal = editor(page).getByRole('alert')
  const fix = refusal.getByRole('group', { name: 'Steps on a removed branch' })
  const steps = editor(page).getByRole('listitem', { name: /^Step \d$/ })
  await save.click()
  await expect(refusal).toContainText('steps[0].view.branch')
  await expect(fix).toContainText('Step 1 was recorded on a branch the scenario no longer has')
  await page.screenshot({ path: 'test-results/authoring-branch-leftovers.png' })

  // Moved: nothing is left to refuse, and the lesson saves.
  await fix.getByRole('button', { name: 'Move this step to the remaining branch' }).click()
  await expect(refusal).toBeHidden()
  await save.click()
  await expect(refusal).toBeHidden()
  await expect(page.getByText('"One branch left" is kept under Your lessons.')).toBeVisible()

  // One edit: undo puts the step back on B, and the refusal comes back with the other way out.
  await leaveFields(page)
  await page.keyboard.press('Control+z')
  await save.click()
  await expect(refusal).toContainText('steps[0].view.branch')
  await fix.getByRole('button', { name: 'Delete this step' }).click()
  await expect(refusal).toBeHidden()
  await expect(steps).toHaveCount(1)
  await expect(steps.first()).toContainText('at 3 min')
  await leaveFields(page)
  await page.keyboard.press('Control+z')
  await expect(steps).toHaveCount(2)
})
