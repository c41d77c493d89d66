import { defaultScenario } from '../src/scenario/builtin'
import { expect, test } from './fixtures'
import { expectLogMatchesCore, sliderValue } from './helpers'

test('everything about time works from the keyboard alone', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('End')
  await expect.poll(() => sliderValue(page)).toBe(defaultScenario.durationMs)
  await page.keyboard.press('Home')
  await expect(page.getByTestId('clock')).toHaveText('0 ms')

  await page.keyboard.press('ArrowRight')
  const first = await sliderValue(page)
  expect(first).toBeGreaterThan(0)
  await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(() => sliderValue(page)).toBeGreaterThan(first)
  await page.keyboard.press('Shift+ArrowLeft')
  await expect.poll(() => sliderValue(page)).toBe(first)
  await expectLogMatchesCore(page)

  await page.keyboard.press('L')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await expect.poll(() => sliderValue(page)).toBeGreaterThan(first)
  await page.keyboard.press('K')
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
  await page.keyboard.press(' ')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await page.keyboard.press(' ')
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()

  await page.keyboard.press('J')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await page.keyboard.press('K')
})

test('? lists the shortcuts in a dialog, opened at its title, that Escape closes', async ({
  page,
}) => {
  await page.goto('/')
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport()
  await expect(dialog.getByRole('row', { name: /Play or pause/ })).toBeInViewport()
  await expect(dialog.getByRole('row', { name: /Next event/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('the controls can be reached and pressed with Tab and Enter', async ({ page }) => {
  await page.goto('/')
  const next = page.getByRole('button', { name: 'Next event' })
  for (let i = 0; i < 120 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(next).toBeFocused()
  await page.keyboard.press('Enter')
  await expect.poll(() => sliderValue(page)).toBeGreaterThan(0)
})

test('the first Tab offers a skip to the time controls, which keeps the address as it was', async ({
  page,
}) => {
  await page.goto('/')
  const address = page.url()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to the time controls' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Time controls' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Go to the start' })).toBeFocused()
  expect(page.url()).toBe(address)
})
