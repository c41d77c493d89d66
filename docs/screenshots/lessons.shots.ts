import { expect, test } from '@playwright/test'
import { builtinLessons } from '../../src/lessons'

/**
 * Each lesson at its key moment: the reveal of its first prediction (the step after the question),
 * or its last step when it asks none.
 */
for (const [index, lesson] of builtinLessons().entries()) {
  test(`lesson ${index + 1}: ${lesson.title}`, async ({ page }) => {
    const asked = lesson.steps.findIndex((step) => step.predict !== undefined)
    const step = asked >= 0 ? asked + 2 : lesson.steps.length
    await page.goto(`/#lesson=${lesson.id}&step=${step}`)
    await expect(page.getByText(`Step ${step} of ${lesson.steps.length}`)).toBeVisible()
    await page.waitForLoadState('networkidle')
    // The reveal is the moment: bring the simulation's answer into view in the player.
    const reveal = page.locator('.lesson__reveal')
    if ((await reveal.count()) > 0) await reveal.scrollIntoViewIfNeeded()
    const number = String(index + 1).padStart(2, '0')
    await page.screenshot({ path: `docs/images/lessons/${number}-${lesson.id}.png` })
  })
}
