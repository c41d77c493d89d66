import type { Page } from '@playwright/test'
import { addStep, editor, leaveFields, startLesson, write } from './authoringHelpers'
import { branchStage, forkWithOneRecordInB } from './branchHelpers'
import { expect, test } from './fixtures'
import { lessonStep } from './lessonHelpers'

/** The number a reading of the prediction shows at the cursor. */
async function readingAtCursor(page: Page, reading: string): Promise<number> {
  const shown = editor(page)
    .getByRole('group', { name: reading })
    .getByText(/^At the cursor:/)
  return Number((await shown.locator('strong').innerText()).trim())
}

test('a lesson written over two branches records both, asks across them, and opens from its link with both', async ({
  page,
  browser,
}) => {
  // A long flow (two worlds prepared, then opened again from a link): three times the usual limit.
  test.slow()
  // Two branches forked at 30 s; B produces one record more at the fork.
  await forkWithOneRecordInB(page)

  await page.getByRole('button', { name: 'New lesson' }).click()
  await expect(editor(page)).toContainText('Over both branches, A (A) and B (B)')
  await write(page, 'Lesson title', 'One record more')

  // Step 1 on B, where the cursor is; it asks whether both branches end the log at one offset.
  await addStep(page, { at: '30 s' })
  const steps = editor(page).getByRole('listitem', { name: /^Step \d$/ })
  await expect(steps.first()).toContainText('branch B (B)')
  await editor(page).getByRole('button', { name: 'Add a prediction' }).click()
  await write(page, 'Question', 'Do both branches end the log at the same offset?')
  await editor(page).getByLabel('Answer from').selectOption({ label: 'Are two readings the same?' })
  for (const reading of ['First reading', 'Second reading']) {
    const group = editor(page).getByRole('group', { name: reading })
    await group.getByLabel('Reads').selectOption({ label: 'Log end offset of a partition' })
  }
  // The second reading starts as the first one in the other branch.
  await expect(
    editor(page).getByRole('group', { name: 'First reading' }).getByLabel('In branch'),
  ).toHaveValue('b')
  await expect(
    editor(page).getByRole('group', { name: 'Second reading' }).getByLabel('In branch'),
  ).toHaveValue('a')
  await write(page, 'Choice 1', 'Yes')
  await write(page, 'Choice 1 is right when the answer is', 'yes')
  await write(page, 'Choice 2', 'No')
  await write(page, 'Choice 2 is right when the answer is', '')

  // Step 2 on A at the end: there B's log ends one record later, and the editor says so.
  await page.getByRole('button', { name: 'A', exact: true }).click()
  await leaveFields(page)
  await page.keyboard.press('End')
  const inB = await readingAtCursor(page, 'First reading')
  const inA = await readingAtCursor(page, 'Second reading')
  expect(inB).toBe(inA + 1)
  await expect(
    editor(page)
      .getByText(/^Answer at the cursor/)
      .locator('strong'),
  ).toHaveText('no')
  await addStep(page, { at: '3 min' })
  await expect(steps.nth(1)).toContainText('branch A (A)')
  const prediction = editor(page).getByRole('group', { name: 'Prediction' })
  await prediction.getByRole('group', { name: 'First reading' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/authoring-branches-editor.png' })

  // Presented: both branches drawn, step 1 on B; the reveal is the simulation's answer.
  await editor(page).getByRole('button', { name: 'Present' }).click()
  const shown = lessonStep(page)
  await expect(shown.getByText('Step 1 of 2')).toBeVisible()
  await expect(branchStage(page, 'A')).toBeVisible()
  await expect(branchStage(page, 'B')).toBeVisible()
  await page.screenshot({ path: 'test-results/authoring-branches-present.png' })
  await page.keyboard.press('PageDown')
  await expect(shown).toContainText('The simulation says: No')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Back to my scenario' }).click()
  await expect(steps).toHaveCount(2)

  await editor(page).getByRole('button', { name: 'Copy link' }).click()
  const link = await editor(page).getByLabel('Link to the lesson (copied)').inputValue()
  const context = await browser.newContext()
  const fresh = await context.newPage()
  await fresh.goto(link)
  await expect(fresh.getByRole('heading', { name: 'One record more' })).toBeVisible()
  await expect(branchStage(fresh, 'B')).toBeVisible()
  await fresh.getByRole('radio', { name: 'Yes' }).check()
  await fresh.getByRole('button', { name: 'Reveal' }).click()
  await expect(lessonStep(fresh)).toContainText('The simulation says: No')
  await context.close()
})

test('closing a lesson with unsaved changes asks; closed without saving, it comes back', async ({
  page,
}) => {
  await startLesson(page, 'Not yet kept')
  await editor(page).getByRole('button', { name: 'Close', exact: true }).click()
  const question = editor(page).getByRole('group', { name: /changes not kept/ })
  await expect(question).toBeVisible()
  await page.screenshot({ path: 'test-results/authoring-close-asks.png' })
  await question.getByRole('button', { name: 'Keep writing' }).click()
  await expect(editor(page).getByLabel('Lesson title')).toHaveValue('Not yet kept')

  await editor(page).getByRole('button', { name: 'Close', exact: true }).click()
  await question.getByRole('button', { name: 'Close without saving' }).click()
  await expect(editor(page)).toBeHidden()
  await expect(page.getByText(/Closed "Not yet kept" without saving/)).toBeVisible()
  await page.getByRole('button', { name: 'Reopen “Not yet kept”' }).click()
  await expect(editor(page).getByLabel('Lesson title')).toHaveValue('Not yet kept')

  // The keys undo a close as any edit.
  await editor(page).getByRole('button', { name: 'Close', exact: true }).click()
  await question.getByRole('button', { name: 'Close without saving' }).click()
  await expect(editor(page)).toBeHidden()
  await page.keyboard.press('Control+z')
  await expect(editor(page).getByLabel('Lesson title')).toHaveValue('Not yet kept')
})

test('preview keeps the lesson first, typing included, and writing goes on where it was', async ({
  page,
}) => {
  await startLesson(page, 'Previewed')
  await addStep(page)
  // Still typing in the text when Preview is pressed: the words are in the preview.
  await editor(page).getByLabel('Text of step 1', { exact: true }).fill('Look at **this**.')
  await editor(page).getByRole('button', { name: 'Preview' }).click()
  await expect(lessonStep(page).locator('strong', { hasText: 'this' })).toBeVisible()
  await page.getByRole('button', { name: 'Back to my scenario' }).click()
  await expect(editor(page).getByLabel('Text of step 1', { exact: true })).toHaveValue(
    'Look at **this**.',
  )
  await expect(page.getByRole('list', { name: 'Your lessons' })).toBeHidden()

  // Kept under Your lessons by the preview: closing asks nothing and the lesson is listed.
  await editor(page).getByRole('button', { name: 'Close', exact: true }).click()
  await expect(editor(page)).toBeHidden()
  await expect(page.getByRole('list', { name: 'Your lessons' })).toContainText('Previewed')
})
