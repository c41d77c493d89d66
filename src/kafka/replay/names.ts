/** Topics a replay creates are named `rewindlab.<run-id>.<topic>`, so they never meet anyone else's. */
export const REPLAY_PREFIX = 'rewindlab.'

export function replayTopicName(runId: string, topic: string): string {
  return `${REPLAY_PREFIX}${runId}.${topic}`
}

/** A run id: the time in base 36 plus a few random letters (no dots, valid in a topic name). */
export function newRunId(nowMs: number, random: () => number): string {
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')
  return `${nowMs.toString(36)}${suffix}`
}
