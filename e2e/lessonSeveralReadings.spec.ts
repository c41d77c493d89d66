import { addStep, editor, startLesson, write } from './authoringHelpers'
import { expect, test } from './fixtures'

test('a prediction built from several readings: each holding its condition, or their values together', async ({
  page,
}) => {
  await startLesson(page, 'Several at once')
  await addStep(page, { key: 'Home' })
  await editor(page).getByRole('button', { name: 'Add a prediction' }).click()
  const answerFrom = editor(page).getByLabel('Answer from')
  await answerFrom.selectOption({ label: 'Does each of several readings hold?' })
  await editor(page).getByRole('button', { name: 'Add a reading' }).click()
  const third = editor(page).getByRole('group', { name: 'Reading 3' })
  await third.getByLabel('Reads').selectOption({ label: 'Log end offset of a partition' })

  // Each reading starts holding its value at the cursor, so together they hold.
  const answer = editor(page)
    .getByText(/^Answer at the cursor/)
    .locator('strong')
  await expect(answer).toHaveText('yes')
  const end = Number(
    (
      await third
        .getByText(/^At the cursor:/)
        .locator('strong')
        .innerText()
    ).trim(),
  )
  await write(page, 'Reading 3 holds when it is', `at least ${end + 1}`)
  await expect(answer).toHaveText('no')
  await page.screenshot({ path: 'test-results/authoring-several-readings.png' })

  // Their values together: the answer is the list, and a choice can stand for it as shown.
  await answerFrom.selectOption({ label: 'Several readings together' })
  await expect(editor(page).getByRole('group', { name: 'Reading 3' })).toBeVisible()
  await expect(answer).toHaveText(new RegExp(`^\\(.*, ${end}\\)$`))
  const together = (await answer.innerText()).trim()
  await write(page, 'Choice 1 is right when the answer is', together)
  await expect(editor(page).getByLabel('Choice 1 is right when the answer is')).toHaveValue(
    together,
  )
  // Revealed at a second step, at the end.
  await addStep(page, { key: 'End' })
  await editor(page).getByRole('button', { name: 'Save to Your lessons' }).click()
  await expect(editor(page).getByRole('alert')).toBeHidden()
  await expect(page.getByText('"Several at once" is kept under Your lessons.')).toBeVisible()
})
