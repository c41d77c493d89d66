// `npm run sim`: runs the bundled headless runner (built on first use and after any source change,
// see runnerBundle.mjs). The runner reads process.argv itself.
import { pathToFileURL } from 'node:url'
import { ensureRunnerBundle } from './runnerBundle.mjs'

await import(pathToFileURL(await ensureRunnerBundle()).href)
