import type { Locator, Page } from '@playwright/test'
import { defaultScenario } from '../src/scenario/builtin'
import { expect } from './fixtures'
import { openScenario } from './helpers'

/**
 * The default scenario forked at 30 s, B selected with one record of its own produced at the fork
 * (key carol): the two-branch setup the branch and lesson-authoring specs start from.
 */
export async function forkWithOneRecordInB(page: Page): Promise<void> {
  await openScenario(page, defaultScenario, 30_000)
  await page.getByRole('button', { name: 'Branch from here' }).click()
  await page.getByRole('button', { name: 'B', exact: true }).click()
  await page.getByLabel('Key', { exact: true }).fill('carol')
  await page.getByLabel('Value', { exact: true }).fill('only in B')
  await page.getByRole('button', { name: /^Do it at/ }).click()
  await expect(page.getByText('Scenario actions (1)')).toBeVisible()
}

/**
 * Branch `side`'s part of the side-by-side stage. Its name isolates the branch's title (a user's
 * name), which Chromium reads as an isolate mark or a space after "Branch".
 */
export function branchStage(page: Page, side: 'A' | 'B'): Locator {
  return page.getByRole('region', { name: new RegExp(`^Branch[\\s\\u2068]+${side}\\b`) })
}
