import { builtinScenario, DEFAULT_SCENARIO_INPUT } from '../src/scenario/builtin'
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
