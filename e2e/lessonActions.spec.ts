import { describeAction } from '../src/sim/actionWords'
import { expect, test } from './fixtures'
import { expectStep, LESSONS } from './lessonHelpers'
import { actionPanel } from './helpers'

/** During a lesson the action form is secondary, and the list of actions gives nothing away. */
test.describe.configure({ timeout: 120_000 })

function lesson(id: string) {
  const found = LESSONS.find((l) => l.id === id)
  if (found === undefined) throw new Error(`no lesson ${id}`)
  return found
}

test('the action form stays folded while a lesson is followed and unfolds on demand', async ({
  page,
}) => {
  const brokers = lesson('brokers')
  await page.goto(`/#lesson=${brokers.id}&step=2`)
  await expectStep(page, brokers, 1)
  const panel = actionPanel(page)
  const action = panel.getByRole('combobox', { name: 'Action', exact: true })
  await expect(panel).toBeVisible()
  await expect(action).toBeHidden()
  await expect(panel.getByRole('button', { name: /^Do it at/ })).toBeHidden()

  await panel.getByText('Show the action form').click()
  await expect(action).toBeVisible()
  await expect(panel.getByRole('button', { name: /^Do it at/ })).toBeVisible()

  // Out of the lesson, the form is the panel's content again, open from the start.
  await page.getByRole('button', { name: 'Back to my scenario' }).click()
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
  await expect(action).toBeVisible()
  await expect(panel.getByText('Show the action form')).toHaveCount(0)
})

test('under a question, Scenario actions lists no action after the cursor', async ({ page }) => {
  // Step 2 of brokers (at 11 s) asks what a host failure does; the scenario fails one at 20 s.
  const brokers = lesson('brokers')
  const step = brokers.steps[1]!
  const past = brokers.scenario.actions.filter((a) => a.at <= step.at).map(describeAction)
  const later = brokers.scenario.actions.filter((a) => a.at > step.at).map(describeAction)
  expect(past.length).toBeGreaterThan(0)
  expect(later.length).toBeGreaterThan(0)

  await page.goto(`/#lesson=${brokers.id}&step=2`)
  await expectStep(page, brokers, 1)
  const panel = actionPanel(page)
  await panel.getByText(`Scenario actions (${String(past.length)})`).click()
  const list = panel.getByRole('list', { name: 'Scenario actions' })
  await expect(list.getByRole('listitem')).toHaveCount(past.length)
  for (const name of past) await expect(list).toContainText(name)
  for (const name of later) await expect(list).not.toContainText(name)
  await expect(panel).toContainText('Actions after the cursor are hidden until the reveal.')

  // The visible switch shows the future, these actions included.
  await page.getByRole('checkbox', { name: 'Hide the future until the reveal' }).uncheck()
  await expect(list.getByRole('listitem')).toHaveCount(brokers.scenario.actions.length)
  for (const name of later) await expect(list).toContainText(name)
})
