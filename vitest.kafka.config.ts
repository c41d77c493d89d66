import { defineConfig } from 'vitest/config'

/**
 * The differential suite: the simulator against a real Kafka broker (`npm run test:kafka`, after
 * `npm run kafka:start`). Kept apart from `npm test`, which needs no broker.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/kafka/**/*.kafka.test.ts'],
    // One broker on a 2-core machine: scenarios run one after another.
    fileParallelism: false,
    // A guard against hangs, not a speed target: every wait inside is bounded on its own. No retries:
    // the scenarios keep every time-based decision of the broker far from its wall clock (see
    // clockMargins.ts), so a run that disagrees once disagrees every time.
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
})
