import { formatSimTime } from '../src/derive/scene/format'
import { sliderValue, timeSlider } from './helpers'
import { expect, test } from './fixtures'
import { expectStep, LESSONS, lessonStep } from './lessonHelpers'

test('moving away from a step’s time says so, and Return to step goes back', async ({ page }) => {
  const lesson = LESSONS.find((l) => l.id === 'tombstones')
  if (lesson === undefined) throw new Error('no tombstones lesson')
  const index = 2
  const step = lesson.steps[index]!
  await page.goto(`/#lesson=${lesson.id}&step=${String(index + 1)}`)
  await expectStep(page, lesson, index)
  const banner = page.getByRole('status').filter({ hasText: 'this step is at' })
  await expect(banner).toBeHidden()

  // End, as in the picture: the text now describes another time than the view.
  await timeSlider(page).focus()
  await page.keyboard.press('End')
  await expect.poll(() => sliderValue(page)).toBe(lesson.scenario.durationMs)
  await expect(banner).toHaveText(
    new RegExp(
      `You are at ${formatSimTime(lesson.scenario.durationMs)}; this step is at ${formatSimTime(step.at)}\\.`,
    ),
  )
  await page.screenshot({ path: 'test-results/away-from-step.png' })

  await banner.getByRole('button', { name: 'Return to step' }).click()
  await expectStep(page, lesson, index)
  await expect(banner).toBeHidden()
  await expect(lessonStep(page)).toContainText(step.title)
})
