import { Admin } from '@platformatic/kafka'

const POLL_INTERVAL_MS = 500

/**
 * Polls the broker with a metadata request until it answers (true), the deadline passes or
 * `stillAlive` says the process died (false). Bounded by `timeoutMs`.
 */
export async function waitUntilAnswering(
  bootstrap: string,
  timeoutMs: number,
  stillAlive: () => boolean,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && stillAlive()) {
    const admin = new Admin({
      clientId: 'rewindlab-probe',
      bootstrapBrokers: [bootstrap],
      retries: 0,
      timeout: 2000,
    })
    try {
      await admin.listTopics()
      return true
    } catch {
      await new Promise((done) => setTimeout(done, POLL_INTERVAL_MS))
    } finally {
      await admin.close().catch(() => undefined)
    }
  }
  return false
}
