import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { encodeLink } from '../src/scenario/link/fragment'
import { parseScenarioJson } from '../src/scenario/parse'
import { expect, test } from './fixtures'
import { openDrawer, timeSlider } from './helpers'
import { expectStep, firstPrediction, LESSONS, NO_LESSONS } from './lessonHelpers'

/** The violations a lesson's screens must not have (the bar: serious and critical). */
async function seriousViolations(page: Page) {
  return (await violations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** WCAG 2.2 A and AA rules, as axe knows them. */
async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }))
}

const parsed = parseScenarioJson(readFileSync('scenarios/parallel-rewind.json', 'utf8'))
if (!parsed.ok) throw new Error('scenarios/parallel-rewind.json does not parse')
const jobsScenario = parsed.value

test.describe('axe finds no violations', () => {
  // A full axe run takes seconds on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 })

  test('on the start page, and while playing', async ({ page }) => {
    await page.goto('/')
    await expect(timeSlider(page)).toBeVisible()
    expect(await violations(page)).toEqual([])
    await page.getByRole('button', { name: 'Play' }).click()
    expect(await violations(page)).toEqual([])
  })

  test('scrubbed half-way through a job scenario, with the real-world panel open', async ({
    page,
  }) => {
    await page.goto(
      `/#${await encodeLink({ scenario: jobsScenario, cursorMs: 45_000, view: 'log' })}`,
    )
    await openDrawer(page, 'In the real world')
    await expect(page.locator('.real-world')).toBeVisible()
    expect(await violations(page)).toEqual([])
  })

  test('in the dark theme, a job scenario with every panel shown', async ({ page }) => {
    await page.goto(
      `/#${await encodeLink({ scenario: jobsScenario, cursorMs: 45_000, view: 'log' })}`,
    )
    await page.getByLabel('Theme').selectOption('dark')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    // The panels below the log load after first paint.
    for (const panel of ['.jobs', '.stores', '.actions', '.charts'])
      await expect(page.locator(panel)).toBeVisible()
    await openDrawer(page, 'In the real world')
    await expect(page.locator('.real-world')).toBeVisible()
    expect(await violations(page)).toEqual([])
  })

  test('with the keys dialog open', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await violations(page)).toEqual([])
  })

  test('with the message a broken link shows', async ({ page }) => {
    await page.goto('/#s=1dnot-a-scenario')
    await expect(page.getByRole('alert')).toBeVisible()
    expect(await violations(page)).toEqual([])
  })

  test('on the lesson picker', async ({ page }) => {
    test.skip(LESSONS.length === 0, NO_LESSONS)
    await page.goto('/')
    await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('on a lesson step with a prediction, and in presenter mode in both themes', async ({
    page,
  }) => {
    const found = firstPrediction()
    test.skip(found === null, 'no lesson asks a prediction yet')
    const { lesson, index } = found!
    await page.goto(`/#lesson=${lesson.id}&step=${index + 1}`)
    await expectStep(page, lesson, index)
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('p')
    await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark')
    await page.locator('.lesson__step').focus()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await seriousViolations(page)).toEqual([])
  })
})
