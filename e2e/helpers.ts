import type { Locator, Page } from '@playwright/test'
import { defaultScenario } from '../src/scenario/builtin'
import { encodeLink } from '../src/scenario/link/fragment'
import type { Scenario } from '../src/scenario/schema'
import { createTimeline, snapshotWorld } from '../src/sim'
import { expect } from './fixtures'

/** The value (`<dd>`) that follows the term (`<dt>`) named `term` in a description list. */
export function describedValue(scope: Locator, term: string): Locator {
  return scope.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]')
}

/** What the page should show for the default scenario at `t`: the same core, run here in Node. */
export function expectedPartition(t: number, topicIndex = 0) {
  const snapshot = snapshotWorld(createTimeline(defaultScenario).worldAt(t))
  const topic = snapshot.topics[topicIndex]!
  return { topic: topic.name, partition: topic.partitions[0]! }
}

export function partitionLog(page: Page): Locator {
  return page.getByRole('region', { name: /partition \d+$/ })
}

export function timeSlider(page: Page): Locator {
  return page.getByRole('slider', { name: 'Time' })
}

export async function sliderValue(page: Page): Promise<number> {
  return Number(await timeSlider(page).getAttribute('aria-valuenow'))
}

/** Checks the log view's figures against the core's world at the slider's time. */
export async function expectLogMatchesCore(page: Page): Promise<void> {
  const t = await sliderValue(page)
  const { partition } = expectedPartition(t)
  const log = partitionLog(page)
  await expect(describedValue(log, 'Log end offset')).toHaveText(String(partition.logEndOffset))
  await expect(describedValue(log, 'Log start offset')).toHaveText(String(partition.logStartOffset))
  await expect(describedValue(log, 'Segments')).toHaveText(String(partition.segments.length))
}

/** Picks an action in the "Act at" form by its label. */
export async function chooseAction(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Action', exact: true }).selectOption({ label })
}

/** Submits the "Act at" form: the action joins the scenario at the cursor. */
export async function doIt(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Do it at/ }).click()
}

/** A scenario from `scenarios/`, parsed as the app parses it. */
export { loadScenarioFile } from '../src/scenario/testScenarios'

/** Opens `scenario` from a share link with the cursor at `cursorMs`. */
export async function openScenario(
  page: Page,
  scenario: Scenario,
  cursorMs: number,
): Promise<void> {
  await page.goto(`/#${await encodeLink({ scenario, cursorMs, view: 'log' })}`)
}

/** The "Act at" panel, where the action form is. */
export function actionPanel(page: Page): Locator {
  return page.getByRole('region', { name: /^Act at/ })
}

/** Unfolds the selected partition's record listing (folded under the stage, secondary to it). */
export async function openListing(page: Page): Promise<void> {
  const fold = partitionLog(page).locator('details.partition-log__listing')
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click()
}

/**
 * Opens one of the folded drawers under the panels ("In the real world…", "What this simulator
 * simplifies") by a click on its heading, and waits until the drawer is open: a click the page
 * lost would fail here, naming the drawer, rather than as missing content later.
 */
export async function openDrawer(page: Page, title: string): Promise<void> {
  const drawer = page
    .locator('details.drawer')
    .filter({ has: page.getByRole('heading', { name: title }) })
  await drawer.locator('summary').click()
  await expect(drawer, `the drawer “${title}” opens`).toHaveJSProperty('open', true)
}

/** `text` matched literally inside a regular expression. */
export function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The accessible name of our text around a user string drawn in `<bdi>`: Chromium puts a space on
 * each side of the isolate when it builds the name (`Exploring “ The log ”`).
 */
export function nameAround(before: string, user: string, after: string): RegExp {
  return new RegExp(`^${escaped(before)}\\s?${escaped(user)}\\s?${escaped(after)}$`)
}
