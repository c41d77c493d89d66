import type { Page } from '@playwright/test'
import type { ShownIn } from '../src/lessons/format/schema'
import { expect, test } from './fixtures'
import { expectStep, LESSONS, NO_LESSONS } from './lessonHelpers'

/** The part of the screen each `shows` entry names: the stage, or a panel beside it. */
const REGION: Record<ShownIn, string> = {
  stage: '.partition-log',
  jobs: '.jobs',
  store: '.stores',
  outputs: '.outputs',
  cluster: '.cluster',
  narration: '.narration',
  inspector: '.inspector',
}

/** What a region reads on screen, as one line: a table row `page-0 | 4` reads `page-0 4`. */
async function regionText(page: Page, region: ShownIn): Promise<string> {
  const shown = page.locator(REGION[region]).first()
  if (!(await shown.isVisible())) return `(the ${region} is not on screen)`
  // Bidi isolates (U+2066–U+2069) around user strings in SVG labels draw nothing: drop them.
  return (await shown.innerText()).replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ')
}

test.describe('text and picture agree: every value a step names is on screen at that step', () => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  for (const lesson of LESSONS)
    test(lesson.id, async ({ page }) => {
      await page.goto(`/#lesson=${lesson.id}&step=1`)
      for (const [index, step] of lesson.steps.entries()) {
        if (index > 0) await page.getByRole('button', { name: /^(Next step|Reveal)$/ }).click()
        await expectStep(page, lesson, index)
        for (const { in: region, text } of step.shows ?? [])
          await expect
            .poll(() => regionText(page, region), {
              message: `${lesson.id} step ${String(index + 1)} says the ${region} shows “${text}”`,
            })
            .toContain(text)
      }
    })
})

test('a step that compares two stores shows them side by side, and only that step', async ({
  page,
}) => {
  await page.goto('/#lesson=compaction-is-physical&step=4')
  const stores = page.getByRole('region', { name: /^State store/ })
  for (const job of ['page-counter_full', 'page-counter_compacted'])
    await expect(stores.getByRole('region', { name: `Store of ${job}` })).toBeVisible()
  await expect(stores.getByRole('combobox', { name: 'Beside it' })).toHaveValue(
    'page-counter_compacted',
  )
  await page.getByRole('button', { name: 'Previous step' }).click()
  await expect(stores.getByRole('combobox', { name: 'Beside it' })).toHaveValue('')
  await expect(stores.getByRole('region', { name: /^Store of / })).toHaveCount(0)
})
