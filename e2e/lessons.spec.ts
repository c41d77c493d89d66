import { readFileSync } from 'node:fs'
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import {
  expectStep,
  firstPrediction,
  LESSONS,
  lessonStep,
  longestStep,
  NO_LESSONS,
  simulatedAnswer,
} from './lessonHelpers'
import { nameAround, timeSlider } from './helpers'

// Opening a lesson runs its scenario to the end once; the machine may be busy.
test.describe.configure({ timeout: 120_000 })

const DRAFT_KEY = 'rewindlab:draft'

test('the picker lists every lesson with its duration; one plays from start to end', async ({
  page,
}) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  await page.goto('/')
  const picker = page.getByRole('list', { name: 'Lessons' })
  await expect(picker.getByRole('listitem')).toHaveCount(LESSONS.length)
  for (const lesson of LESSONS) {
    const item = picker
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: lesson.title, exact: true }) })
    await expect(item).toContainText(`${lesson.minutes} min`)
    await expect(item).toContainText(lesson.summary)
    await expect(item.getByRole('link')).toHaveAttribute('href', `#lesson=${lesson.id}&step=1`)
  }

  const lesson = LESSONS[0]!
  await picker.getByRole('link', { name: lesson.title, exact: true }).click()
  for (let i = 0; i < lesson.steps.length; i++) {
    await expectStep(page, lesson, i)
    await expect(page).toHaveURL(new RegExp(`#lesson=${lesson.id}&step=${i + 1}$`))
    if (i + 1 < lesson.steps.length) {
      await page.getByRole('button', { name: /^(Next step|Reveal)$/ }).click()
    }
  }
  await expect(page.getByRole('button', { name: /^(Next step|Reveal)$/ })).toBeDisabled()
  await page.getByRole('button', { name: 'Previous step' }).click()
  await expectStep(page, lesson, Math.max(0, lesson.steps.length - 2))
})

test('a prediction: pick a choice, reveal, and the simulation answers', async ({ page }) => {
  const found = firstPrediction()
  test.skip(found === null, 'no lesson asks a prediction yet')
  const { lesson, index } = found!
  const prediction = lesson.steps[index]!.predict!
  const answer = simulatedAnswer(lesson, index)
  const wrong = prediction.choices.map((c) => c.text).find((choice) => choice !== answer)
  const guess = wrong ?? answer

  await page.goto(`/#lesson=${lesson.id}&step=${index + 1}`)
  await expectStep(page, lesson, index)
  const question = page.getByRole('group', { name: `Predict: ${prediction.question}` })
  await question.getByRole('radio', { name: guess }).check()
  await page.getByRole('button', { name: 'Reveal' }).click()

  await expectStep(page, lesson, index + 1)
  const shown = lessonStep(page)
  await expect(shown).toContainText(`The simulation says: ${answer}`)
  await expect(shown).toContainText(
    guess === answer
      ? `The guess “${guess}” matches.`
      : `The guess was “${guess}”: it does not match.`,
  )
  await expect(shown).toContainText(prediction.lookAt)
})

test('a lesson link opens a new page at its step', async ({ page, context }) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  const lesson = LESSONS[LESSONS.length - 1]!
  const last = lesson.steps.length
  await page.goto('/')
  const other = await context.newPage()
  await other.goto(`/#lesson=${lesson.id}&step=${last}`)
  await expectStep(other, lesson, last - 1)
  await other.close()
})

test('leave a lesson to explore, change things, come back; the draft is kept throughout', async ({
  page,
}) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  const lesson = LESSONS[0]!
  await page.goto('/')
  const ownName = await page.locator('.app__scenario').textContent()
  // An edit of the user's own: it becomes the saved draft.
  await page.getByRole('button', { name: /^Do it at/ }).click()
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY))
    .not.toBeNull()
  const draft = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)
  const readDraft = () => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)

  await page.getByRole('link', { name: lesson.title, exact: true }).click()
  await expectStep(page, lesson, 0)
  await page.getByRole('button', { name: 'Explore freely' }).click()
  const exploring = page.getByRole('region', {
    name: nameAround('Exploring “', lesson.title, '”'),
  })
  await expect(exploring).toContainText(`step 1 of ${lesson.steps.length}`)
  await expect(page).toHaveURL(/#s=/)

  // An edit to the lesson's scenario: it lives in the link, not in the draft.
  await page.getByRole('button', { name: /^Do it at/ }).click()
  await expect(page.getByText('Scenario actions')).toBeVisible()
  await page.waitForTimeout(1_000)
  expect(await readDraft()).toBe(draft)

  await exploring.getByRole('button', { name: 'Back to the lesson' }).click()
  await expectStep(page, lesson, 0)
  await page.getByRole('button', { name: 'Back to my scenario' }).click()
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
  await expect(page.locator('.app__scenario')).toHaveText(ownName ?? '')
  expect(await readDraft()).toBe(draft)
})

test('importing a file during a lesson leaves the lesson; the file becomes the draft', async ({
  page,
}) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  const lesson = LESSONS[0]!
  const file = 'scenarios/simple-rewind.json'
  const { name } = JSON.parse(readFileSync(file, 'utf8')) as { name: string }
  await page.goto(`/#lesson=${lesson.id}&step=2`)
  await expectStep(page, lesson, 1)

  await page.getByLabel('Scenario file to import').setInputFiles(file)
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toBeVisible()
  await expect(page.locator('.app__scenario')).toHaveText(name)
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
  await expect(page.getByRole('region', { name: /^Exploring/ })).toHaveCount(0)
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY))
    .toContain(name)
})

test('a scenario link opened during a lesson leaves the lesson', async ({ page }) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  const lesson = LESSONS[0]!
  await page.goto('/')
  const ownName = await page.locator('.app__scenario').textContent()
  await page.keyboard.press('End')
  await expect(page).toHaveURL(/#s=/)
  const scenarioLink = new URL(page.url()).hash

  await page.getByRole('link', { name: lesson.title, exact: true }).click()
  await expectStep(page, lesson, 0)
  // The address bar shows the lesson link first; only then is the scenario link a navigation.
  await expect(page).toHaveURL(/#lesson=/)
  await page.goto(`/${scenarioLink}`)
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
  await expect(page.getByRole('region', { name: /^Exploring/ })).toHaveCount(0)
  await expect(page.locator('.app__scenario')).toHaveText(ownName ?? '')
})

test('on the longest step of every lesson, the heading and the Next button stay in the window', async ({
  page,
}) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  const windowHeight = page.viewportSize()?.height ?? 0
  const inWindow = async (shown: Locator): Promise<void> => {
    const box = await shown.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y + box!.height).toBeLessThanOrEqual(windowHeight)
  }
  for (const lesson of LESSONS) {
    const index = longestStep(lesson)
    await page.goto(`/#lesson=${lesson.id}&step=${index + 1}`)
    await expectStep(page, lesson, index)
    const heading = lessonStep(page).getByRole('heading', { level: 3 })
    const next = page.getByRole('button', { name: /^(Next step|Reveal)$/ })
    await inWindow(heading)
    await inWindow(next)
    // Presenter mode: larger type, the same promise.
    await page.getByRole('button', { name: /^Present/ }).click()
    await expect(page.locator('html')).toHaveClass(/\bpresenter\b/)
    await inWindow(heading)
    await inWindow(next)
    await page.keyboard.press('Escape')
  }
})

test('a step brings the panel it talks about into view: the A/B table of two outputs', async ({
  page,
}) => {
  const lesson = LESSONS.find((l) => l.id === 'parallel-rewind')
  test.skip(lesson === undefined, 'no parallel-rewind lesson')
  const index = lesson!.steps.findIndex((step) => step.view?.panel === 'outputs')
  await page.goto(`/#lesson=${lesson!.id}&step=${index + 1}`)
  await expectStep(page, lesson!, index)
  await expect(page.getByRole('table', { name: 'A/B comparison per key' })).toBeInViewport()

  // Back a step, whose reveal points at the Jobs panel.
  await page.getByRole('button', { name: 'Previous step' }).click()
  await expect(page.getByRole('region', { name: 'Jobs', exact: true })).toBeInViewport()
})

test('bad lesson links show a notice and the app keeps working', async ({ page }) => {
  await page.goto('/#lesson=no-such-lesson&step=2')
  await expect(page.getByRole('alert')).toContainText('There is no lesson "no-such-lesson"')
  await expect(timeSlider(page)).toBeVisible()
  await page.getByRole('button', { name: 'Play' }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()

  // Pasted into the address bar of the open app: no reload, the same message.
  await page.goto('/#lesson=%3Cscript%3E')
  await expect(
    page.getByRole('alert').filter({ hasText: 'This lesson link does not name a lesson' }),
  ).toBeVisible()
})

test('a step the lesson does not have opens its first step with a notice', async ({ page }) => {
  test.skip(LESSONS.length === 0, NO_LESSONS)
  const lesson = LESSONS[0]!
  await page.goto(`/#lesson=${lesson.id}&step=999`)
  await expect(page.getByRole('status').filter({ hasText: 'opens at step 1' })).toBeVisible()
  await expectStep(page, lesson, 0)
})

test('a step about the log brings the stage back into sight when the page was scrolled away', async ({
  page,
}) => {
  // Two steps in a row that show a partition and name no panel.
  const found = LESSONS.flatMap((lesson) =>
    lesson.steps.flatMap((step, index) => {
      const next = lesson.steps[index + 1]
      const aboutLog = (s: typeof step | undefined) =>
        s?.view !== undefined && s.view.panel === undefined
      return aboutLog(step) && aboutLog(next) ? [{ lesson, index }] : []
    }),
  )[0]
  test.skip(found === undefined, 'no lesson has two steps in a row about the log')
  const { lesson, index } = found!
  // A laptop's browser window, under its toolbars.
  await page.setViewportSize({ width: 1280, height: 600 })
  await page.goto(`/#lesson=${lesson.id}&step=${index + 1}`)
  await expectStep(page, lesson, index)
  const stage = page.getByRole('img', { name: /^The stage/ })
  await expect(stage).toBeInViewport({ ratio: 1 })
  // The reader scrolls down to the charts, then the lesson moves on.
  await page.getByRole('region', { name: /^Over time/ }).scrollIntoViewIfNeeded()
  await expect(stage).not.toBeInViewport()

  await page.getByRole('button', { name: /^(Next step|Reveal)$/ }).click()
  await expectStep(page, lesson, index + 1)
  await expect(stage).toBeInViewport({ ratio: 1 })
})
