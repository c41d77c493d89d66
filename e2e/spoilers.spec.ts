import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openListing } from './helpers'
import { expectStep, LESSONS, lessonStep } from './lessonHelpers'

function lesson(id: string) {
  const found = LESSONS.find((l) => l.id === id)
  if (found === undefined) throw new Error(`no lesson ${id}`)
  return found
}

async function openStep(page: Page, id: string, index: number): Promise<void> {
  await page.goto(`/#lesson=${id}&step=${String(index + 1)}`)
  await expectStep(page, lesson(id), index)
}

/** How far right of the cursor line the time line's marks and the charts' lines reach, in px. */
async function pastTheCursor(page: Page): Promise<{ marks: number; lines: number }> {
  return page.evaluate(() => {
    const scrubberCursor = Number(document.querySelector('.scrubber__cursor')?.getAttribute('x1'))
    const marks = [...document.querySelectorAll('.scrubber rect.marker')].map(
      (m) => Number(m.getAttribute('x')) - scrubberCursor,
    )
    const lines = [...document.querySelectorAll('.chart')].flatMap((chart) => {
      const cursor = Number(chart.querySelector('.chart__cursor')?.getAttribute('x1'))
      return [...chart.querySelectorAll<SVGPathElement>('path.chart__line')]
        .filter((p) => (p.getAttribute('d') ?? '') !== '')
        .map((p) => {
          const box = p.getBBox()
          return box.x + box.width - cursor
        })
    })
    return { marks: Math.max(-Infinity, ...marks), lines: Math.max(-Infinity, ...lines) }
  })
}

const toggle = (page: Page) =>
  page.getByRole('checkbox', { name: 'Hide the future until the reveal' })

test('under a question, the inspector keeps the tombstone’s removal time to itself', async ({
  page,
}) => {
  // Step 3 asks "Is the tombstone gone at 20 s?" with the tombstone (offset 2) inspected.
  await openStep(page, 'tombstones', 2)
  await expect(lessonStep(page)).toContainText('Is the tombstone gone at 20 s?')
  const inspector = page.getByRole('region', { name: /^Offset 2/ })
  await expect(inspector).toContainText('tombstone')
  await expect(inspector).toContainText('What becomes of it later is hidden until the reveal.')
  await expect(inspector).not.toContainText('It will be removed')
  await expect(toggle(page)).toBeChecked()

  // The visible switch shows the future on demand.
  await toggle(page).uncheck()
  await expect(inspector).toContainText('It will be removed at 25 s')
})

test('time retention steps 2 and 3 do not say when the first segment goes', async ({ page }) => {
  for (const index of [1, 2]) {
    await openStep(page, 'time-retention', index)
    // Step 2 inspects offset 0 itself; at step 3 the class clicks it in the listing, unless
    // still selected.
    await openListing(page)
    const offset0 = page.locator('button.record__offset', { hasText: /^0$/ })
    if ((await offset0.getAttribute('aria-pressed')) !== 'true') await offset0.click()
    const inspector = page.getByRole('region', { name: /^Offset 0/ })
    await expect(inspector).toContainText('hidden until the reveal')
    await expect(page.locator('body')).not.toContainText('removed at 35 s')
  }
})

test('no mark of a later event on the time line, no chart line past the cursor', async ({
  page,
}) => {
  await openStep(page, 'tombstones', 2)
  await expect(page.getByText('none after the cursor until the reveal')).toBeVisible()
  await page.locator('section.charts').scrollIntoViewIfNeeded()
  await expect(page.locator('section.charts path.chart__line').first()).toBeAttached()
  const hidden = await pastTheCursor(page)
  expect(hidden.marks).toBeLessThanOrEqual(1)
  expect(hidden.lines).toBeLessThanOrEqual(1)

  // With the switch off, the cleaner passes at 25 s and the charts' later samples come back.
  await toggle(page).uncheck()
  await expect(page.getByText('none after the cursor until the reveal')).toBeHidden()
  await expect.poll(async () => (await pastTheCursor(page)).marks).toBeGreaterThan(1)
  expect((await pastTheCursor(page)).lines).toBeGreaterThan(1)
})

test('after the last reveal the future may show', async ({ page }) => {
  const tombstones = lesson('tombstones')
  await openStep(page, 'tombstones', tombstones.steps.length - 1)
  await expect(page.getByText('none after the cursor until the reveal')).toBeHidden()
  await expect(page.getByText('Drawn up to the cursor')).toBeHidden()
})
