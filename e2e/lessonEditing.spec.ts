import { addStep, editor, startLesson, write } from './authoringHelpers'
import { expect, test } from './fixtures'
import { LESSONS, lessonStep } from './lessonHelpers'

test('a saved lesson is edited in place: the change is kept and listed once', async ({ page }) => {
  await startLesson(page, 'Mine to edit')
  await addStep(page)
  await write(page, 'Title of step 1', 'First look')
  await editor(page).getByRole('button', { name: 'Save to Your lessons' }).click()
  await editor(page).getByRole('button', { name: 'Close', exact: true }).click()
  const mine = page.getByRole('list', { name: 'Your lessons' }).getByRole('listitem')
  await expect(mine).toHaveCount(1)

  await page.getByRole('button', { name: /^Edit \W?Mine to edit\W?$/ }).click()
  await expect(editor(page).getByRole('heading', { name: 'Edit lesson' })).toBeVisible()
  await expect(editor(page).getByLabel('Title of step 1')).toHaveValue('First look')
  await write(page, 'Title of step 1', 'A second look')
  await page.screenshot({ path: 'test-results/authoring-edit-saved.png' })
  await editor(page).getByRole('button', { name: 'Save to Your lessons' }).click()
  // Saved: closing asks nothing.
  await editor(page).getByRole('button', { name: 'Close', exact: true }).click()
  await expect(editor(page)).toBeHidden()

  await expect(mine).toHaveCount(1)
  await page.getByRole('button', { name: /^Edit \W?Mine to edit\W?$/ }).click()
  await expect(editor(page).getByLabel('Title of step 1')).toHaveValue('A second look')
  await editor(page).getByRole('button', { name: 'Close', exact: true }).click()
  await mine.getByRole('button', { name: 'Mine to edit', exact: true }).click()
  await expect(lessonStep(page)).toContainText('A second look')
})

test('a built-in lesson is edited as a copy, kept as a new lesson of the user’s', async ({
  page,
}) => {
  const builtin = LESSONS.find((l) => l.id === 'tombstones')
  if (builtin === undefined) throw new Error('the tombstones lesson')
  await page.goto('/')
  await page.getByRole('button', { name: `Edit a copy of ${builtin.title}` }).click()
  await expect(editor(page).getByLabel('Lesson title')).toHaveValue(`${builtin.title} (copy)`)
  await expect(
    editor(page)
      .getByRole('list', { name: 'Steps of the lesson' })
      .getByRole('listitem', {
        name: /^Step \d+$/,
      }),
  ).toHaveCount(builtin.steps.length)
  await editor(page).getByRole('button', { name: 'Save to Your lessons' }).click()
  await editor(page).getByRole('button', { name: 'Close', exact: true }).click()
  await expect(page.getByRole('list', { name: 'Your lessons' })).toContainText(
    `${builtin.title} (copy)`,
  )
})
