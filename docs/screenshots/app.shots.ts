import { expect, test } from '@playwright/test'

/** The README's first picture: the default scenario at 1 min 30 s with a tombstone inspected. */
test('the app', async ({ page }) => {
  // A returning visitor: the lessons list closed, so the inspector and narration show.
  await page.addInitScript(() => {
    localStorage.setItem('rewind-lab:lessons', 'closed')
  })
  await page.goto('/')
  const time = page.getByRole('slider', { name: 'Time' })
  await time.focus()
  while (Number(await time.getAttribute('aria-valuenow')) < 90_000)
    await page.keyboard.press('ArrowRight')
  await page.locator('.record--tombstone').first().getByRole('button').click()
  await expect(page.locator('.inspector')).toContainText('tombstone')
  await page.screenshot({ path: 'docs/images/app.png' })
})
