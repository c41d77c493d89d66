import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

test('the stage saves as an SVG of shapes and escaped text, and as a PNG', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('End')

  const svgDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save as SVG' }).click()
  const svgFile = await svgDownload
  expect(svgFile.suggestedFilename()).toMatch(/^user-profiles-0-at-\d+ms\.svg$/)
  const svg = readFileSync(await svgFile.path(), 'utf8')

  // Parsed as the browser would: well-formed, and nothing active in it.
  const check = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    const all = [...doc.querySelectorAll('*')]
    return {
      parseError: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.tagName,
      tags: [...new Set(all.map((e) => e.tagName))].sort(),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name))).length,
      links: all.filter((e) => e.hasAttribute('href') || e.hasAttribute('xlink:href')).length,
      text: doc.documentElement.textContent,
    }
  }, svg)
  expect(check.parseError).toBe(false)
  expect(check.root).toBe('svg')
  // The stage draws paths only for ghosts, reset arrows and dense columns: none may be absent here.
  const written = ['g', 'line', 'path', 'rect', 'svg', 'text', 'title']
  expect(check.tags.filter((tag) => !written.includes(tag))).toEqual([])
  expect(check.tags).toEqual(expect.arrayContaining(['g', 'line', 'rect', 'svg', 'text', 'title']))
  expect(check.handlers).toBe(0)
  expect(check.links).toBe(0)
  const logEnd = await page
    .getByRole('term')
    .filter({ hasText: 'Log end offset' })
    .locator('xpath=following-sibling::dd[1]')
    .textContent()
  expect(check.text).toContain(`log end ${logEnd}`)

  const pngDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save as PNG' }).click()
  const png = readFileSync(await (await pngDownload).path())
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  // IHDR: twice the SVG's 1232 px width, for a sharp picture on a projector.
  expect(png.readUInt32BE(16)).toBe(2464)
})
