/**
 * The one place that imports zod. `jitless` must be set before any schema is built: zod's JIT uses
 * `new Function`, which the app's Content-Security-Policy forbids.
 */
import { z } from 'zod'

z.config({ jitless: true })

export { z }
