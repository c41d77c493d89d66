import { defaultScenario } from '../src/scenario/builtin'
import { createTimeline, snapshotWorld } from '../src/sim'
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'

/** The value (`<dd>`) that follows the term (`<dt>`) named `term` in a description list. */
function describedValue(scope: Locator, term: string): Locator {
  return scope.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]')
}

/** What the page should show: the same core, run here in Node. */
function expectedFirstPartition() {
  const timeline = createTimeline(defaultScenario)
  const snapshot = snapshotWorld(timeline.worldAt(timeline.endTime))
  const topic = snapshot.topics[0]!
  return { topic: topic.name, partition: topic.partitions[0]! }
}

test('the first page shows the first partition log of the built-in scenario', async ({ page }) => {
  const expected = expectedFirstPartition()
  expect(expected.topic).toBe('user-profiles')

  await page.goto('/')

  await expect(page).toHaveTitle('Rewind Lab')
  await expect(page.getByRole('heading', { level: 1, name: 'Rewind Lab' })).toBeVisible()

  const log = page.getByRole('region', { name: /user-profiles/ })
  await expect(log.getByRole('heading', { level: 2 })).toContainText('user-profiles')
  await expect(describedValue(log, 'Log end offset')).toHaveText(
    String(expected.partition.logEndOffset),
  )
  await expect(describedValue(log, 'Log start offset')).toHaveText(
    String(expected.partition.logStartOffset),
  )

  const segments = log.getByRole('region', { name: /^Segment at base offset \d+/ })
  await expect(segments.first()).toBeVisible()
  await expect(segments).toHaveCount(expected.partition.segments.length)
  await expect(log.getByRole('region', { name: /, active$/ })).toHaveCount(1)

  // Every record row is headed by its offset.
  const offsetCells = log.getByRole('rowheader', { name: /^\d+$/ })
  await expect(offsetCells.first()).toBeVisible()
  const recordCount = expected.partition.segments.reduce((n, s) => n + s.records.length, 0)
  await expect(offsetCells).toHaveCount(recordCount)
})

test('the production build carries its Content-Security-Policy', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'; style-src 'self';/,
  )
})
