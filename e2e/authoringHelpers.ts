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
