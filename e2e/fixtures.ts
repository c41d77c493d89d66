import { test as base, expect } from '@playwright/test'

/**
 * `test` with a `page` that fails the test on any uncaught page error, any `console.error`
 * (CSP violations are reported there) and any dialog (`alert`, `confirm`, `prompt`).
 * Every spec imports `test` and `expect` from here, which makes each one an XSS tripwire.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const problems: string[] = []
    page.on('pageerror', (error) => {
      problems.push(`pageerror: ${error.message}`)
    })
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const { url, lineNumber } = message.location()
        problems.push(`console.error: ${message.text()} (${url}:${lineNumber})`)
      }
    })
    page.on('dialog', (dialog) => {
      problems.push(`dialog (${dialog.type()}): ${dialog.message()}`)
      void dialog.dismiss()
    })

    await use(page)

    expect(problems, 'the page reported errors, console errors or dialogs').toEqual([])
  },
})

export { expect }
