import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Plugin, Rolldown } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
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

/**
 * Works offline once opened (a classroom's network can fail mid-lecture): the service worker
 * precaches the built app, its lazy views and the lessons bundled in it. `prompt`: a new version
 * waits until the user chooses to reload, never in the middle of a lesson (src/app/UpdatePrompt.tsx).
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    manifest: {
      name: 'Rewind Lab',
      short_name: 'Rewind Lab',
      description: 'A simulator for Kafka retention and compaction and for reprocessing streams.',
      theme_color: '#1d3557',
      background_color: '#ffffff',
      display: 'standalone',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
      // The app is one page: any address opens index.html, and its fragment says what to show.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  })
}

/** The page's entry, as the bundler names its module. */
const ENTRY = fileURLToPath(new URL('./index.html', import.meta.url))

/**
 * Every module the first screen loads (a chain of static imports leads to it from the page) goes
 * into one chunk beside the entry's own (src/main.tsx), instead of the dozen small shared chunks
 * the bundler makes of what the first screen shares with lazy views. Each chunk is compressed on
 * its own, so one chunk is about 3 KB gzipped smaller over the wire, and one request. The set is
 * made once per build, at the first module the bundler asks about.
 */
function firstScreenChunk(): Rolldown.CodeSplittingGroup {
  let first: Set<string> | null = null
  const staticallyFrom = (entry: string, ctx: Rolldown.ChunkingContext): Set<string> => {
    const seen = new Set<string>()
    const next = [...(ctx.getModuleInfo(entry)?.importedIds ?? [])]
    for (let id = next.pop(); id !== undefined; id = next.pop()) {
      if (seen.has(id)) continue
      seen.add(id)
      next.push(...(ctx.getModuleInfo(id)?.importedIds ?? []))
    }
    return seen
  }
  return {
    name: (id, ctx) => {
      // The entry's own imports (src/main.tsx) stay in the entry chunk.
      first ??= staticallyFrom(ENTRY, ctx)
      const ownImport = ctx.getModuleInfo(id)?.importers.includes(ENTRY) ?? true
      return first.has(id) && !ownImport ? 'shell' : null
    },
  }
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offline()],
  build: {
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: [firstScreenChunk()] } } },
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
