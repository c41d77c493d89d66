import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { parseScenarioJson } from '../src/scenario/parse'
import { createTimeline } from '../src/sim'
import { expect, test } from './fixtures'
import { openScenario } from './helpers'

const parsed = parseScenarioJson(
  readFileSync('src/cli/__golden__/27-rewind-past-local-retention.json', 'utf8'),
)
if (!parsed.ok) throw new Error('golden 27 does not parse')
const scenario = parsed.value

/** The tiered page-views lane of golden 27 on the stage. */
function pageViews(page: Page) {
  return page.locator('.stage [data-lane="page-views-0"]')
}

async function expectNoOverlap(page: Page): Promise<void> {
  const boxes = await pageViews(page)
    .locator('[data-label]')
    .evaluateAll((labels) =>
      labels.map((l) => {
        const r = l.getBoundingClientRect()
        return { text: l.textContent, x: r.x, y: r.y, w: r.width, h: r.height }
      }),
    )
  for (const a of boxes) {
    for (const b of boxes) {
      if (a === b) continue
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y
      expect(apart, `${a.text} overlaps ${b.text}`).toBe(true)
    }
  }
}

test('the stage draws a tiered log: archived segments apart, both log starts, a reader in the archive', async ({
  page,
}) => {
  // At 45 s the broker keeps 10 s on disk; the auditor has just fetched offsets 0–4 from the archive.
  await openScenario(page, scenario, 45_000)
  const lane = pageViews(page)
  await expect(lane).toBeVisible()
  await expect(lane.locator('.stage-segment--archived').first()).toBeVisible()
  await expect(lane.locator('.stage-archive')).toHaveCount(1)
  await expect(lane.locator('[data-label="page-views-0:logStart"]')).toHaveText('log start 0')
  await expect(lane.locator('[data-label="page-views-0:localStart"]')).toHaveText(
    /^local log start \d+$/,
  )
  await expect(lane.locator('[data-label="page-views-0:archive"]')).toHaveText(
    /^archive only: 0–\d+$/,
  )
  await expect(lane.locator('[data-label="page-views-0:consumer:auditor"]')).toHaveText(
    'auditor at 5 · archive (slower)',
  )
  // The records the broker no longer holds are still cells: offset 0 is on the stage.
  await expect(lane.locator('[data-cell="page-views-0#0"]')).toBeVisible()
  await expectNoOverlap(page)
  await page.screenshot({ path: 'test-results/archive-stage.png' })

  await page.keyboard.press('p')
  await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
  await expect(lane.locator('[data-label="page-views-0:localStart"]')).toBeVisible()
  await expectNoOverlap(page)
  await page.screenshot({ path: 'test-results/archive-stage-presenter.png' })
})

test('the real-world panel says how to tier a topic, and how big the archive gets', async ({
  page,
}) => {
  await openScenario(page, scenario, 45_000)
  await page.getByText('In the real world').click()
  const panel = page.locator('.real-world')
  await expect(panel).toContainText('remote.log.storage.system.enable=true')
  await expect(panel).toContainText(
    '--add-config remote.storage.enable=true,local.retention.ms=10000,retention.ms=60000',
  )
  await expect(panel).toContainText('one or two weeks of history is terabytes per topic')
  await panel.getByText('server.properties for tiered storage').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/archive-real-world.png' })
})

test.describe('motion', () => {
  test.use({ reducedMotion: 'no-preference' })

  test('a segment whose local copy goes turns archived by fading, and stays archived', async ({
    page,
  }) => {
    const events = createTimeline(scenario).eventsUntil(scenario.durationMs)
    const deletion = events.find(
      (e) => e.type === 'segment.deleted' && e.topic === 'page-views' && e.archived === true,
    )
    if (deletion?.type !== 'segment.deleted') throw new Error('golden 27 archives no segment')
    const previous = events.filter((e) => e.time < deletion.time).at(-1)!
    const segment = pageViews(page).locator(
      `[data-segment="page-views-0@${String(deletion.baseOffset)}"]`,
    )
    // The page's clock is ours: the fade is looked at mid-way, never against a timer.
    await page.clock.install()
    await openScenario(page, scenario, previous.time)
    await expect(segment).not.toHaveClass(/stage-segment--archived/)
    await page.clock.pauseAt(Date.now() + 60_000)
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('.stage').first()).toHaveAttribute('data-motion', 'moving')
    await page.clock.runFor(300)
    await expect(segment).toHaveClass(/stage-segment--archived/)
    const opacity = Number(await segment.getAttribute('opacity'))
    expect(opacity).toBeGreaterThan(0)
    expect(opacity).toBeLessThan(1)
    await page.clock.resume()
    await expect(page.locator('.stage').first()).toHaveAttribute('data-motion', 'rest')
    await expect(segment).not.toHaveAttribute('opacity')
    await expect(segment).toHaveClass(/stage-segment--archived/)
  })
})
