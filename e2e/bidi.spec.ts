import type { Page } from '@playwright/test'
import { encodeLessonLink } from '../src/lessons/format/link'
import { parseLesson } from '../src/lessons/format/parse'
import { testLessonDocument } from '../src/lessons/format/testLessonDocument'
import { DEFAULT_SCENARIO_INPUT } from '../src/scenario/builtin'
import { builtinScenario } from '../src/scenario/builtinScenario'
import { encodeLink } from '../src/scenario/link/fragment'
import { expect, test } from './fixtures'

/**
 * Keys with a right-to-left override (U+202E) and a zero-width space (U+200B): the override stays
 * inside the key (the rest of the sentence reads left to right), and the invisible character is
 * shown, so `user<U+200B>-1` cannot pass for `user-1`.
 */
const [profiles, views] = DEFAULT_SCENARIO_INPUT.producers ?? []
const scenario = builtinScenario({
  ...DEFAULT_SCENARIO_INPUT,
  name: 'Hostile \u202Ekeys',
  producers: [{ ...profiles!, keys: { count: 6, prefix: 'ab\u202Ecd\u200B-' } }, views!],
})

test('a key with U+202E does not reorder the sentence around it; a zero-width space is shown', async ({
  page,
}) => {
  await page.goto(
    `/#${await encodeLink({ scenario, cursorMs: 30_000, view: 'log/user-profiles/0' })}`,
  )
  const narration = page.getByRole('list', { name: 'Events, newest first' })
  const stamped = narration
    .locator('.narration__text')
    .filter({ hasText: 'and stamped its delete horizon' })
    .first()
  // The key, isolated, its zero-width space shown as a marker.
  await expect(stamped.locator('bdi')).toHaveText(/^ab\u202Ecd⟨U\+200B⟩-\d$/)

  // Where "stamped" and "delete" are drawn: left to right, as the sentence is written. Without the
  // isolate, the override would run on to the end of the sentence and draw "delete" first.
  const [stampedAt, deleteAt] = await stamped.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      const at = text.indexOf('stamped its delete')
      if (at === -1) continue
      const xOf = (start: number, length: number) => {
        const range = document.createRange()
        range.setStart(node, start)
        range.setEnd(node, start + length)
        return range.getBoundingClientRect().left
      }
      return [xOf(at, 7), xOf(at + 12, 6)]
    }
    return [NaN, NaN]
  })
  expect(stampedAt).toBeLessThan(deleteAt)

  // The scenario's name is isolated in the header too.
  await expect(
    page.locator('bdi.user-text', { hasText: 'Hostile \u202Ekeys' }).first(),
  ).toBeVisible()
})

/** A user's lesson (untrusted) with a right-to-left override in its title and step title. */
function hostileLesson() {
  const document = testLessonDocument()
  const parsed = parseLesson({
    ...document,
    title: 'ab\u202Ecd lesson',
    steps: document.steps.map((step, i) =>
      i === 0
        ? {
            ...step,
            title: 'Step \u202Eone',
            text: 'שלום עולם, Kafka.\n\n' + step.text,
            predict: step.predict && { ...step.predict, question: 'Still \u202Ethere?' },
          }
        : step,
    ),
  })
  if (!parsed.ok) throw new Error('the hostile lesson is valid')
  return parsed.value
}

/** The left edge of where `text`, in our own words inside `scope`, is drawn. */
function xOfText(page: Page, scope: string, text: string): Promise<number> {
  return page.locator(scope).evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(wanted)
      if (at === -1) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      return range.getBoundingClientRect().left
    }
    return NaN
  }, text)
}

test('a lesson title with U+202E stays inside itself: the text around it keeps its order', async ({
  page,
}) => {
  const lesson = hostileLesson()
  await page.goto(`/#${await encodeLessonLink(lesson, 1)}`)
  await expect(page.locator('#lesson-title bdi.user-text')).toHaveText('ab\u202Ecd lesson')
  await expect(page.locator('.lesson__step-title bdi.user-text')).toHaveText('Step \u202Eone')

  // The author's right-to-left paragraph reads right to left: it ends at the panel's right edge,
  // and the next paragraph, left to right, starts at its left edge.
  const [hebrew, latin] = await page.locator('p.lesson__text').evaluateAll((paragraphs) =>
    paragraphs.slice(0, 2).map((p) => {
      const range = document.createRange()
      range.selectNodeContents(p)
      const text = range.getBoundingClientRect()
      const box = p.getBoundingClientRect()
      return { leftGap: text.left - box.left, rightGap: box.right - text.right }
    }),
  )
  expect(hebrew!.rightGap).toBeLessThan(2)
  expect(hebrew!.leftGap).toBeGreaterThan(20)
  expect(latin!.leftGap).toBeLessThan(2)

  // Exploring “title”: without the isolate, the override would run on past the title and draw
  // the closing quote before "cd lesson".
  await page.getByRole('button', { name: 'Explore freely' }).click()
  const heading = '#lesson-explore-title'
  await expect(page.locator(heading)).toBeVisible()
  const titleAt = await xOfText(page, heading, 'cd lesson')
  expect(await xOfText(page, heading, 'Exploring')).toBeLessThan(titleAt)
  expect(await xOfText(page, heading, '”')).toBeGreaterThan(titleAt)
  await expect(page.locator(`${heading} bdi.user-text`)).toHaveText('ab\u202Ecd lesson')
})

test('a title and a question with U+202E are isolated in the accessible names built around them', async ({
  page,
}) => {
  // Presenter mode and back: more steps than the other tests, and a loaded machine is slow.
  test.slow()
  const lesson = hostileLesson()
  await page.goto(`/#${await encodeLessonLink(lesson, 1)}`)
  // Names are built around the user's text with isolates (FSI … PDI), so a screen reader and the
  // name's own text keep our words after the override in order.
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(
    page.getByRole('group', { name: /^Predict: \u2068Still \u202Ethere\?\u2069$/ }),
  ).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.locator('html')).not.toHaveClass(/\bpresenter\b/)
  await page.getByRole('button', { name: 'Back to my scenario' }).click()
  // Kept under Your lessons, where its Remove button names it.
  await expect(
    page.getByRole('button', {
      name: /^Remove \u2068ab\u202Ecd lesson\u2069 from this browser$/,
    }),
  ).toHaveCount(1)
})

test('names of topics, consumers and jobs cannot carry U+202E: such a link is refused', async ({
  page,
}) => {
  // The format allows only letters, digits, ".", "_" and "-" in names (Kafka's topic characters),
  // so the charts' legend and headings and the job and store labels never hold a user's override.
  const hostile = { ...scenario, topics: [{ ...scenario.topics[0]!, name: 'ab\u202Ecd' }] }
  await page.goto(`/#${await encodeLink({ scenario: hostile, cursorMs: 0, view: 'log' })}`)
  await expect(page.getByRole('alert')).toContainText('topics[0].name')
  await expect(page.getByRole('alert')).toContainText('use only letters, digits')
})
