import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import base from '../../playwright.config'

// The README's pictures, taken from the production build at a projector's size (1280×720).
// Not part of `npm test`: run `npm run docs:screenshots` after a visible change, then look at them.
const server = base.webServer
if (server === undefined || Array.isArray(server)) throw new Error('expected one web server')

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.shots.ts',
  retries: 0,
  timeout: 120_000,
  // The preview server serves the repository's build, wherever this config lives.
  webServer: { ...server, cwd: fileURLToPath(new URL('../..', import.meta.url)) },
})
