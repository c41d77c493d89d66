import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173)
const isCI = Boolean(process.env.CI)

// Debian's chromium when present (CI and the dev machines); otherwise Playwright's own build,
// installed with `npx playwright install chromium`. Playwright documents `executablePath` as
// "use with caution": screenshot baselines must come from the same browser.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    }
  : {}

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // 2 workers on the 2-core CI machine; Playwright's default (half the cores) elsewhere.
  ...(isCI ? { workers: 2 } : {}),
  reporter: 'list',
  // Assertions wait for a state, never for a time; on a busy 2-core machine a lesson can take more
  // than Playwright's default 5 s to appear, so the wait is longer (it ends as soon as the state holds).
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions,
  },
  // The preview build, not the dev server: it is what users get, and the CSP exists only there.
  // `npm test` builds first; the script builds only when dist/ is missing or older than the sources.
  webServer: {
    command: `node scripts/serve-preview.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !isCI,
    timeout: 120_000,
  },
})
