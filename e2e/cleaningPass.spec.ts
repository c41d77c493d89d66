import type { Page } from '@playwright/test'
import { lessonById } from '../src/lessons'
import { expect, test } from './fixtures'
import { openScenario, partitionLog, timeSlider } from './helpers'

/**
 * A throttled cleaning pass seen by a user, in lesson 13's scenario: the cleaner starts a pass over
 * offsets 0–26 at 53 s that lasts until 63 s, and another at 74 s that lasts until 84.875 s.
 */
const scenario = lessonById('throttled-cleaner')!.scenario
const FIRST = { from: 53_000, to: 63_000 }
const SECOND = { from: 74_000, to: 84_875 }
const MARKER_TEXT = 'cleaning 0–26 until 1 min 3 s'

/** The bands the time line draws for passes that take time, in pixels of its drawing. */
async function bands(page: Page): Promise<{ from: number; to: number }[]> {
  return page.locator('.scrubber .marker--span').evaluateAll((rects) =>
    rects.map((r) => ({
      from: Number(r.getAttribute('x')),
      to: Number(r.getAttribute('x')) + Number(r.getAttribute('width')),
    })),
  )
}

/** Where the time line draws time `t`: its track runs from the start to the end of the scenario. */
async function timeLineX(page: Page): Promise<(t: number) => number> {
  const track = page.locator('.scrubber .scrubber__track')
  const left = Number(await track.getAttribute('x'))
  const width = Number(await track.getAttribute('width'))
  return (t) => left + (t / scenario.durationMs) * width
}

/** Within two pixels: the band's ends are whole pixel columns. */
function expectNear(actual: number | undefined, expected: number): void {
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(2)
}

const cleaningMarker = (page: Page) => partitionLog(page).locator('.stage-marker--cleaning')

/** Opens the scenario's link at `t` and waits until the page shows that time. */
async function openAt(page: Page, t: number): Promise<void> {
  await openScenario(page, scenario, t)
  await expect(timeSlider(page)).toHaveAttribute('aria-valuenow', String(t))
}

test('each throttled pass is a band on the time line from its start to its end', async ({
  page,
}) => {
  await openAt(page, 50_000)
  await expect(page.locator('.scrubber .marker--span')).toHaveCount(2)
  const x = await timeLineX(page)
  const [first, second] = await bands(page)
  expectNear(first?.from, x(FIRST.from))
  expectNear(first?.to, x(FIRST.to))
  expectNear(second?.from, x(SECOND.from))
  expectNear(second?.to, x(SECOND.to))
})

test('the stage marks the lane being cleaned, and until when, only while the pass runs', async ({
  page,
}) => {
  await openAt(page, FIRST.from - 1)
  await expect(cleaningMarker(page)).toHaveCount(0)
  await expect(partitionLog(page)).not.toContainText('cleaning 0–26')

  await openAt(page, 58_000)
  await expect(cleaningMarker(page)).toHaveCount(1)
  await expect(partitionLog(page).locator('.stage-label--cleaning')).toHaveText(MARKER_TEXT)

  await openAt(page, FIRST.to)
  await expect(cleaningMarker(page)).toHaveCount(0)
  await expect(partitionLog(page)).not.toContainText('cleaning 0–26')
})

test('in a lesson that hides the future, the band grows to the cursor while the pass runs', async ({
  page,
}) => {
  await page.goto('/#lesson=throttled-cleaner&step=1')
  await expect(page.getByText('Step 1 of 5')).toBeVisible()
  await expect(page.locator('.scrubber .marker--span')).toHaveCount(0)

  await page.getByRole('button', { name: 'Reveal' }).click()
  await expect(page.getByText('Step 2 of 5')).toBeVisible()
  await expect(page.locator('.scrubber .marker--span')).toHaveCount(1)
  const x = await timeLineX(page)
  const [running] = await bands(page)
  expectNear(running?.from, x(FIRST.from))
  expectNear(running?.to, x(58_000))
  await expect(cleaningMarker(page)).toHaveCount(1)

  await page.getByRole('button', { name: 'Next step' }).click()
  await expect(page.getByText('Step 3 of 5')).toBeVisible()
  await expect(cleaningMarker(page)).toHaveCount(0)
  await expect(page.locator('.scrubber .marker--span')).toHaveCount(1)
  const [done] = await bands(page)
  expectNear(done?.from, x(FIRST.from))
  expectNear(done?.to, x(FIRST.to))
})
