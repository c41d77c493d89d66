import type { Page } from '@playwright/test'
import { editor, leaveFields, write } from './authoringHelpers'
import { forkWithOneRecordInB } from './branchHelpers'
import { expect, test } from './fixtures'

/**
 * A lesson written over two branches: step 1 on B at the fork (`onStepOne`, if given, then edits it), step 2
 * on A at the end; then only A is kept.
 */
async function twoStepsThenKeepA(
  page: Page,
  title: string,
  onStepOne?: () => Promise<void>,
): Promise<void> {
  await forkWithOneRecordInB(page)
  await page.getByRole('button', { name: 'New lesson' }).click()
  await write(page, 'Lesson title', title)
  await leaveFields(page)
  await editor(page)
    .getByRole('button', { name: /^Add a step at 30 s$/ })
    .click()
  await onStepOne?.()
  await page.getByRole('button', { name: 'A', exact: true }).click()
  await leaveFields(page)
  await page.keyboard.press('End')
  await editor(page)
    .getByRole('button', { name: /^Add a step at 3 min$/ })
    .click()
  await page.getByRole('button', { name: 'Keep only A' }).click()
}

test('steps recorded on a branch that was dropped are moved or deleted from the refusal', async ({
  page,
}) => {
  await twoStepsThenKeepA(page, 'One branch left')

  const save = editor(page).getByRole('button', { name: 'Save to Your lessons' })
  const refusal = editor(page).getByRole('alert')
  const fix = refusal.getByRole('group', { name: 'Steps on a removed branch' })
  const steps = editor(page).getByRole('listitem', { name: /^Step \d$/ })
  await save.click()
  await expect(refusal).toContainText('steps[0].view.branch')
  await expect(fix).toContainText('Step 1 was recorded on a branch the scenario no longer has')
  await page.screenshot({ path: 'test-results/authoring-branch-leftovers.png' })

  // Moved: nothing is left to refuse, and the lesson saves.
  await fix.getByRole('button', { name: 'Move step 1 to the remaining branch' }).click()
  await expect(refusal).toBeHidden()
  await save.click()
  await expect(refusal).toBeHidden()
  await expect(page.getByText('"One branch left" is kept under Your lessons.')).toBeVisible()

  // One edit: undo puts the step back on B, and the refusal comes back with the other way out.
  await leaveFields(page)
  await page.keyboard.press('Control+z')
  await save.click()
  await expect(refusal).toContainText('steps[0].view.branch')
  await fix.getByRole('button', { name: 'Delete step 1' }).click()
  await expect(refusal).toBeHidden()
  await expect(steps).toHaveCount(1)
  await expect(steps.first()).toContainText('at 3 min')
  await leaveFields(page)
  await page.keyboard.press('Control+z')
  await expect(steps).toHaveCount(2)
})

test('a step whose question compares the branches is not moved: only deleting it is offered', async ({
  page,
}) => {
  // Step 1 asks whether a reading is the same in both branches.
  await twoStepsThenKeepA(page, 'Compared, then one branch', async () => {
    await editor(page).getByRole('button', { name: 'Add a prediction' }).click()
    await editor(page)
      .getByLabel('Answer from')
      .selectOption({ label: 'Are two readings the same?' })
  })

  const refusal = editor(page).getByRole('alert')
  const fix = refusal.getByRole('group', { name: 'Steps on a removed branch' })
  await editor(page).getByRole('button', { name: 'Save to Your lessons' }).click()
  await expect(fix).toContainText(
    'Step 1 compares the two branches: over one scenario its question would compare the scenario with itself',
  )
  await page.screenshot({ path: 'test-results/authoring-branch-comparison-leftover.png' })
  await expect(fix.getByRole('button', { name: /^Move/ })).toHaveCount(0)
  await fix.getByRole('button', { name: 'Delete step 1' }).click()
  await expect(refusal).toBeHidden()
  await expect(editor(page).getByRole('listitem', { name: /^Step \d$/ })).toHaveCount(1)
})
