/**
 * The one place that imports zod, as `zod/mini`: the same checks and issues as zod's chained API,
 * written as functions (`z.optional(s)`, `s.check(z.gte(0))`), so the build keeps only the parts
 * the schemas use and each schema is built in one step instead of a copy per chained call.
 * `jitless` must be set before any schema is built: zod's JIT uses `new Function`, which the
 * app's Content-Security-Policy forbids.
 */
import * as z from 'zod/mini'

z.config({ jitless: true })

export { z }
