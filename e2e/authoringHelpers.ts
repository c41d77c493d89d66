import type { Page } from '@playwright/test'

/** The lesson editor: "New lesson", or "Edit lesson" once the lesson is kept under Your lessons. */
export const editor = (page: Page) => page.getByRole('region', { name: /^(New|Edit) lesson$/ })

/** Types into a field of the lesson being written and leaves it, which commits the change. */
export async function write(page: Page, label: string, text: string): Promise<void> {
  const field = editor(page).getByLabel(label, { exact: true })
  await field.fill(text)
  await field.blur()
}

/** Leaves any field, so the app's keys (Home, End, Ctrl+Z) act on the app. */
export async function leaveFields(page: Page): Promise<void> {
  await editor(page)
    .getByRole('heading', { name: /^(New|Edit) lesson$/ })
    .click()
}

/** Opens the app on its default scenario and starts a new lesson titled `title`. */
export async function startLesson(page: Page, title: string): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'New lesson' }).click()
  await write(page, 'Lesson title', title)
}

/**
 * Adds a step at the cursor. Any field is left first, so that `key` (Home or End) moves the cursor
 * rather than the caret; `at` is the time the button must name ("3 min") when the test relies on it.
 */
export async function addStep(
  page: Page,
  { key, at }: { readonly key?: 'Home' | 'End'; readonly at?: string } = {},
): Promise<void> {
  await leaveFields(page)
  if (key !== undefined) await page.keyboard.press(key)
  const name = at === undefined ? /^Add a step at/ : new RegExp(`^Add a step at ${at}$`)
  await editor(page).getByRole('button', { name }).click()
}
