import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** `kafka/` at the repository root: the Maven project, its resolved jars and the running broker. */
export const KAFKA_DIR = resolve(import.meta.dirname, '../../../kafka')
/** Where Maven copies the broker and its runtime dependencies (ignored by git). */
export const LIB_DIR = join(KAFKA_DIR, 'lib')
/** The running broker's config, data, log and state file (ignored by git; removed by kafka:stop). */
export const RUN_DIR = join(KAFKA_DIR, 'run')
const STATE_FILE = join(RUN_DIR, 'broker.json')

/** What `kafka:start` records so that `kafka:stop`, the tests and replay can find the broker. */
export interface BrokerState {
  readonly pid: number
  readonly bootstrap: string
  readonly version: string
  readonly logFile: string
}

export function writeBrokerState(state: BrokerState): void {
  writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`)
}

/** The recorded broker, or null when none was started (or its state file is unreadable). */
export function readBrokerState(): BrokerState | null {
  if (!existsSync(STATE_FILE)) return null
  try {
    const parsed: unknown = JSON.parse(readFileSync(STATE_FILE, 'utf8'))
    return isBrokerState(parsed) ? parsed : null
  } catch {
    return null
  }
}

function isBrokerState(value: unknown): value is BrokerState {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.pid === 'number' &&
    typeof v.bootstrap === 'string' &&
    typeof v.version === 'string' &&
    typeof v.logFile === 'string'
  )
}
