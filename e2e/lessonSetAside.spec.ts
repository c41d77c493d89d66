import { expect, test } from './fixtures'
import { editor } from './authoringHelpers'
import { LESSONS } from './lessonHelpers'

// Opening a lesson runs its scenario to the end once; the machine may be busy.
test.describe.configure({ timeout: 120_000 })

const DRAFT_KEY = 'rewindlab:draft'

test('editing a lesson sets the user’s scenario aside, unchanged, and closing offers it back', async ({
  page,
}) => {
  const builtin = LESSONS.find((l) => l.id === 'tombstones')
  if (builtin === undefined) throw new Error('the tombstones lesson')
  await page.goto('/')
  const title = page.locator('.app__scenario')
  const ownName = await title.textContent()
  const readDraft = () => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)
  // An edit of the user's own: it becomes the saved draft.
  await page.getByRole('button', { name: /^Do it at/ }).click()
  await expect.poll(readDraft).not.toBeNull()
  const draft = await readDraft()

  await page.getByRole('button', { name: `Edit a copy of ${builtin.title}` }).click()
  await expect(editor(page).getByLabel('Lesson title')).toHaveValue(`${builtin.title} (copy)`)
  await expect(title).not.toHaveText(ownName ?? '')
  // An edit to the lesson's scenario belongs to the lesson: the user's draft stays theirs.
  await page.getByRole('button', { name: /^Do it at/ }).click()
  await page.waitForTimeout(1_000)
  expect(await readDraft()).toBe(draft)

  await editor(page).getByRole('button', { name: 'Close', exact: true }).click()
  await editor(page).getByRole('button', { name: 'Close without saving' }).click()
  const offer = page
    .getByRole('listitem')
    .filter({ hasText: 'Your scenario was set aside, unchanged' })
  await offer.getByRole('button', { name: 'Back to my scenario' }).click()
  await expect(title).toHaveText(ownName ?? '')
  await expect(offer).toHaveCount(0)
  expect(await readDraft()).toBe(draft)
})
