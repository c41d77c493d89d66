import { expect, test } from './fixtures'
import { expectStep, LESSONS, NO_LESSONS } from './lessonHelpers'

// Every other spec blocks service workers so that no cache leaks between tests; this one is about them.
test.use({ serviceWorkers: 'allow' })
test.describe.configure({ timeout: 120_000 })

/** A lesson with a job, so that going offline also has to serve the lazily loaded job views. */
const lessonWithJob = LESSONS.find((lesson) => lesson.scenario.jobs.length > 0)

test('once opened, the app and a lesson still run after the network goes away', async ({
  page,
  context,
}) => {
  test.skip(lessonWithJob === undefined, NO_LESSONS)
  const lesson = lessonWithJob!
  await page.goto('/')
  // The service worker has precached the app once it is active.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
    .toBe('activated')

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Rewind Lab', level: 1 })).toBeVisible()
  await page
    .getByRole('list', { name: 'Lessons' })
    .getByRole('link', { name: lesson.title, exact: true })
    .click()
  await expectStep(page, lesson, 0)
  await page.getByRole('button', { name: /^(Next step|Reveal)$/ }).click()
  await expectStep(page, lesson, 1)
  await expect(page.getByRole('region', { name: /jobs/i }).first()).toBeVisible()
})
