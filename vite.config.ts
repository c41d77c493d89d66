import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * The Content-Security-Policy of the static build, delivered as a `<meta>` tag.
 * Build only: the dev server needs inline scripts and a websocket for HMR.
 * A meta policy cannot carry `frame-ancestors`, `report-uri` or `sandbox`; set those as
 * headers where the host allows it (ECOSYSTEM.md §3.6).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'rewind-lab:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    manifest: true,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // `*.kafka.test.ts` need a running broker: `npm run test:kafka` (vitest.kafka.config.ts).
    exclude: ['e2e/**', 'node_modules/**', 'dist/**', '**/*.kafka.test.ts'],
    setupFiles: ['test/fast-check.setup.ts'],
    // Property tests replay many scenarios; 5 s is too tight on a busy 2-core machine. Not a speed
    // target (those live in `npm run bench`), only a guard against hangs.
    testTimeout: 30_000,
  },
})
