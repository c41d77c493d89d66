import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { LESSONS, lessonStep, NO_LESSONS } from './lessonHelpers'
import { openScenario, sliderValue } from './helpers'
import { defaultScenario } from '../src/scenario/builtin'

/**
 * The first screen: someone opening Rewind Lab with no link and no saved draft is invited in
 * (the first lesson, or a run of the scenario), above the stage and never over it.
 */
test.describe.configure({ timeout: 120_000 })

function invitation(page: Page) {
  return page.getByRole('region', { name: 'New here? Start with the first lesson' })
}

for (const [width, height] of [
  [1280, 720],
  [1366, 768],
] as const) {
  test(`a newcomer at ${width}×${height} is invited in, and the stage stays in view`, async ({
    page,
  }) => {
    test.skip(LESSONS.length === 0, NO_LESSONS)
    await page.setViewportSize({ width, height })
    await page.goto('/')
    const shown = invitation(page)
    await expect(shown).toBeInViewport({ ratio: 1 })
    await expect(shown).toContainText(`${LESSONS[0]!.title} (${LESSONS[0]!.minutes} min)`)
    await expect(shown.getByRole('button', { name: 'Start the first lesson' })).toBeInViewport()
    // Every lane of the stage is whole on screen below it, not pushed under the time bar.
    const stage = page.getByRole('img', { name: /^The stage:/ })
    await expect(stage).toBeInViewport({ ratio: 1 })
    const [band, picture] = await Promise.all([shown.boundingBox(), stage.boundingBox()])
    expect(band!.y + band!.height).toBeLessThanOrEqual(picture!.y)
  })
}

test('starting the first lesson from the invitation opens it, and the invitation stays away', async ({
  page,
}) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  const first = LESSONS[0]!
  await page.goto('/')
  await invitation(page).getByRole('button', { name: 'Start the first lesson' }).click()
  await expect(lessonStep(page).getByText(`Step 1 of ${first.steps.length}`)).toBeVisible()
  await expect(invitation(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Back to my scenario' }).click()
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
  await expect(invitation(page)).toHaveCount(0)
  await page.goto('/')
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
  await expect(invitation(page)).toHaveCount(0)
})

test('watching the scenario plays it from the start; closing is remembered', async ({ page }) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  await page.goto('/')
  await invitation(page).getByRole('button', { name: 'Watch this scenario' }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await expect.poll(() => sliderValue(page)).toBeGreaterThan(0)
  await expect(invitation(page)).toHaveCount(0)

  const other = await page.context().newPage()
  await other.goto('/')
  await expect(other.getByRole('list', { name: 'Lessons' })).toBeVisible()
  await expect(invitation(other)).toHaveCount(0)
})

test('Explore on my own closes it for good in this browser', async ({ page }) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  await page.goto('/')
  await invitation(page).getByRole('button', { name: 'Explore on my own' }).click()
  await expect(invitation(page)).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
  await expect(invitation(page)).toHaveCount(0)
})

test('a lesson link opens the lesson without the invitation', async ({ page }) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  const first = LESSONS[0]!
  await page.goto(`/#lesson=${first.id}&step=1`)
  await expect(lessonStep(page).getByText(`Step 1 of ${first.steps.length}`)).toBeVisible()
  await expect(invitation(page)).toHaveCount(0)
})

test('a scenario link opens without the invitation', async ({ page }) => {
  await openScenario(page, defaultScenario, 30_000)
  await expect.poll(() => sliderValue(page)).toBe(30_000)
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
  await expect(invitation(page)).toHaveCount(0)
})

test('an edit answers the invitation, and a saved draft opens without it', async ({ page }) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  await page.goto('/')
  await expect(invitation(page)).toBeVisible()
  await page.getByRole('button', { name: /^Do it at/ }).click()
  await expect(invitation(page)).toHaveCount(0)
  // Forget the answer: the draft alone must keep the invitation away.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('rewindlab:draft')))
    .not.toBeNull()
  await page.evaluate(() => {
    localStorage.removeItem('rewind-lab:first-screen')
  })
  await page.goto('/')
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
  await expect(invitation(page)).toHaveCount(0)
})
