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
    // A guard against hangs, not a speed target: every wait inside is bounded on its own.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // The broker's retention runs on the wall clock: at load average 20 one run in three of
    // retention-by-time deleted one segment more than the simulator (the replay took 80 s instead of
    // a few). Under CI a scenario gets two more tries; a real disagreement fails all three.
    retry: process.env.CI ? 2 : 0,
  },
})
