import { parseLesson } from '../src/lessons/format/parse'
import { encodeLessonLink } from '../src/lessons/format/link'
import { testLessonDocument } from '../src/lessons/format/testLessonDocument'
import { expect, test } from './fixtures'
import { lessonStep } from './lessonHelpers'

/** A teacher's lesson, with light formatting and a link in its first step's text. */
function teachersLesson() {
  const parsed = parseLesson({
    ...testLessonDocument(),
    id: 'teachers-lesson',
    title: 'A teacher’s lesson',
  })
  if (!parsed.ok) throw new Error('the test lesson is valid')
  return parsed.value
}

test('a lesson file is imported, opens, and is kept under Your lessons, marked as the user’s', async ({
  page,
}) => {
  const lesson = teachersLesson()
  await page.goto('/')
  await page.getByLabel('Lesson file to import').setInputFiles({
    name: 'teachers.lesson.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify(testLessonDocument()).replace('"my-lesson"', '"teachers-lesson"'),
    ),
  })
  const shown = lessonStep(page)
  await expect(shown.getByText(`Step 1 of ${lesson.steps.length}`)).toBeVisible()
  await expect(shown.getByRole('heading', { level: 3 })).toHaveText(lesson.steps[0]!.title)
  // Light formatting: strong and code are marks, the https link a link; nothing else is HTML.
  await expect(shown.locator('strong', { hasText: 'twice' })).toBeVisible()
  await expect(shown.locator('code', { hasText: 'profiles' })).toBeVisible()
  await expect(shown.getByRole('link', { name: 'the docs' })).toHaveAttribute(
    'href',
    'https://kafka.apache.org/documentation/',
  )
  await page.getByRole('button', { name: 'Back to my scenario' }).click()
  const mine = page.getByRole('list', { name: 'Your lessons' })
  await expect(mine.getByRole('listitem')).toHaveCount(1)
  await expect(mine.getByRole('listitem')).toContainText('Yours')
  await expect(mine.getByRole('listitem')).toContainText('My lesson')
})

test('a bad lesson file is refused, naming the field', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Lesson file to import').setInputFiles({
    name: 'bad.lesson.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...testLessonDocument(), minutes: 0 })),
  })
  await expect(page.getByRole('alert')).toContainText('bad.lesson.json is not a lesson')
  await expect(page.getByRole('alert')).toContainText('minutes: must be at least 1')
})

test('a lesson link opens the same lesson in a fresh page, at its step', async ({ browser }) => {
  const lesson = teachersLesson()
  const link = await encodeLessonLink(lesson, 2)
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`/#${link}`)
  const shown = lessonStep(page)
  await expect(shown.getByText(`Step 2 of ${lesson.steps.length}`)).toBeVisible()
  await expect(shown.getByRole('heading', { level: 3 })).toHaveText(lesson.steps[1]!.title)
  await expect(page.getByRole('heading', { name: lesson.title })).toBeVisible()
  // The reveal of step 1's question is answered by the simulation.
  await expect(shown).toContainText('The simulation says: No')
  await context.close()
})

test('a damaged lesson link says so and the app keeps working', async ({ page }) => {
  await page.goto('/#L=1d!!!&step=1')
  await expect(page.getByRole('alert')).toContainText('This lesson link could not be opened')
  await expect(page.getByRole('alert')).toContainText('damaged')
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible()
})
