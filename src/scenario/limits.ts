/** Bounds on untrusted scenarios: what a link or file may ask the engine to build. */
export const LIMITS = {
  topics: 64,
  partitionsPerTopic: 64,
  producers: 32,
  consumers: 32,
  jobs: 16,
  inputsPerJob: 8,
  brokers: 9,
  hosts: 9,
  actions: 5_000,
  recordsPerProduceAction: 100,
  nameLength: 120,
  textLength: 1_000,
  /** A branch's name, as the user typed it. */
  branchNameLength: 60,
  keySpace: 1_000_000,
  recordsPerSecond: 100_000,
  /** Records all producers may generate over the scenario. */
  totalGeneratedRecords: 10_000_000,
  durationMs: 30 * 24 * 60 * 60 * 1000,
  /** The latest wall clock a scenario may start at (Unix epoch ms): 9999-01-01T00:00:00Z. */
  clockStartMs: 253_370_764_800_000,
  /** Kafka's configs are ints or longs; beyond this they mean "forever" in practice. */
  maxConfigValue: Number.MAX_SAFE_INTEGER,
} as const
