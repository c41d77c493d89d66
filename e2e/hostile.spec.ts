import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { defaultScenario } from '../src/scenario/builtin'
import { encodeLink } from '../src/scenario/link/fragment'
import { chooseAction, doIt, sliderValue } from './helpers'
import { expectStep, LESSONS } from './lessonHelpers'

const UNREADABLE = '{"version": 1, "topics": "oops"'

test('with storage full, an unreadable draft is never overwritten and is offered as a download', async ({
  page,
}) => {
  await page.goto('/')
  await page.evaluate((text) => {
    localStorage.clear()
    localStorage.setItem('rewindlab:draft', text)
  }, UNREADABLE)
  // Storage nearly full: every new write is refused, as a browser over its quota refuses it.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await page.goto('/')
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved draft could not be read' })
  await expect(alert).toContainText('no room for a copy')
  await expect(alert).toContainText('download it first')

  // An edit is not saved over the unreadable draft, and the app says so once.
  await page.keyboard.press('End')
  await chooseAction(page, 'Run the log cleaner now')
  await doIt(page)
  await expect(
    page.getByRole('alert').filter({ hasText: 'Your edits are not saved in this browser' }),
  ).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem('rewindlab:draft'))).toBe(UNREADABLE)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download the unreadable draft' }).click()
  const file = await (await download).path()
  expect(await readFile(file, 'utf8')).toBe(UNREADABLE)
})

test('a burst of bad links pasted into an open tab gives one notice that tells the truth', async ({
  page,
}) => {
  await page.goto('/')
  await page.keyboard.press('End')
  const before = await sliderValue(page)
  expect(before).toBeGreaterThan(0)
  for (let i = 0; i < 20; i++) {
    await page.evaluate((n) => {
      location.hash = `s=1d!!${String(n)}`
    }, i)
  }
  const alerts = page.getByRole('alert').filter({ hasText: 'This link could not be opened.' })
  await expect(alerts).toHaveCount(1)
  await expect(alerts).toContainText('(20 times)')
  await expect(alerts).toContainText('The scenario you had open stays on screen')
  // Still the scenario and time that were open: the default scenario would start at 0.
  expect(await sliderValue(page)).toBe(before)
})

test('a scenario in the query (?s=…) is opened from there and the app says what happened', async ({
  page,
}) => {
  const link = await encodeLink({ scenario: defaultScenario, cursorMs: 42_000, view: 'log' })
  await page.goto(`/?${link}`)
  await expect(page.getByRole('status').filter({ hasText: 'after “?”' })).toBeVisible()
  expect(await sliderValue(page)).toBe(42_000)
  await expect(page).toHaveURL(/\/#s=1d[^?]*$/)
})

test('a bad link in the query (?s=…) is refused like one in the fragment, and not called opened', async ({
  page,
}) => {
  await page.goto('/?s=1d!!')
  const alert = page.getByRole('alert').filter({ hasText: 'This link could not be opened.' })
  await expect(alert).toContainText('contains characters a Rewind Lab link never has')
  await expect(alert).toContainText('The default scenario is shown instead')
  await expect(page.getByRole('status').filter({ hasText: 'after “?”' })).toHaveCount(0)
})

test('links whose “=” and “&” a chat app percent-encoded (%3D, %253D) open as they were', async ({
  page,
}) => {
  const link = await encodeLink({ scenario: defaultScenario, cursorMs: 42_000, view: 'log' })
  const once = link.replace(/=/g, '%3D').replace(/&/g, '%26')
  await page.goto(`/#${once.replace(/%/g, '%25')}`)
  await expect.poll(() => sliderValue(page)).toBe(42_000)
  await expect(page.getByRole('alert')).toHaveCount(0)

  // A lesson's step link too: read as a lesson link, not refused as a link with no scenario.
  const lesson = LESSONS[0]
  if (lesson === undefined) return
  await page.goto(`/#lesson%3D${lesson.id}%26step%3D2`)
  await expectStep(page, lesson, 1)
  await expect(page.getByRole('alert')).toHaveCount(0)
})
