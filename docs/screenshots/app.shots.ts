import { expect, test } from '@playwright/test'

/** The README's first picture: the default scenario at 1 min 30 s with a tombstone inspected. */
test('the app', async ({ page }) => {
  // A returning visitor: the lessons list closed, so the inspector and narration show, and the
  // newcomer invitation (offered on an address without a link) already answered.
  await page.addInitScript(() => {
    localStorage.setItem('rewind-lab:lessons', 'closed')
    localStorage.setItem('rewind-lab:first-screen', 'answered')
  })
  await page.goto('/')
  const time = page.getByRole('slider', { name: 'Time' })
  await time.focus()
  while (Number(await time.getAttribute('aria-valuenow')) < 90_000)
    await page.keyboard.press('ArrowRight')
  // A tombstone's cell on the stage (cells the user can inspect carry data-cell).
  await page.locator('.stage-cell--tombstone[data-cell]').first().click()
  await expect(page.getByRole('region', { name: /^Offset \d+/ })).toContainText('tombstone')
  await page.screenshot({ path: 'docs/images/app.png' })
})
