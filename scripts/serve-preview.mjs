// Serves the production build for Playwright: `vite preview` on 127.0.0.1.
// Builds first when dist/index.html is missing or older than the sources, so that
// `npx playwright test` on its own never tests a stale build. (`npm test` builds just before.)
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { build, preview } from 'vite'

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4173' } },
})
const port = Number(values.port)
const builtIndex = join('dist', 'index.html')
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json']

/**
 * The newest modification time under `path`, in ms (0 when it does not exist).
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0
const sourcesAt = Math.max(...SOURCES.map(newestMtime))
if (builtAt < sourcesAt) {
  console.log(builtAt === 0 ? 'dist/ is missing: building.' : 'dist/ is stale: building.')
  await build()
}

const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true } })
server.printUrls()
