import type { Page } from '@playwright/test'
import type { ShownIn } from '../src/lessons/format/schema'
import { expect, test } from './fixtures'
import { expectStep, LESSONS, NO_LESSONS } from './lessonHelpers'
import { lessonTopics, onScreen, unseen } from './lessonPicture'

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

/**
 * A desk (every panel beside the stage) and a room (presenter mode at 1280×720: the stage and the
 * lesson's band, nothing else). Lesson texts are shared, so what a step names must be on screen in
 * both.
 */
const MODES = ['desk', 'presenter'] as const

test.describe('text and picture agree: what a step names is on screen at that step', () => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  // Every step of a lesson in one test; the machine may be busy.
  test.describe.configure({ timeout: 240_000 })
  for (const mode of MODES)
    for (const lesson of LESSONS)
      test(`${mode}: ${lesson.id}, every step${mode === 'presenter' ? ' and the recap' : ''}`, async ({
        page,
      }) => {
        const topics = lessonTopics(lesson)
        await page.goto(`/#lesson=${lesson.id}&step=1`)
        await expectStep(page, lesson, 0)
        if (mode === 'presenter') await page.keyboard.press('p')
        for (const [index, step] of lesson.steps.entries()) {
          if (index > 0) await nextStep(page, mode)
          await expectStep(page, lesson, index)
          const where = `${mode}: ${lesson.id} step ${String(index + 1)}`
          // The values written for a desk's panels and its stage's labels (a room's stage prints
          // fewer of them, larger); the room is held to what the text sends the class to, below.
          for (const { in: region, text } of mode === 'desk' ? (step.shows ?? []) : [])
            await expect
              .poll(() => regionText(page, region), {
                message: `${where} says the ${region} shows “${text}”`,
              })
              .toContain(text)
          // The reveal's "look at" says where on screen the answer is: its topics are drawn.
          const pointedAt = lesson.steps[index - 1]?.predict?.lookAt ?? ''
          const focus =
            step.view?.topic === undefined
              ? null
              : `${step.view.topic}-${String(step.view.partition ?? 0)}`
          await expect
            .poll(async () => unseen(await onScreen(page), pointedAt, topics, focus), {
              message: `${where} sends the class to what it cannot see`,
            })
            .toEqual([])
        }
        if (mode === 'desk') return
        // Past the last step, the recap: the panels it names are on screen too.
        await page.keyboard.press('PageDown')
        await expect(page.getByRole('region', { name: 'Recap' })).toBeVisible()
        expect(
          unseen(await onScreen(page), '', topics, null),
          `${mode}: ${lesson.id} recap`,
        ).toEqual([])
      })
})

async function nextStep(page: Page, mode: (typeof MODES)[number]): Promise<void> {
  if (mode === 'presenter') await page.keyboard.press('PageDown')
  else await page.getByRole('button', { name: /^(Next step|Reveal)$/ }).click()
}

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
