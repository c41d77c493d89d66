import { expect, test } from './fixtures'
import { expectStep, LESSONS, NO_LESSONS } from './lessonHelpers'

// Each lesson runs its scenario and then every step; the machine may be busy.
test.describe.configure({ timeout: 180_000 })

/** A clicker sends Page Down; some send →; Space is the keyboard's "next slide". */
const NEXT_KEYS = ['PageDown', ' ', 'ArrowRight'] as const

if (LESSONS.length === 0) {
  test('presenter mode walks every lesson', () => {
    test.skip(true, NO_LESSONS)
  })
}

for (const lesson of LESSONS) {
  test(`presenter mode, keyboard only: ${lesson.id} from start to end`, async ({ page }) => {
    await page.goto('/')
    const link = page.getByRole('link', { name: lesson.title, exact: true })
    await link.focus()
    await page.keyboard.press('Enter')
    await expectStep(page, lesson, 0)

    await page.keyboard.press('p')
    await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
    // Editing is hidden on the projector: actions, scenario actions, import and export.
    await expect(page.getByRole('region', { name: /^Act at/ })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Import…' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Export' })).toBeHidden()

    for (let i = 1; i < lesson.steps.length; i++) {
      await page.keyboard.press(NEXT_KEYS[(i - 1) % NEXT_KEYS.length]!)
      await expectStep(page, lesson, i)
    }
    // Past the end comes the recap (a clicker has no other way to reach it); Page Up comes back
    // to the last step, and again to the step before it when there is one.
    await page.keyboard.press('PageDown')
    await expect(page.getByRole('region', { name: 'Recap' })).toBeVisible()
    await page.keyboard.press('PageUp')
    await expectStep(page, lesson, lesson.steps.length - 1)
    if (lesson.steps.length > 1) {
      await page.keyboard.press('PageUp')
      await expectStep(page, lesson, lesson.steps.length - 2)
    }

    await page.keyboard.press('Escape')
    await expect(page.locator('html')).not.toHaveClass(/\bpresenter\b/)
    await expect(page.getByRole('region', { name: /^Act at/ })).toBeVisible()
  })
}
