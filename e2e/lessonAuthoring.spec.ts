import { editor, leaveFields, write } from './authoringHelpers'
import { expect, test } from './fixtures'
import { lessonStep } from './lessonHelpers'
import { sliderValue } from './helpers'

test('a two-step lesson with a prediction is written, presented, shared and opened elsewhere the same', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New lesson' }).click()
  await write(page, 'Lesson title', 'Where the log ends')
  await write(page, 'Summary', 'The log end offset only grows.')

  // Step 1 at the start, on the partition shown.
  await leaveFields(page)
  await page.keyboard.press('Home')
  await editor(page)
    .getByRole('button', { name: /^Add a step at 0 ms$/ })
    .click()
  await write(page, 'Title of step 1', 'Before')
  await write(page, 'Text of step 1', 'Records are appended **at the end**.')
  await editor(page).getByRole('button', { name: 'Add a prediction' }).click()
  await write(page, 'Question', 'Where will the log end at 3 min?')
  await editor(page)
    .getByLabel('Answered by')
    .selectOption({ label: 'Log end offset of a partition' })

  // At the end the app shows the answer the class will get; a choice is made of it.
  await leaveFields(page)
  await page.keyboard.press('End')
  const end = await sliderValue(page)
  const answerLine = editor(page).getByText(/^Answer at the cursor/)
  await expect(answerLine).toContainText(/: \d+/)
  const answer = (await answerLine.locator('strong').innerText()).trim()
  await write(page, 'Choice 1', `At ${answer}`)
  await write(page, 'Choice 1 is right when the answer is', answer)
  await write(page, 'Choice 2', 'Somewhere else')
  await write(page, 'Choice 2 is right when the answer is', '')

  await leaveFields(page)
  await editor(page)
    .getByRole('button', { name: /^Add a step at 3 min$/ })
    .click()
  await write(page, 'Title of step 2', 'After')

  // Undo works here too: the added step goes and comes back with the keys.
  await leaveFields(page)
  const steps = editor(page)
    .getByRole('list', { name: 'Steps of the lesson' })
    .getByRole('listitem', { name: /^Step \d$/ })
  await expect(steps).toHaveCount(2)
  await page.keyboard.press('Control+z')
  await expect(editor(page).getByLabel('Title of step 2', { exact: true })).toHaveValue('Step 2')
  await page.keyboard.press('Control+z')
  await expect(steps).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await page.keyboard.press('Control+Shift+z')
  await expect(steps).toHaveCount(2)
  await expect(editor(page).getByLabel('Title of step 2', { exact: true })).toHaveValue('After')

  // Presented as the class sees it: the question, then the simulation's answer at step 2.
  await editor(page).getByRole('button', { name: 'Present' }).click()
  const shown = lessonStep(page)
  await expect(shown.getByText('Step 1 of 2')).toBeVisible()
  await expect(shown.locator('strong', { hasText: 'at the end' })).toBeVisible()
  await expect(shown.getByRole('group', { name: /Where will the log end/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/authoring-present.png' })
  await page.keyboard.press('PageDown')
  await expect(shown.getByText('Step 2 of 2')).toBeVisible()
  await expect(shown).toContainText(`The simulation says: At ${answer}`)
  await expect.poll(() => sliderValue(page)).toBe(end)
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Back to my scenario' }).click()

  // Back to writing it; it is kept under Your lessons, and its link opens it anywhere.
  await editor(page).getByRole('button', { name: 'Copy link' }).click()
  const link = await editor(page).getByLabel('Link to the lesson (copied)').inputValue()
  expect(link).toMatch(/#L=/)
  await page.screenshot({ path: 'test-results/authoring-editor.png' })

  const context = await browser.newContext()
  const fresh = await context.newPage()
  await fresh.goto(link)
  const opened = lessonStep(fresh)
  await expect(fresh.getByRole('heading', { name: 'Where the log ends' })).toBeVisible()
  await expect(opened.getByText('Step 1 of 2')).toBeVisible()
  await expect(opened.getByRole('heading', { level: 3 })).toHaveText('Before')
  const choices = opened.getByRole('group', { name: /Where will the log end at 3 min\?/ })
  await expect(choices.getByRole('radio')).toHaveCount(2)
  await expect(choices).toContainText(`At ${answer}`)
  await expect(choices).toContainText('Somewhere else')
  await fresh.getByRole('button', { name: 'Reveal' }).click()
  await expect(opened.getByText('Step 2 of 2')).toBeVisible()
  await expect(opened.getByRole('heading', { level: 3 })).toHaveText('After')
  await expect(opened).toContainText(`The simulation says: At ${answer}`)
  await context.close()
})

test('a lesson that is not ready says which field is wrong', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New lesson' }).click()
  await editor(page).getByRole('button', { name: 'Save to Your lessons' }).click()
  const alert = editor(page).getByRole('alert')
  await expect(alert).toContainText('title:')
  await expect(alert).toContainText('steps:')
})
