// The headless runner as one bundled ES module, so `npm run sim` starts in a fraction of a second
// instead of compiling TypeScript on every call. The bundle lives in node_modules/.cache and is
// rebuilt whenever any source file it was built from changes (a hash of their contents, with the
// list of inputs esbuild reports), so it can never run stale code.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ENTRY = 'src/cli/run.ts'

/**
 * Where the bundle and its record of inputs are kept (overridable for tests).
 * @param {string} [cacheDir]
 */
export function bundlePaths(cacheDir = join(root, 'node_modules', '.cache', 'rewind-lab')) {
  return { bundle: join(cacheDir, 'sim.mjs'), meta: join(cacheDir, 'sim.meta.json') }
}

/**
 * One hash over the given files' paths and contents (relative to the project root).
 * @param {readonly string[]} inputs
 */
function hashInputs(inputs) {
  const hash = createHash('sha256')
  for (const input of inputs) {
    hash.update(input).update('\0')
    try {
      hash.update(readFileSync(join(root, input)))
    } catch {
      hash.update('missing')
    }
  }
  return hash.digest('hex')
}

/**
 * True when the bundle was built from exactly the sources on disk now.
 * @param {{ bundle: string, meta: string }} paths
 */
export function bundleIsCurrent(paths) {
  try {
    /** @type {unknown} */
    const meta = JSON.parse(readFileSync(paths.meta, 'utf8'))
    if (typeof meta !== 'object' || meta === null) return false
    const { inputs, hash } = /** @type {{ inputs?: unknown, hash?: unknown }} */ (meta)
    if (!Array.isArray(inputs) || !inputs.every((i) => typeof i === 'string')) return false
    return existsSync(paths.bundle) && hash === hashInputs(inputs)
  } catch {
    return false
  }
}

/**
 * Bundles the runner with esbuild and records its inputs. Written to temporary names and renamed,
 * so runs started at the same time never read half a file.
 * @param {{ bundle: string, meta: string }} paths
 */
export async function buildRunnerBundle(paths) {
  const { build } = await import('esbuild')
  const result = await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'error',
  })
  const inputs = Object.keys(result.metafile.inputs).sort()
  const code = result.outputFiles[0]?.text ?? ''
  mkdirSync(dirname(paths.bundle), { recursive: true })
  const suffix = `.${process.pid}.tmp`
  writeFileSync(paths.bundle + suffix, code)
  writeFileSync(paths.meta + suffix, JSON.stringify({ inputs, hash: hashInputs(inputs) }))
  renameSync(paths.bundle + suffix, paths.bundle)
  renameSync(paths.meta + suffix, paths.meta)
}

/**
 * The path of an up-to-date runner bundle, building it first when needed.
 * @param {{ bundle: string, meta: string }} [paths]
 */
export async function ensureRunnerBundle(paths = bundlePaths()) {
  if (!bundleIsCurrent(paths)) await buildRunnerBundle(paths)
  return paths.bundle
}
